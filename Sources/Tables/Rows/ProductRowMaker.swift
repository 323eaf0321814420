import Geometry
import Layout

/// Turns a row's lines into a product row: its name and remarks, its price cells and the
/// text beside their amounts, and a verdict for every line; group rows and stray text too.
struct ProductRowMaker {
    let body: TableBody
    let columnCount: Int
    let joiner: TextJoiner
    private(set) var verdicts: [LineVerdict] = []
    private(set) var warnings: [ParseWarning] = []
    /// Lines between rows that belong to none.
    private(set) var strayLines = 0

    init(body: TableBody, columnCount: Int) {
        self.body = body
        self.columnCount = columnCount
        joiner = TextJoiner(vocabulary: body.vocabulary)
    }

    private var page: PageLines { body.page }

    /// A word by its line and place on the line.
    struct WordAt: Hashable {
        var line: Int
        var word: Int
    }

    // MARK: Group rows and stray text

    mutating func groupRow(_ block: RowBlock) -> GroupRow {
        for line in block.lines {
            verdicts.append(LineVerdict(line: line, role: .groupRow, rule: .groupRows))
        }
        let words = block.lines.flatMap { page.lines[$0].words }
        return GroupRow(text: joiner.join(block.lines.map { page.lines[$0].text }),
                        markers: words.flatMap { $0.markers.map(\.label) }, page: page.number)
    }

    mutating func strayText(_ block: RowBlock) {
        for line in block.lines {
            strayLines += 1
            verdicts.append(LineVerdict(line: line, role: .unaccounted, rule: .groupRows,
                                        detail: "no amounts, and no product follows it directly"))
            warnings.append(ParseWarning(page: page.number, message: "text between rows has no amounts and no rows follow it directly",
                                         text: page.lines[line].text))
        }
    }

    // MARK: Products

    /// Words that close a price cell's annotation on the first line of the next row: with no
    /// gap between rows, "€ 43,00 (per" ends one row and "gebruiker)" shares its baseline with
    /// the next row's amounts. The closing words belong to the cell left open above.
    func carriedClosings(_ rows: [Row]) -> [(row: Int, word: WordAt)] {
        zip(rows.indices, rows.indices.dropFirst()).flatMap { above, below -> [(row: Int, word: WordAt)] in
            guard let last = rows[above].lines.last, let first = rows[below].lines.first, first == last + 1,
                  body.closesOpenAnnotation(from: last, on: first) else { return [] }
            let open = body[last].opensAnnotation
            let own = body[first].amountColumns
            return page.lines[first].words.indices.filter { w in
                guard let column = body[first].cells.words[w], open.contains(column), !own.contains(column) else { return false }
                return !page.tokens[first].contains { $0.wordRange.contains(w) }
            }.map { (above, WordAt(line: first, word: $0)) }
        }
    }

    /// The product row of `row`: `borrowed` words (a cell's close carried from the next row's
    /// first line) join its cells, `lent` ones are left to the row above. `why` says which
    /// rule put its lines together.
    mutating func product(_ row: Row, group: GroupRow?, borrowed: [WordAt] = [], lent: Set<WordAt> = [],
                          why: LineVerdict.Reason) -> ProductRow {
        let rowSize = row.lines.compactMap { body[$0].nameLine?.fontSize }.max() ?? 0
        let rowItalic = row.lines.first { body[$0].nameLine != nil }.map { body[$0].nameLine!.isItalic } ?? false
        var name: [[Word]] = [], remarks: [[Word]] = []
        for line in row.lines {
            guard let nameLine = body[line].nameLine else {
                verdicts.append(LineVerdict(line: line, role: .productRow, rule: why.rule, detail: why.detail))
                continue
            }
            let isRemark = body.isRemark(nameLine, rowSize: rowSize, rowItalic: rowItalic)
            verdicts.append(isRemark ? LineVerdict(line: line, role: .remark, rule: .remarks)
                : LineVerdict(line: line, role: .productRow, rule: why.rule, detail: why.detail))
            if isRemark { remarks.append(body[line].nameWords) } else { name.append(body[line].nameWords) }
        }
        let text = row.lines.map { page.lines[$0].text }.joined(separator: " ")
        var product = ProductRow(name: joiner.join(name.map { $0.joinedText }),
                                 markers: name.flatMap { $0.flatMap { $0.markers.map(\.label) } } + attributeMarkers(row), group: group,
                                 cells: cells(row, text: text, borrowed: borrowed, lent: lent),
                                 remarks: paragraphs(remarks.map { $0.joinedText }), page: page.number, text: text)
        product.box = row.lines.map { page.lines[$0].box }.union()
        return product
    }

    /// Cells of a product: its amounts by column, plus the other text in each column.
    private mutating func cells(_ row: Row, text: String, borrowed: [WordAt], lent: Set<WordAt>) -> [Cell] {
        var amounts: [Int: [MoneyToken]] = [:]
        var amountBoxes: [Int: Rect] = [:]
        var used = Set<WordAt>()
        for line in row.cellLines {
            for (token, column) in zip(page.tokens[line], body[line].cells.tokens) {
                guard let column else {
                    if token.kind == .amount {
                        warnings.append(ParseWarning(page: page.number, message: "amount in the name column is kept as name text", text: text))
                    }
                    continue
                }
                // An attribute cell is its text, whatever it holds ("n.v.t.", "10,5 GB").
                guard !body.isAttribute(column) else { continue }
                amounts[column, default: []].append(token)
                used.formUnion(token.wordRange.map { WordAt(line: line, word: $0) })
                amountBoxes[column] = (token.wordRange.map { page.lines[line].words[$0].box } + [amountBoxes[column]].compactMap { $0 }).union()
            }
        }
        let notes = annotations(row.lines, skipping: used.union(lent), borrowed: borrowed)
        let tokenCount = amounts.values.reduce(0) { $0 + $1.count }
        var result: [Cell] = []
        for column in 0..<columnCount {
            let tokens = amounts[column] ?? []
            let box = [amountBoxes[column], notes[column]?.box].compactMap { $0 }.union()
            if body.isAttribute(column) {
                if let note = notes[column] { result.append(.text(note.text, column: column, box: box)) }
            } else if tokens.count > 1 {
                let message = tokenCount > columnCount
                    ? "row has \(tokenCount) amounts but the table has \(columnCount) price columns; the crowded column is left out"
                    : "two amounts in one price column; neither is used"
                warnings.append(ParseWarning(page: page.number, message: message, text: text))
            } else if let token = tokens.first {
                if var cell = Self.cell(token, column: column, annotation: notes[column]?.text) {
                    cell.box = box
                    result.append(cell)
                }
            } else if let note = notes[column], var cell = emptyCell(column: column, note: note.text, text: text) {
                cell.box = box
                result.append(cell)
            }
        }
        return result
    }

    /// The price cell of a token: an amount ("Gratis" is 0.00), a price on request, or none
    /// ("n.v.t.": no price here, on purpose).
    private static func cell(_ token: MoneyToken, column: Int, annotation: String?) -> Cell? {
        switch token.kind {
        case .amount, .free: Cell(column: column, amount: token.money, annotation: annotation)
        case .onRequest: Cell(column: column, kind: .onRequest, amount: token.money, annotation: annotation)
        case .notApplicable: nil
        }
    }

    /// A cell with text but no amount: "Gratis" is a price of zero, "n.v.t." no price at all,
    /// anything else a warning.
    private mutating func emptyCell(column: Int, note: String, text: String) -> Cell? {
        let vocabulary = body.vocabulary
        if vocabulary.contains(vocabulary.freeWords, note) {
            return Cell(column: column, amount: MoneyText(low: "0.00", printed: note), annotation: nil)
        }
        if !vocabulary.contains(vocabulary.emptyCellWords, note) {
            warnings.append(ParseWarning(page: page.number, message: "text in a price column without an amount: \"\(note)\"", text: text))
        }
        return nil
    }

    /// Markers printed on attribute cells ("10 GB*"): they govern the product, as its name's do.
    private func attributeMarkers(_ row: Row) -> [String] {
        row.lines.flatMap { line in
            zip(page.lines[line].words, body[line].cells.words).flatMap { word, column in
                column.map(body.isAttribute) == true ? word.markers.map(\.label) : []
            }
        }
    }

    /// The text of a cell beside (or instead of) its amount, and where it is printed.
    struct CellNote {
        var text: String
        var box: Rect
    }

    /// Non-amount words in each price column over all lines of the row, in reading order.
    private func annotations(_ lines: [Int], skipping used: Set<WordAt>, borrowed: [WordAt]) -> [Int: CellNote] {
        var words: [Int: [Word]] = [:]
        for line in lines {
            for (w, word) in page.lines[line].words.enumerated() where !used.contains(WordAt(line: line, word: w)) {
                guard let column = body[line].cells.words[w] else { continue }
                words[column, default: []].append(word)
            }
        }
        for at in borrowed {
            guard let column = body[at.line].cells.words[at.word] else { continue }
            words[column, default: []].append(page.lines[at.line].words[at.word])
        }
        return words.mapValues { CellNote(text: $0.map(\.text).joined(separator: " "), box: $0.map(\.box).union()!) }
    }

    /// Remark lines joined into remarks; a line ending a sentence before a capital starts a new one.
    private func paragraphs(_ lines: [String]) -> [String] {
        var groups: [[String]] = []
        for line in lines {
            if let previous = groups.last?.last, !(previous.hasSuffix(".") && line.first?.isUppercase == true) {
                groups[groups.count - 1].append(line)
            } else {
                groups.append([line])
            }
        }
        return groups.map { joiner.join($0) }
    }
}
