import Catalogue
import Tables

/// `CatalogueBuilder` as it was before it was made fast, kept verbatim (with the reference
/// rules) as the oracle the fast builder is checked against.
struct ReferenceBuilder {
    func build(_ sheet: ParsedSheet, source: Source) -> Catalogue {
        var warnings = sheet.warnings.map { Warning(page: $0.page, message: $0.message, text: $0.text) }
        let footnotes = sheet.footnotes.map { Footnote(page: $0.page, marker: $0.marker, text: $0.text) }
            .sorted { Self.precedes(($0.page, $0.marker), ($1.page, $1.marker)) }
        let index = Index(footnotes)
        var products: [Product] = []
        for table in sheet.tables {
            for row in table.rows {
                products.append(product(row, in: table, sheet: sheet, footnotes: index, warnings: &warnings))
            }
        }
        let ids = Reference.unique(products.map(\.id))
        for i in products.indices { products[i].id = ids[i] }
        let tables = tables(sheet.tables, warnings: &warnings)
        return Catalogue(source: source, tables: tables, products: products, footnotes: footnotes,
                         warnings: warnings, accounting: accounting(sheet.accounting))
    }

    private static func split(_ id: String) -> (Int, String) {
        let parts = id.dropFirst().split(separator: ".", maxSplits: 1)
        return (Int(parts[0]) ?? 0, parts.count > 1 ? String(parts[1]) : "")
    }

    private func product(_ row: ProductRow, in table: ParsedTable, sheet: ParsedSheet, footnotes: Index,
                         warnings: inout [Warning]) -> Product {
        let (name, requires) = Reference.requirements(in: row.name)
        let prices = row.cells.compactMap { price($0, table: table, row: row, warnings: &warnings) }
        var markers = row.markers.map { ($0, row.page) } + (row.group?.markers ?? []).map { ($0, row.group?.page ?? row.page) }
            + table.captionMarkers.map { ($0, table.captionMarkerPage ?? table.page) }
        for cell in row.cells where table.columns[cell.column].label != nil {
            markers += table.columns[cell.column].markers.map { ($0, row.page) }
        }
        var ids: [String] = []
        var seen = Set<String>()
        for (marker, page) in markers where seen.insert("\(marker)@\(page)").inserted {
            if let id = footnotes.id(of: marker, onPage: page) { ids.append(id) } else {
                warnings.append(Warning(page: page, message: "footnote marker \(marker) has no footnote on its page", text: row.text))
            }
        }
        ids = Set(ids).sorted { a, b in
            let (pa, ma) = Self.split(a), (pb, mb) = Self.split(b)
            return Self.precedes((pa, ma), (pb, mb))
        }
        let usesUsage = prices.contains { if case .usage = $0.type { true } else { false } }
        let rounding = usesUsage ? Reference.rounding(in: sheet.pageTexts.filter { $0.page == row.page }.map(\.text)) : nil
        if name.isEmpty { warnings.append(Warning(page: row.page, message: "row has amounts but no name", text: row.text)) }
        return Product(id: Reference.slug(name), name: name, table: table.caption, group: row.group?.text,
                       requires: requires, footnotes: ids, page: row.page, rounding: rounding, notes: row.remarks,
                       prices: prices)
    }

    private func price(_ cell: Cell, table: ParsedTable, row: ProductRow, warnings: inout [Warning]) -> Price? {
        let column = table.columns[cell.column]
        guard let label = column.label else { return nil }
        let annotation: (per: String?, rest: String?) = cell.annotation.map(Reference.cellAnnotation) ?? (nil, nil)
        if let rest = annotation.rest {
            warnings.append(Warning(page: row.page, message: "unknown text next to an amount: \"\(rest)\"", text: row.text))
        }
        guard let low = Reference.money(cell.amount.low).map({ Money(units: $0.units, scale: $0.scale) }) else {
            warnings.append(Warning(page: row.page, message: "amount does not parse exactly: \"\(cell.amount.printed)\"", text: row.text))
            return nil
        }
        var value = Price.Value.amount(low)
        if let highText = cell.amount.high {
            guard let high = Reference.money(highText).map({ Money(units: $0.units, scale: $0.scale) }), low <= high else {
                warnings.append(Warning(page: row.page, message: "range does not read low to high: \"\(cell.amount.printed)\"", text: row.text))
                return nil
            }
            value = .range(min: low, max: high)
        }
        return Price(label: label, value: value, per: annotation.per, column: column.header)
    }

    private func tables(_ parsed: [ParsedTable], warnings: inout [Warning]) -> [TableInfo] {
        var result: [TableInfo] = []
        for table in parsed {
            let columns = table.columns.map { TableInfo.Column(header: $0.header, label: $0.label?.rawValue) }
            var index = result.firstIndex { $0.caption == table.caption && $0.columns == columns }
            if index == nil {
                result.append(TableInfo(caption: table.caption, pages: [], note: table.note, columns: columns))
                index = result.count - 1
            }
            if !result[index!].pages.contains(table.page) { result[index!].pages.append(table.page) }
            result[index!].rows += table.rows.count
            result[index!].doubtfulRows += table.doubtfulRows
            result[index!].strayLines += table.strayLines
        }
        for table in result where table.confidence != "1.00" {
            warnings.append(Warning(page: table.pages.first, message: "table fits its columns only partly (confidence \(table.confidence)): "
                + "\(table.doubtfulRows) doubtful of \(table.rows) rows, \(table.strayLines) stray lines", text: table.caption))
        }
        return result
    }

    private func accounting(_ lines: LineAccounting) -> Accounting {
        Accounting(lines: lines.total, catalogue: lines.catalogue, runningText: lines.count(.runningText),
                   footnotes: lines.count(.footnote), prose: lines.count(.prose), unaccounted: lines.count(.unaccounted))
    }

    struct Index {
        private let ids: Set<String>
        private let pagesWithFootnotes: [Int]

        init(_ footnotes: [Footnote]) {
            ids = Set(footnotes.map(\.id))
            pagesWithFootnotes = Set(footnotes.map(\.page)).sorted()
        }

        func id(of marker: String, onPage page: Int) -> String? {
            let own = Footnote.id(page: page, marker: marker)
            if ids.contains(own) { return own }
            guard !pagesWithFootnotes.contains(page), let next = pagesWithFootnotes.first(where: { $0 > page }) else { return nil }
            let deferred = Footnote.id(page: next, marker: marker)
            return ids.contains(deferred) ? deferred : nil
        }
    }

    static func precedes(_ a: (page: Int, marker: String), _ b: (page: Int, marker: String)) -> Bool {
        (a.page, Int(a.marker) ?? Int.max, a.marker) < (b.page, Int(b.marker) ?? Int.max, b.marker)
    }
}
