import Catalogue

/// The diff for a CI job summary or a PR comment (GitHub-flavoured markdown): a heading with
/// the summary, a table of price changes (old → new and %), then added, removed, renamed,
/// moved products and footnotes as lists. Sections without changes are left out.
public struct MarkdownFormat: DiffFormat {
    /// The markdown format; it has no options.
    public init() {}

    /// Heading, summary, price table, product lists, footnotes.
    public func render(_ report: DiffReport) -> String {
        var blocks = ["## Tariff diff: `\(report.old.file)` → `\(report.new.file)`",
                      "**\(ChangeWording.summary(report).capitalizedFirst)**"]
        blocks += priceTable(report) ?? []
        blocks += attributeTable(report) ?? []
        blocks += products(report)
        if let footnotes = footnotes(report) { blocks.append(footnotes) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func priceTable(_ report: DiffReport) -> [String]? {
        let prices = report.priceChanges
        guard !prices.isEmpty else { return nil }
        let rows = ["| Table | Product | Price | Old | New | Change |", "| --- | --- | --- | ---: | ---: | ---: |"]
            + prices.map { price in
                "| " + [price.table, price.product, ChangeWording.price(price), ChangeWording.old(price),
                        ChangeWording.new(price), ChangeWording.effect(price)].map(Self.cell).joined(separator: " | ") + " |"
            }
        return ["### Price changes\n\n" + rows.joined(separator: "\n")]
    }

    private func attributeTable(_ report: DiffReport) -> [String]? {
        let changes = report.changes.compactMap { if case .attributeChanged(let change) = $0 { change } else { nil } }
        guard !changes.isEmpty else { return nil }
        let rows = ["| Table | Product | Attribute | Old | New |", "| --- | --- | --- | --- | --- |"]
            + changes.map { change in
                "| " + [change.table, change.product, change.column, change.old ?? "—", change.new ?? "—"].map(Self.cell)
                    .joined(separator: " | ") + " |"
            }
        return ["### Attribute changes\n\n" + rows.joined(separator: "\n")]
    }

    /// Added, removed, renamed and moved products, a list each.
    private func products(_ report: DiffReport) -> [String] {
        let sections: [(ChangeKind, String)] = [(.added, "Added"), (.removed, "Removed"), (.renamed, "Renamed"), (.moved, "Moved")]
        return sections.compactMap { kind, title in
            let items = report.changes.filter { $0.kind == kind }.map(item)
            return items.isEmpty ? nil : "### \(title)\n\n" + items.joined(separator: "\n")
        }
    }

    private func item(_ change: Change) -> String {
        switch change {
        case .added(let entry), .removed(let entry):
            "- **\(Self.escape(entry.product))** (\(Self.escape(place(entry.table, entry.group))))"
        case .renamed(let rename):
            "- \(Self.escape(rename.old)) → **\(Self.escape(rename.new))** (\(Self.escape(place(rename.table, rename.group))))"
        case .moved(let move):
            "- **\(Self.escape(move.product))** (\(Self.escape(move.table))): \(Self.escape(ChangeWording.move(move)))"
        case .priceChanged, .attributeChanged, .footnoteChanged:
            ""
        }
    }

    private func place(_ table: String, _ group: String?) -> String {
        group.map { "\(table) › \($0)" } ?? table
    }

    private func footnotes(_ report: DiffReport) -> String? {
        let notes = report.changes.compactMap { if case .footnoteChanged(let note) = $0 { note } else { nil } }
        guard !notes.isEmpty else { return nil }
        let items = notes.map { note in
            switch (note.old, note.new) {
            case (nil, let new?): "- **\(note.footnote)** added: \(Self.escape(new))"
            case (let old?, nil): "- **\(note.footnote)** removed: \(Self.escape(old))"
            default: "- **\(note.footnote)** changed\n  - was: \(Self.escape(note.old ?? ""))\n  - now: \(Self.escape(note.new ?? ""))"
            }
        }
        return "### Footnotes\n\n" + items.joined(separator: "\n")
    }

    /// Text in a table cell: markdown escaped, and never a line break (it would end the row).
    private static func cell(_ text: String) -> String {
        escape(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    /// Backslash-escapes the characters GitHub markdown would read as markup, so a product name
    /// prints as written (a `|` would otherwise split a table cell).
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

extension String {
    /// "no changes" → "No changes".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
