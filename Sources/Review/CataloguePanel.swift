import Catalogue
import Diff

/// The catalogue beside the pages: sheet facts, the changes against an older edition (first),
/// the warnings with their page, each table's products with their prices as printed and as
/// typed, attributes and footnotes. Every product and warning links to its box on the page.
struct CataloguePanel {
    var sheet: ReviewSheet
    var marks: ChangeMarks
    /// The pages the report draws: a product on another page has no box to link to.
    var pages: Set<Int>

    private var catalogue: Catalogue { sheet.catalogue }

    /// The panel's `<aside>`.
    var html: String {
        (["<aside id=\"catalogue\">", facts, legend] + [changes].compactMap { $0 } + [warnings, tables, footnotes, "</aside>"])
            .joined(separator: "\n")
    }

    // MARK: Sheet

    private var facts: String {
        let source = catalogue.source
        let valid = catalogue.validFrom.map { "valid from \($0)" } ?? "no validity date"
        let vat = catalogue.vatIncluded.map { $0 ? "prices include VAT" : "prices exclude VAT" } ?? "VAT not stated"
        let accounting = catalogue.accounting
        return """
            <section id="facts"><h2>\(HTML.escape(source.title ?? source.file))</h2>
            <p>\(HTML.escape(source.file)) · \(source.pages) page\(source.pages == 1 ? "" : "s") · sha256 \(source.sha256.prefix(12))…<br>
            \(valid) · \(vat) · currency \(HTML.escape(catalogue.currency))<br>
            <span id="counts" data-products="\(catalogue.products.count)" data-warnings="\(catalogue.warnings.count)">\(catalogue.products.count) products, \
            \(catalogue.products.reduce(0) { $0 + $1.prices.count }) prices, \(catalogue.footnotes.count) footnotes, \
            \(catalogue.warnings.count) warning\(catalogue.warnings.count == 1 ? "" : "s")</span>;
            \(accounting.accountedPercent)% of \(accounting.lines) lines accounted for (\(accounting.unaccounted) unaccounted)</p></section>
            """
    }

    private var legend: String {
        """
        <p class="legend"><span style="border-color:#0a8f3c">product row</span><span style="border-color:#0a8f3c;background:#e6f4ea">price cell</span>\
        <span style="border-color:#1f5fbf;background:#e4ecf8">header cell</span><span style="border-color:#1f5fbf;border-style:dashed">table</span>\
        <span style="border-color:#7b3fb5">group row</span><span style="border-color:#c77800">footnote</span>\
        <span style="border-color:#888;background:#eee">running text, prose</span><span style="border-color:#e00;background:#fcdcdc">unaccounted, warning</span>\
        <span style="border-color:#e07000">changed</span></p>
        """
    }

    // MARK: Changes and warnings

    private var changes: String? {
        guard let against = sheet.against else { return nil }
        let items = zip(against.changes, marks.targets).map { change, target in
            let text = HTML.escape(change.line)
            let kind = change.kind.rawValue
            if case .footnoteChanged(let note) = change, let footnote = footnoteShown(note.footnote) {
                return "<li class=\"change\" data-kind=\"\(kind)\"><a href=\"#footnote-\(HTML.escape(footnote))\">\(text)</a></li>"
            }
            guard let target, pages.contains(page(of: target)) else {
                return "<li class=\"change\" data-kind=\"\(kind)\">\(text)</li>"
            }
            return "<li class=\"change\" data-kind=\"\(kind)\" data-product=\"\(HTML.escape(target))\">"
                + "<a href=\"#product-\(HTML.escape(target))\" data-select=\"product:\(HTML.escape(target))\">\(text)</a></li>"
        }
        let heading = "\(against.changes.count) change\(against.changes.count == 1 ? "" : "s") against \(HTML.escape(against.file))"
        return "<section id=\"changes\"><h2>\(heading)</h2>\n<ol>\n" + items.joined(separator: "\n") + "\n</ol></section>"
    }

    private var warnings: String {
        let items = NumberedWarning.all(catalogue.warnings).map { entry in
            let warning = entry.warning
            let page = warning.page.map { "p. \($0)" } ?? "sheet"
            let target = warning.page.flatMap { pages.contains($0) ? "#page-\($0)" : nil }
            let place = target.map { "<a href=\"\($0)\" data-select=\"warning:\(entry.number)\">\(page)</a>" } ?? page
            let text = warning.text.isEmpty ? "" : " — <q>\(HTML.escape(warning.text))</q>"
            return "<li class=\"warning\" id=\"warning-\(entry.number)\" data-warning=\"\(entry.number)\"\(warning.page.map { " data-page=\"\($0)\"" } ?? "")>"
                + "\(place): \(HTML.escape(warning.message))\(text)</li>"
        }
        let count = catalogue.warnings.count
        return "<section id=\"warnings\"><h2>\(count) warning\(count == 1 ? "" : "s")</h2>\n<ol>\n" + items.joined(separator: "\n") + "\n</ol></section>"
    }

    // MARK: Tables and products

    private var tables: String {
        var listed = Set<String>()
        var parts = ["<section id=\"tables\"><h2>Tables</h2>"]
        for table in catalogue.tables where listed.insert(table.caption).inserted {
            parts.append(tableHTML(table, products: catalogue.products.filter { $0.table == table.caption }))
        }
        parts.append("</section>")
        return parts.joined(separator: "\n")
    }

    private func tableHTML(_ table: TableInfo, products: [Product]) -> String {
        let pages = table.pages.map(String.init).joined(separator: ", ")
        let columns = table.columns.map { column in
            let meaning = column.kind == .attribute ? "attribute" : column.label ?? "unknown"
            return "\(HTML.escape(column.header)) <span class=\"muted\">(\(meaning)\(column.termMonths.map { ", \($0) months" } ?? ""))</span>"
        }.joined(separator: " · ")
        let note = table.note.map { " <span class=\"muted\">\(HTML.escape($0))</span>" } ?? ""
        let rows = products.map(productRow).joined(separator: "\n")
        return """
            <h3>\(HTML.escape(table.caption))\(note)</h3>
            <p class="muted">page\(table.pages.count == 1 ? "" : "s") \(pages) · confidence \(table.confidence)\(table.transposed ? " · products as columns" : "")<br>\(columns)</p>
            <table class="products">
            \(rows)
            </table>
            """
    }

    private func productRow(_ product: Product) -> String {
        let id = HTML.escape(product.id)
        let name = HTML.escape(product.name)
        let link = pages.contains(product.page) && product.box != nil
            ? "<a href=\"#product-\(id)\" data-select=\"product:\(id)\">\(name)</a>" : "\(name) <span class=\"muted\">(page not drawn)</span>"
        var details: [String] = []
        if let group = product.group { details.append("<span class=\"muted\">\(HTML.escape(group))</span>") }
        details += product.prices.map { price in
            let printed = price.printed.map { "\(HTML.escape($0)) → " } ?? ""
            let term = price.termMonths.map { " (\($0) months)" } ?? ""
            return "\(HTML.escape(price.column))\(term): \(printed)<span class=\"typed\">\(HTML.escape(PriceText.typed(price.value)))</span>"
                + (price.per.map { " per \(HTML.escape($0))" } ?? "")
        }
        details += product.attributes.map { "\(HTML.escape($0.column)): \(HTML.escape($0.value))" }
        if !product.footnotes.isEmpty { details.append("<span class=\"muted\">footnotes \(product.footnotes.joined(separator: ", "))</span>") }
        let changed = marks.kinds[product.id].map { " data-changes=\"\($0.joined(separator: " "))\"" } ?? ""
        return "<tr class=\"product-entry\" data-product=\"\(id)\" data-page=\"\(product.page)\"\(changed)><td>\(link)</td>"
            + "<td>\(details.joined(separator: "<br>"))</td><td class=\"muted\">p.\(product.page)</td></tr>"
    }

    private var footnotes: String {
        let items = catalogue.footnotes.map { footnote in
            let id = HTML.escape(footnote.id)
            let label = pages.contains(footnote.page) && footnote.box != nil ? "<a href=\"#footnote-\(id)\">\(id)</a>" : id
            return "<li>\(label): \(HTML.escape(footnote.text))</li>"
        }
        return "<section id=\"footnotes\"><h2>Footnotes</h2>\n<ul>\n" + items.joined(separator: "\n") + "\n</ul></section>"
    }

    /// The id of a footnote the report draws a box for, nil for one it does not.
    private func footnoteShown(_ id: String) -> String? {
        catalogue.footnotes.first { $0.id == id && $0.box != nil && pages.contains($0.page) }?.id
    }

    private func page(of product: String) -> Int {
        catalogue.products.first { $0.id == product }?.page ?? 0
    }
}
