import Geometry
import Layout

/// A page's lines while the parser works on it: each line's money tokens (read once) and the
/// verdict it has been given so far (nil: not yet used).
struct PageLines {
    let page: PageLayout
    let lines: [Line]
    let tokens: [[MoneyToken]]
    private(set) var verdicts: [LineVerdict?]
    /// The first line of every table of the page (a header's, or a transposed table's): a
    /// table's body ends at the next.
    var tableStarts: [Int] = []

    init(page: PageLayout, tokenizer: MoneyTokenizer) {
        self.page = page
        lines = page.lines
        tokens = page.lines.map(tokenizer.tokens(in:))
        verdicts = Array(repeating: nil, count: page.lines.count)
    }

    var number: Int { page.number }
    func role(_ i: Int) -> LineRole? { verdicts[i]?.role }
    func isFree(_ i: Int) -> Bool { verdicts[i] == nil }
    /// Whether line `i` prints an amount (a cell word such as "Gratis" is none: a header or a
    /// sentence may hold it).
    func hasMoney(_ i: Int) -> Bool { tokens[i].contains { $0.kind == .amount } }

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

    /// Box-to-box vertical gap from line `a` down to line `b` (negative when they overlap).
    func gap(_ a: Int, _ b: Int) -> Double { lines[b].box.minY - lines[a].box.maxY }
}
