import Catalogue
import Geometry
import Layout

/// Reads a table printed with its products as columns: product names across the header row,
/// facts down the first column ("Data", "Bellen", "Maandprijs", "Aansluitkosten"), each fact
/// row's cells under the products. Read column by column into the same product rows a table
/// printed the usual way gives; its fact rows are the table's columns.
///
/// Found by its fact rows: a line whose first cell has a price label and whose other cells are
/// two or more amounts (or cell words: "Gratis", "op aanvraag"). The amounts set the product
/// columns; the lines above and below whose cells stand in those columns are the rest of the
/// table: lines without a fact label at the left are the header (names may wrap), the others
/// fact rows (a line without a label carries on the fact row above).
struct TransposedTableReader {
    var settings: ParserSettings
    var vocabulary: Vocabulary

    struct Result {
        var table: ParsedTable
        var warnings: [ParseWarning]
        var span: ClosedRange<Double>
    }

    /// The page's transposed tables among its free lines; marks their lines.
    func tables(in page: inout PageLines) -> [Result] {
        var results: [Result] = []
        var i = 0
        while i < page.lines.count {
            guard let columns = productColumns(of: i, page), let result = read(seed: i, columns: columns, &page) else {
                i += 1
                continue
            }
            results.append(result)
            i += 1
        }
        return results
    }

    // MARK: Finding the table

    /// The product columns a fact line sets: one x-range per amount, halfway to its neighbours;
    /// nil when line `i` is no fact line.
    private func productColumns(of i: Int, _ page: PageLines) -> [ClosedRange<Double>]? {
        let line = page.lines[i]
        let tokens = page.tokens[i]
        guard page.isFree(i), tokens.count >= 2, let first = tokens.first, first.wordRange.lowerBound > 0,
              tokens.contains(where: { $0.kind == .amount }),
              factLabel(line.text(of: 0..<first.wordRange.lowerBound)).label != nil else { return nil }
        // The label column ends halfway from the seed's label to its first amount.
        let labelEnd = (line.words[first.wordRange.lowerBound - 1].box.maxX + first.box.minX) / 2
        let centres = tokens.map(\.box.midX)
        return centres.indices.map { c in
            let start = c == 0 ? labelEnd : (centres[c - 1] + centres[c]) / 2
            let end = c + 1 < centres.count ? (centres[c] + centres[c + 1]) / 2 : .infinity
            return start...end
        }
    }

    /// A fact label's price label and term ("Maandprijs 24 maanden" → monthly, 24).
    private func factLabel(_ text: String) -> (label: PriceLabel?, termMonths: Int?) {
        let term = vocabulary.term(in: text)
        return (vocabulary.label(for: term.rest), term.months)
    }

    /// The lines of the table around fact line `seed`: free, close, and with their cells in the columns.
    private func extent(seed: Int, columns: [ClosedRange<Double>], _ page: PageLines) -> ClosedRange<Int> {
        var top = seed, bottom = seed
        while top > 0, fits(top - 1, above: top, columns, page) { top -= 1 }
        while bottom + 1 < page.lines.count, fits(bottom + 1, above: bottom, columns, page, downward: true) { bottom += 1 }
        return top...bottom
    }

    private func fits(_ i: Int, above other: Int, _ columns: [ClosedRange<Double>], _ page: PageLines, downward: Bool = false) -> Bool {
        let (upper, lower) = downward ? (other, i) : (i, other)
        let size = page.lines[lower].fontSize
        guard page.isFree(i), page.gap(upper, lower) <= max(settings.tableGapRatio * size, settings.tableGapMinimum) else { return false }
        let cells = cellsByColumn(i, columns, page)
        return cells.columns.count >= 1 && cells.stray == 0 && partsAtColumnGaps(i, cells, page)
    }

    /// Each change of column on line `i` comes at a column gap: a sentence's words, a word
    /// space apart, are no cells even where they stand in the columns.
    private func partsAtColumnGaps(_ i: Int, _ cells: (columns: [Int: [Int]], label: [Int], stray: Int), _ page: PageLines) -> Bool {
        var place = [Int: Int]()
        for w in cells.label { place[w] = -1 }
        for (c, words) in cells.columns { for w in words { place[w] = c } }
        let words = page.lines[i].words
        return words.indices.dropFirst().allSatisfy { w in
            place[w] == place[w - 1] || CellColumns.gapEndsCell(words[w - 1], words[w], gapRatio: settings.cellGapRatio)
        }
    }

    /// Line `i`'s words by product column (index into `columns`), its words left of the
    /// columns (the fact label), and how many words fit no column.
    private func cellsByColumn(_ i: Int, _ columns: [ClosedRange<Double>], _ page: PageLines)
        -> (columns: [Int: [Int]], label: [Int], stray: Int) {
        var byColumn: [Int: [Int]] = [:], label: [Int] = [], stray = 0
        for (w, word) in page.lines[i].words.enumerated() {
            if word.box.midX < columns[0].lowerBound {
                label.append(w)
            } else if let c = columns.firstIndex(where: { $0.contains(word.box.midX) }) {
                byColumn[c, default: []].append(w)
            } else {
                stray += 1
            }
        }
        return (byColumn, label, stray)
    }

    // MARK: Reading it

    private func read(seed: Int, columns: [ClosedRange<Double>], _ page: inout PageLines) -> Result? {
        let lines = Array(extent(seed: seed, columns: columns, page))
        let header = Array(lines.prefix { cellsByColumn($0, columns, page).label.isEmpty && page.tokens[$0].isEmpty })
        let body = Array(lines.dropFirst(header.count))
        guard !header.isEmpty, let first = body.first, !cellsByColumn(first, columns, page).label.isEmpty else { return nil }
        let facts = factRows(body, columns, page)
        let names = columns.indices.map { c in header.flatMap { line in cellsByColumn(line, columns, page).columns[c, default: []].map { page.lines[line].words[$0] } } }
        guard names.allSatisfy({ !$0.isEmpty }) else { return nil }

        var warnings: [ParseWarning] = []
        let joiner = TextJoiner(vocabulary: vocabulary)
        let tableColumns = facts.map { fact in
            TableColumn(header: fact.label, markers: fact.markers, label: fact.isPrice ? factLabel(fact.label).label : nil,
                        kind: fact.isPrice ? .price : .attribute, termMonths: factLabel(fact.label).termMonths, minX: 0, maxX: 0)
        }
        for fact in facts {
            for text in fact.unread {
                warnings.append(ParseWarning(page: page.number, message: "text in a price row without an amount: \"\(text)\"", text: fact.label))
            }
        }
        for column in tableColumns where column.kind == .price && column.label == nil {
            warnings.append(ParseWarning(page: page.number, message: "unknown row header: no price label fits; its amounts are left out",
                                         text: column.header))
        }
        let rows = columns.indices.map { c in
            let nameLines = header.map { line in cellsByColumn(line, columns, page).columns[c, default: []].map { page.lines[line].words[$0] } }
            let name = joiner.join(nameLines.map(\.joinedText))
            let cells = facts.enumerated().compactMap { r, fact in fact.cells[c] }
            let markers = names[c].flatMap { $0.markers.map(\.label) } + facts.flatMap { $0.cellMarkers[c] ?? [] }
            return ProductRow(name: name, markers: markers, group: nil, cells: cells, remarks: [], page: page.number, text: name)
        }
        let captionHeader = HeaderBlock(lines: header, cells: [])
        let caption = CaptionReader(settings: settings, vocabulary: vocabulary).caption(for: captionHeader, nameCell: nil, page: page)
        for line in header { page.mark(line, .tableHeader, by: .transposedTables, detail: "product names across the columns") }
        for line in body { page.mark(line, .productRow, by: .transposedTables, detail: "a fact of each product column") }
        for line in caption?.lines ?? [] { page.mark(line, .caption, by: .captions, detail: "the line right above the header") }
        var table = ParsedTable(caption: caption?.text ?? "", captionMarkers: caption?.markers ?? [], note: caption?.note,
                                page: page.number, columns: tableColumns, rows: rows, isContinuation: false)
        table.transposed = true
        table.captionPending = caption == nil
        let top = page.lines[caption?.lines.first ?? header[0]].box.minY
        return Result(table: table, warnings: warnings, span: top...page.lines[body.last!].box.maxY)
    }

    /// A fact row of the table: its label, and its cell in each product column.
    private struct FactRow {
        var label: String
        var markers: [String]
        var isPrice: Bool
        var cells: [Int: Cell]
        var cellMarkers: [Int: [String]]
        /// Text in a price row's cell without an amount (warned about, never guessed).
        var unread: [String] = []
    }

    /// The body's lines as fact rows: each line with a label starts one, a line without
    /// carries on the one above (a wrapped cell). A row with an amount in any column is a
    /// price row; the others are attribute rows.
    private func factRows(_ body: [Int], _ columns: [ClosedRange<Double>], _ page: PageLines) -> [FactRow] {
        var groups: [[Int]] = []
        for line in body {
            if cellsByColumn(line, columns, page).label.isEmpty, !groups.isEmpty { groups[groups.count - 1].append(line) } else { groups.append([line]) }
        }
        let joiner = TextJoiner(vocabulary: vocabulary)
        return groups.map { lines in
            let labelWords = lines.flatMap { line in cellsByColumn(line, columns, page).label.map { page.lines[line].words[$0] } }
            let isPrice = lines.contains { line in page.tokens[line].contains { $0.kind != .notApplicable } }
            var cells: [Int: Cell] = [:], markers: [Int: [String]] = [:], unread: [String] = []
            for c in columns.indices {
                let words = lines.flatMap { line in cellsByColumn(line, columns, page).columns[c, default: []].map { (line, $0) } }
                guard !words.isEmpty else { continue }
                let text = joiner.join(words.map { page.lines[$0.0].words[$0.1].text })
                markers[c] = words.flatMap { page.lines[$0.0].words[$0.1].markers.map(\.label) }
                if !isPrice {
                    cells[c] = .text(text, column: 0)
                } else if let token = words.lazy.compactMap({ at in page.tokens[at.0].first { $0.wordRange.contains(at.1) } }).first {
                    cells[c] = Self.cell(token)
                } else {
                    unread.append(text)
                }
            }
            return FactRow(label: joiner.join([labelWords.joinedText]), markers: labelWords.flatMap { $0.markers.map(\.label) },
                           isPrice: isPrice, cells: cells, cellMarkers: markers, unread: unread)
        }
        .enumerated().map { r, fact in
            var fact = fact
            fact.cells = fact.cells.mapValues { cell in var cell = cell; cell.column = r; return cell }
            return fact
        }
    }

    private static func cell(_ token: MoneyToken) -> Cell? {
        switch token.kind {
        case .amount, .free: Cell(column: 0, amount: token.money)
        case .onRequest: Cell(column: 0, kind: .onRequest, amount: token.money)
        case .notApplicable: nil
        }
    }
}
