import Catalogue
import Geometry
import Tables

/// The SVG drawn over one page image: what the parser saw there, in the page's own points
/// (top-left origin, as the catalogue's boxes). Lines are shaded by role (running text and
/// prose grey, unaccounted red); tables, columns, header cells, group rows, footnotes and
/// their markers, product rows and price cells are outlined; warnings and changes stand out.
/// Every box has a title, so hovering it names what it is.
struct PageOverlay {
    var page: Int
    var width: Double
    var height: Double
    var verdicts: [LineVerdict]
    var tables: [ParsedTable]
    var products: [Product]
    var footnotes: [Footnote]
    /// The sheet's warnings on this page, by their number in the report.
    var warnings: [NumberedWarning]
    /// Ids of the products the comparison changed, with the kinds of change.
    var changed: [String: [String]]

    /// The `<svg>` element, sized by the caller's CSS to the page image.
    func svg(pixelWidth: Int, pixelHeight: Int) -> String {
        var parts = ["<svg class=\"overlay\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(pixelWidth)\" height=\"\(pixelHeight)\" "
            + "viewBox=\"0 0 \(HTML.points(width)) \(HTML.points(height))\" preserveAspectRatio=\"none\">"]
        parts += verdicts.map(line)
        for table in tables { parts += tableShapes(table) }
        parts += verdicts.filter { $0.role == .groupRow }.map { rect($0.box, class: "group-row", title: "group row: \($0.text)") }
        parts += footnotes.compactMap(footnoteBox)
        parts += verdicts.flatMap(\.footnoteMarkers).map { rect($0.box, class: "footnote-marker", title: "footnote marker \($0.label)") }
        for product in products { parts += productShapes(product) }
        for entry in warnings { parts += warningBoxes(number: entry.number, entry.warning) }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    // MARK: Lines and tables

    private func line(_ verdict: LineVerdict) -> String {
        let detail = verdict.detail.map { ": \($0)" } ?? ""
        return rect(verdict.box, class: "line role-\(verdict.role.rawValue)",
                    title: "line \(verdict.line + 1), \(verdict.role.rawValue) (\(verdict.rule.rawValue)\(detail)): \(verdict.text)")
    }

    /// The table's region, its column zones under the header and its header cells with the
    /// labels the vocabulary gave them; a transposed table's header lines as one cell.
    private func tableShapes(_ table: ParsedTable) -> [String] {
        guard let span = table.span else { return [] }
        let inside = verdicts.filter { $0.box.midY >= span.lowerBound && $0.box.midY <= span.upperBound }
        guard let lines = inside.map(\.box).union() else { return [] }
        let region = Rect(minX: lines.minX, minY: span.lowerBound, maxX: lines.maxX, maxY: span.upperBound)
        var shapes = [rect(region, class: "table-region", title: "table \(table.caption)")]
        let header = inside.filter { $0.role == .tableHeader }.map(\.box).union()
        guard let header else { return shapes }
        if table.transposed {
            return shapes + [rect(header, class: "header-cell", title: "header: products as columns")]
        }
        for column in table.columns {
            // The last column's zone has no right edge of its own: it runs to the table's.
            let right = column.maxX > column.minX ? column.maxX : max(region.maxX, column.minX)
            let zone = Rect(minX: column.minX, minY: header.maxY, maxX: right, maxY: span.upperBound)
            shapes.append(rect(zone, class: "column-zone", title: "column \(column.header)"))
            let cell = Rect(minX: column.minX, minY: header.minY, maxX: right, maxY: header.maxY)
            let known = column.kind == .attribute || column.label != nil
            let meaning = column.kind == .attribute ? "attribute" : column.label.map { "price: \($0.rawValue)" } ?? "unknown header"
            let term = column.termMonths.map { ", \($0) months" } ?? ""
            shapes.append(rect(cell, class: known ? "header-cell" : "header-cell unknown", title: "\(column.header) → \(meaning)\(term)"))
        }
        return shapes
    }

    // MARK: Products, footnotes, warnings

    private func productShapes(_ product: Product) -> [String] {
        guard let box = product.box else { return [] }
        let kinds = changed[product.id] ?? []
        let classes = "box product" + (kinds.isEmpty ? "" : " changed " + kinds.map { "change-\($0)" }.joined(separator: " "))
        let prices = product.prices.map(PriceText.line).joined(separator: "; ")
        let change = kinds.isEmpty ? "" : " [changed: \(kinds.joined(separator: ", "))]"
        var shapes = [rect(box, class: classes, id: "product-\(product.id)", data: ["product": product.id],
                           title: "\(product.name)\(change)\n\(prices)")]
        for price in product.prices {
            guard let cell = price.box else { continue }
            shapes.append(rect(cell, class: "box price", data: ["product": product.id], title: "\(product.name)\n\(PriceText.line(price))"))
        }
        return shapes
    }

    private func footnoteBox(_ footnote: Footnote) -> String? {
        footnote.box.map { rect($0, class: "box footnote", id: "footnote-\(footnote.id)", title: "footnote \(footnote.id): \(footnote.text)") }
    }

    /// A box on each line of the page whose text the warning quotes, or the header or caption
    /// line that holds the text it quotes (an unknown header label); none when it quotes no line. Running
    /// text is boxed only when quoted alone: a sentence quoted with the page's title is no
    /// doubt about the title.
    private func warningBoxes(number: Int, _ warning: Warning) -> [String] {
        guard !warning.text.isEmpty else { return [] }
        let quoted = verdicts.filter { verdict in
            guard !verdict.text.isEmpty else { return false }
            if verdict.role == .runningText { return verdict.text == warning.text }
            let holdsQuote = (verdict.role == .tableHeader || verdict.role == .caption) && verdict.text.contains(warning.text)
            return warning.text.contains(verdict.text) || holdsQuote
        }
        return quoted.map { verdict in
            rect(verdict.box, class: "box warning", data: ["warning": String(number)], title: "warning: \(warning.message)\n\(warning.text)")
        }
    }

    // MARK: SVG

    private func rect(_ box: Rect, class name: String, id: String? = nil, data: [String: String] = [:], title: String) -> String {
        rect(Box(x: box.minX, y: box.minY, width: box.width, height: box.height), class: name, id: id, data: data, title: title)
    }

    private func rect(_ box: Box, class name: String, id: String? = nil, data: [String: String] = [:], title: String) -> String {
        var attributes = "class=\"\(name)\""
        if let id { attributes += " id=\"\(HTML.escape(id))\"" }
        for key in data.keys.sorted() { attributes += " data-\(key)=\"\(HTML.escape(data[key]!))\"" }
        attributes += " x=\"\(HTML.points(box.x))\" y=\"\(HTML.points(box.y))\" width=\"\(HTML.points(box.width))\" "
            + "height=\"\(HTML.points(box.height))\""
        return "<rect \(attributes)><title>\(HTML.escape(title))</title></rect>"
    }
}
