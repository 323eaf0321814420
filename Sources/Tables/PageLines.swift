import Geometry
import Layout

/// A page's lines while the parser works on it: each line's money tokens (read once, and for a
/// table's body again once its header shows where the price columns begin) and the verdict it
/// has been given so far (nil: not yet used).
struct PageLines {
    let page: PageLayout
    let lines: [Line]
    private(set) var tokens: [[MoneyToken]]
    private(set) var verdicts: [LineVerdict?]
    /// The first line of every table of the page (a header's, or a transposed table's): a
    /// table's body ends at the next.
    var tableStarts: [Int] = []

    private let tokenizer: MoneyTokenizer

    init(page: PageLayout, tokenizer: MoneyTokenizer) {
        self.page = page
        self.tokenizer = tokenizer
        lines = page.lines
        tokens = page.lines.map { tokenizer.tokens(in: $0) }
        verdicts = Array(repeating: nil, count: page.lines.count)
    }

    var number: Int { page.number }
    func role(_ i: Int) -> LineRole? { verdicts[i]?.role }
    func isFree(_ i: Int) -> Bool { verdicts[i] == nil }
    /// Whether line `i` prints an amount (a cell word such as "Gratis" is none: a header or a
    /// sentence may hold it).
    func hasMoney(_ i: Int) -> Bool { tokens[i].contains { $0.kind == .amount } }

    /// Whether line `i` prints a price: an amount, or a cell word that is one ("Gratis", "op aanvraag").
    func hasPrice(_ i: Int) -> Bool { tokens[i].contains(where: \.isPrice) }

    /// Gives line `i` its role, and says which rule gave it.
    mutating func mark(_ i: Int, _ role: LineRole, by rule: ParserRule, detail: String? = nil) {
        record(LineVerdict(line: i, role: role, rule: rule, detail: detail))
    }

    /// Records a verdict on its line, with the line's text and box.
    mutating func record(_ verdict: LineVerdict) {
        var verdict = verdict
        verdict.text = lines[verdict.line].text
        verdict.box = lines[verdict.line].box
        verdict.footnoteMarkers = lines[verdict.line].words.flatMap(\.markers)
        verdict.markers = verdict.footnoteMarkers.map(\.label)
        verdicts[verdict.line] = verdict
    }

    /// Reads line `i`'s tokens again now that a table's header says where its price columns
    /// begin (`MoneyTokenizer.tokens(in:columnEdges:)`).
    mutating func readCells(_ i: Int, columnEdges: [Double]) {
        let words = lines[i].words
        let unread = words.indices.dropFirst().contains { w in
            columnEdges.contains { words[w].box.minX >= $0 && words[w - 1].box.maxX < $0 }
                && tokenizer.mayStartCellWord(words[w].text) && !tokens[i].contains { $0.wordRange.contains(w) }
        }
        if unread { tokens[i] = tokenizer.tokens(in: lines[i], columnEdges: columnEdges) }
    }

    /// Box-to-box vertical gap from line `a` down to line `b` (negative when they overlap).
    func gap(_ a: Int, _ b: Int) -> Double { lines[b].box.minY - lines[a].box.maxY }
}

// MARK: - Cells wrapped over lines

extension PageLines {
    /// Whether `line` ends a price cell wrapped from the lines `above`: a word of it closes a
    /// "(" that a cell of theirs (an amount and the words printed right after it, "€ 72,50
    /// (per") left open, and stands under that cell. Such a line is that row's, never prose
    /// nor the next table's header.
    func endsWrappedCell(_ line: Line, under above: [Int], gapRatio: Double) -> Bool {
        // Most lines close no "(": the cells above are read only for a line that does.
        let closing = line.words.filter { TableReader.closesAnnotation($0.text) }
        guard !closing.isEmpty else { return false }
        let openCells = above.flatMap { openAmountCells(lines[$0], tokens: tokens[$0], gapRatio: gapRatio) }
        return closing.contains { word in openCells.contains { $0.horizontalOverlap(word.box) > 0 } }
    }

    /// The boxes of the amount cells of a line that open "(" without closing it: each from its
    /// amount to the end of its run of words (`CellColumns.cells`), without the name before it.
    private func openAmountCells(_ line: Line, tokens: [MoneyToken], gapRatio: Double) -> [Rect] {
        let runs = CellColumns.cells(line.words, tokens: tokens, gapRatio: gapRatio)
        return tokens.compactMap { token in
            let start = token.wordRange.lowerBound
            guard let run = runs.first(where: { $0.contains(start) }) else { return nil }
            let cell = start..<run.upperBound
            let parentheses = TableBody.parentheses(line.words[cell].joinedText)
            guard parentheses.open > parentheses.close else { return nil }
            return line.box(of: cell)
        }
    }
}
