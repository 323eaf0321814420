import Catalogue
import Foundation
import TariffKit

/// The human summary of an ingest, for stderr: counts at a glance, then every warning.
enum Summary {
    static func text(_ c: Catalogue) -> String {
        let prices = c.products.reduce(0) { $0 + $1.prices.count }
        var lines = ["\(c.source.file): \(count(c.source.pages, "page")), \(count(c.tables.count, "table")), "
            + "\(count(c.products.count, "product")), \(count(prices, "price")), \(count(c.footnotes.count, "footnote")), "
            + "\(count(c.warnings.count, "warning")); "
            + "\(c.accounting.accountedPercent)% of \(c.accounting.lines) text lines accounted for"]
        // Each table by its own rows: two tables may share a caption (a continued table with
        // other columns, or two tables both captioned "Pos.").
        for table in c.tables {
            let count = table.rows
            let pages = table.pages.map(String.init).joined(separator: ",")
            lines.append("  table \"\(table.caption)\" (p\(pages)): \(Self.count(count, "product")), confidence \(table.confidence), columns: "
                + table.columns.map { "\($0.header) → \($0.kind == .attribute ? "attribute" : $0.label ?? "?")" }.joined(separator: "; "))
        }
        for warning in c.warnings {
            let text = warning.text.isEmpty ? "" : ": \(warning.text)"
            lines.append("  warning p\(warning.page.map(String.init) ?? "?"): \(warning.message)\(text)")
        }
        return lines.joined(separator: "\n")
    }

    /// "1 product", "2 products".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    static func timings(_ clock: StageClock, pages: Int) -> String {
        let parts = StageClock.Stage.allCases.map { stage in
            String(format: "%@ %.1f ms", stage.rawValue, (clock.seconds[stage] ?? 0) * 1000)
        }
        let wall = clock.wall + (clock.seconds[.encode] ?? 0)
        return "timings (summed over threads): " + parts.joined(separator: ", ")
            + String(format: "; wall %.1f ms, %.2f ms/page", wall * 1000, wall * 1000 / Double(max(pages, 1)))
    }
}
