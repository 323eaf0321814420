import Geometry
import Layout

/// A page's lines while the parser works on it: each line's money tokens (read once) and the
/// role it has been given so far (nil: not yet used).
struct PageLines {
    let page: PageLayout
    let lines: [Line]
    let tokens: [[MoneyToken]]
    var roles: [LineRole?]

    init(page: PageLayout, tokenizer: MoneyTokenizer) {
        self.page = page
        lines = page.lines
        tokens = page.lines.map(tokenizer.tokens(in:))
        roles = Array(repeating: nil, count: page.lines.count)
    }

    var number: Int { page.number }
    func isFree(_ i: Int) -> Bool { roles[i] == nil }
    func hasMoney(_ i: Int) -> Bool { !tokens[i].isEmpty }

    /// Box-to-box vertical gap from line `a` down to line `b` (negative when they overlap).
    func gap(_ a: Int, _ b: Int) -> Double { lines[b].box.minY - lines[a].box.maxY }
}
