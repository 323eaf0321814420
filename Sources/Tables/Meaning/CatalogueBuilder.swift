import Catalogue

/// Gives the parsed tables their meaning: names cleaned of annotations, requirements, prices
/// typed by label, exact money, footnote ids, rounding rules, stable ids.
public struct CatalogueBuilder: Sendable {
    private let annotations: Annotation
    private let rounding: RoundingRule
    private let attributes: AttributeReader
    private let facts: SheetFactsReader

    public init(vocabulary: Vocabulary = .standard) {
        annotations = Annotation(vocabulary: vocabulary)
        rounding = RoundingRule(vocabulary: vocabulary)
        attributes = AttributeReader(vocabulary: vocabulary)
        facts = SheetFactsReader(vocabulary: vocabulary)
    }

    /// The catalogue of a parsed sheet; with `workers` above 1, its products are built on that
    /// many threads at once (the same catalogue).
    public func build(_ sheet: ParsedSheet, source: Source, workers: Int = 1) -> Catalogue {
        var warnings = sheet.warnings.map { Warning(page: $0.page, message: $0.message, text: $0.text) }
        let footnotes = sheet.footnotes.map { Footnote(page: $0.page, block: $0.block, marker: $0.marker, text: $0.text, box: $0.box.map(Box.init)) }
            .sorted { MarkerOrder.precedes(($0.page, $0.block, $0.marker), ($1.page, $1.block, $1.marker)) }
        let index = FootnoteIndex(footnotes, leadingBlockPages: Self.leadingBlockPages(sheet))
        let tables = Self.foldingFactContinuations(sheet.tables)
        // A table broken off at a page's end prints its footnotes where it goes on.
        let continuedOn = tables.indices.map { t in
            tables.indices.contains(t + 1) && tables[t].isContinued(by: tables[t + 1]) && tables[t + 1].page > tables[t].page
                ? tables[t + 1].page : nil
        }
        let rows = tables.indices.flatMap { t in tables[t].rows.map { TableRow(table: t, row: $0) } }
        let built = rows.concurrentMap(workers: workers) { row in
            product(row.row, in: tables[row.table], continuedOn: continuedOn[row.table], footnotes: index)
        }
        var roundings = PageRoundings(sheet.pageTexts, rule: rounding)
        // A row without a name is a warning, never an entry: no biller can use a nameless product.
        var nameless = [Int](repeating: 0, count: tables.count)
        var products: [Product] = []
        for (row, result) in zip(rows, built) {
            warnings += result.warnings
            guard !result.product.name.isEmpty else {
                nameless[row.table] += 1
                continue
            }
            var product = result.product
            if result.usesUsage { product.rounding = roundings.rounding(onPage: product.page) }
            products.append(product)
        }
        let ids = Slug.unique(products.map { $0.id })
        for i in products.indices { products[i].id = ids[i] }
        let tableInfos = self.tables(tables, nameless: nameless, warnings: &warnings)
        let sheetFacts = facts.facts(in: sheet.pageTexts, title: sheet.title, workers: workers, warnings: &warnings)
        return Catalogue(source: source, validFrom: sheetFacts.validFrom, vatIncluded: sheetFacts.vatIncluded, tables: tableInfos,
                         products: products, footnotes: footnotes, warnings: warnings, accounting: accounting(sheet.accounting))
    }

    /// The tables with each transposed table's continuation on a later page folded into the
    /// part before it (`ParsedTable.appendFacts`): a product printed as a column is one product
    /// however many pages its facts take. The parts stay apart in the parsed sheet, page by page.
    static func foldingFactContinuations(_ tables: [ParsedTable]) -> [ParsedTable] {
        var folded: [ParsedTable] = []
        for table in tables {
            if let last = folded.last, last.continuesFacts(in: table) {
                folded[folded.count - 1].appendFacts(of: table)
            } else {
                folded.append(table)
            }
        }
        return folded
    }

    /// A row with the index of its table, as the products are built.
    private struct TableRow: Sendable {
        var table: Int
        var row: ProductRow
    }

    /// A row's product, without its rounding (read from its page's texts once per page, after),
    /// and the warnings its reading raised.
    private struct BuiltRow: Sendable {
        var product: Product
        var usesUsage: Bool
        var warnings: [Warning]
    }

    private func product(_ row: ProductRow, in table: ParsedTable, continuedOn: Int?, footnotes: FootnoteIndex) -> BuiltRow {
        var warnings: [Warning] = []
        let (name, requires) = annotations.requirements(in: row.name)
        let prices = row.cells.compactMap { price($0, table: table, row: row, warnings: &warnings) }
        let ids = footnoteIDs(row, in: table, continuedOn: continuedOn, footnotes: footnotes, warnings: &warnings)
        let usesUsage = prices.contains { if case .usage = $0.type { true } else { false } }
        if name.isEmpty { warnings.append(Warning(page: row.page, message: "row has amounts but no name", text: row.text)) }
        let facts = row.cells.filter { $0.kind == .text }.map { attributes.attribute($0.amount.printed, column: table.columns[$0.column].header) }
        let product = Product(id: Slug.make(name), name: name, table: table.caption, group: row.group?.text,
                              requires: requires, footnotes: ids, page: row.page, rounding: nil, notes: row.remarks,
                              attributes: facts, prices: prices, box: row.box.map(Box.init))
        return BuiltRow(product: product, usesUsage: usesUsage, warnings: warnings)
    }

    /// Ids of the footnotes that govern a row (its name's, its group row's, its table caption's,
    /// and those of the columns it has a price in), each once, in page and marker order. Each
    /// means a footnote of the row's own page (a caption or group row printed before a page
    /// break too), else of a block leading the next page, else, in a table that goes on to a
    /// later page (`continuedOn`), of that page. A marker with no footnote is a warning.
    private func footnoteIDs(_ row: ProductRow, in table: ParsedTable, continuedOn: Int?, footnotes: FootnoteIndex,
                             warnings: inout [Warning]) -> [String] {
        let markers = markers(of: row, in: table)
        var found: [FootnoteIndex.Entry] = []
        for (index, marker) in markers.enumerated() where !markers[..<index].contains(marker) {
            // A group row or caption printed before a page break means, for a row after it, the
            // footnote of the row's own page, as the row's own markers do.
            let own = PageMarker(page: max(marker.page, table.page), block: marker.block, marker: marker.marker)
            guard let footnote = footnotes.footnote(of: own, continuedOn: continuedOn) else {
                warnings.append(Warning(page: marker.page, message: "footnote marker \(marker.marker) has no footnote on its page",
                                        text: row.text))
                continue
            }
            if !found.contains(where: { $0.key == footnote.key }) { found.append(footnote) }
        }
        found.sort { MarkerOrder.precedes(($0.key.page, $0.key.block, $0.key.marker), ($1.key.page, $1.key.block, $1.key.marker)) }
        return found.map { $0.id }
    }

    /// Each marker that governs a row, with the page it is printed on: a continued table's
    /// caption and open group row were printed on an earlier page.
    private func markers(of row: ProductRow, in table: ParsedTable) -> [PageMarker] {
        var markers: [PageMarker] = []
        let block = table.footnoteBlock
        for marker in row.markers { markers.append(PageMarker(page: row.page, block: block, marker: marker)) }
        if let group = row.group {
            for marker in group.markers { markers.append(PageMarker(page: group.page ?? row.page, block: block, marker: marker)) }
        }
        for marker in table.captionMarkers {
            markers.append(PageMarker(page: table.captionMarkerPage ?? table.page, block: block, marker: marker))
        }
        for cell in row.cells where table.columns[cell.column].label != nil || table.columns[cell.column].kind == .attribute {
            let column = table.columns[cell.column]
            let scope = column.markerScope ?? FootnoteScope(page: row.page, block: block)
            for marker in column.markers { markers.append(PageMarker(page: scope.page, block: scope.block, marker: marker)) }
        }
        return markers
    }

    private func price(_ cell: Cell, table: ParsedTable, row: ProductRow, warnings: inout [Warning]) -> Price? {
        let column = table.columns[cell.column]
        guard let label = column.label, column.kind == .price, cell.kind != .text else { return nil }
        if cell.kind == .onRequest {
            var price = Price(label: label, value: .onRequest, termMonths: column.termMonths, column: column.header,
                              box: cell.box.map(Box.init))
            price.printed = cell.amount.printed
            return price
        }
        let annotation: (per: String?, rest: String?) = cell.annotation.map(annotations.cellAnnotation) ?? (nil, nil)
        if let rest = annotation.rest {
            warnings.append(Warning(page: row.page, message: "unknown text next to an amount: \"\(rest)\"", text: row.text))
        }
        guard let low = Money(cell.amount.low) else {
            warnings.append(Warning(page: row.page, message: "amount does not parse exactly: \"\(cell.amount.printed)\"", text: row.text))
            return nil
        }
        var value = Price.Value.amount(low)
        if let highText = cell.amount.high {
            guard let high = Money(highText), low <= high else {
                warnings.append(Warning(page: row.page, message: "range does not read low to high: \"\(cell.amount.printed)\"", text: row.text))
                return nil
            }
            value = .range(min: low, max: high)
        }
        var price = Price(label: label, value: value, termMonths: column.termMonths, per: annotation.per, column: column.header,
                          box: cell.box.map(Box.init))
        price.printed = cell.amount.printed
        return price
    }

    /// One entry per table; a table continued on later pages (same caption and columns) lists
    /// them all. A table whose rows do not all fit its columns is flagged, never repaired.
    /// Its rows are its products; a row left out for want of a name (`nameless`, by parsed
    /// table) counts as a line that fits no row.
    private func tables(_ parsed: [ParsedTable], nameless: [Int], warnings: inout [Warning]) -> [TableInfo] {
        var result: [TableInfo] = []
        for (table, nameless) in zip(parsed, nameless) {
            let columns = table.columns.map { column in
                TableInfo.Column(header: column.header, label: column.kind == .price ? column.label?.rawValue : nil,
                                 kind: column.kind == .price ? .price : .attribute, termMonths: column.termMonths)
            }
            var index = result.firstIndex { $0.caption == table.caption && $0.columns == columns }
            if index == nil {
                result.append(TableInfo(caption: table.caption, pages: [], note: table.note, columns: columns, transposed: table.transposed))
                index = result.count - 1
            }
            if !result[index!].pages.contains(table.page) { result[index!].pages.append(table.page) }
            result[index!].rows += table.rows.count - nameless
            result[index!].doubtfulRows += table.doubtfulRows
            result[index!].strayLines += table.strayLines + nameless
        }
        for table in result where table.confidence != "1.00" {
            warnings.append(Warning(page: table.pages.first, message: "table fits its columns only partly (confidence \(table.confidence)): "
                + "\(table.doubtfulRows) doubtful of \(table.rows) rows, \(table.strayLines) stray lines", text: table.caption))
        }
        return result
    }

    /// Pages whose first footnote block stands above all their tables (or that print none).
    static func leadingBlockPages(_ sheet: ParsedSheet) -> Set<Int> {
        let firstTableTop = Dictionary(sheet.tables.compactMap { table in table.span.map { (table.page, $0.lowerBound) } },
                                       uniquingKeysWith: min)
        return Set(sheet.footnotes.filter { $0.block == 1 && $0.top < firstTableTop[$0.page] ?? .infinity }.map(\.page))
    }

    private func accounting(_ lines: LineAccounting) -> Accounting {
        Accounting(lines: lines.total, catalogue: lines.catalogue, runningText: lines.count(.runningText),
                   footnotes: lines.count(.footnote), prose: lines.count(.prose), unaccounted: lines.count(.unaccounted))
    }
}

/// The rounding each page states, read once a page rather than once a product.
struct PageRoundings {
    private let texts: [Int: [String]]
    private let rule: RoundingRule
    private var read: [Int: Rounding?] = [:]

    init(_ pageTexts: [PageText], rule: RoundingRule) {
        texts = Dictionary(grouping: pageTexts, by: { $0.page }).mapValues { $0.map { $0.text } }
        self.rule = rule
    }

    /// What `RoundingRule` reads from the page's texts.
    mutating func rounding(onPage page: Int) -> Rounding? {
        if let known = read[page] { return known }
        let rounding = rule.rounding(in: texts[page] ?? [])
        read[page] = .some(rounding)
        return rounding
    }
}

/// Orders footnote markers numerically ("2" before "10"), symbols after numbers.
enum MarkerOrder {
    /// (page, block, marker) in page order, then block, then marker order.
    static func precedes(_ a: (page: Int, block: Int, marker: String), _ b: (page: Int, block: Int, marker: String)) -> Bool {
        (a.page, a.block, Int(a.marker) ?? Int.max, a.marker) < (b.page, b.block, Int(b.marker) ?? Int.max, b.marker)
    }
}
