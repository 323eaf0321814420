import Layout
import Geometry

/// Rows parted by what the page draws between them: a rule, or the edge of a band behind a row.
///
/// Set tight, rows leave no gap and the placement of their amounts is all a reader has to go
/// by (`RowReading`); a table that draws rules between its rows says where each row ends.
/// Two neighbouring lines of a block are parted when an edge of a rule lies between their
/// middles and the rule crosses the name column (where it matters: names are what wraps).
struct RuledRows {
    let rules: [HorizontalRule]
    let page: PageLines
    /// The name column's left and right: a rule must run under all of it.
    let nameColumn: ClosedRange<Double>
    let settings: ParserSettings

    /// `block` cut at every rule between two of its lines.
    func split(_ block: [Int]) -> [[Int]] {
        let slack = settings.ruleEdgeSlack
        let crossing = rules.filter { $0.minX <= nameColumn.lowerBound + slack && $0.maxX >= nameColumn.upperBound - slack }
        guard !crossing.isEmpty, block.count > 1 else { return [block] }
        var pieces: [[Int]] = [[block[0]]]
        for (above, below) in zip(block, block.dropFirst()) {
            let top = page.lines[above].box.midY, bottom = page.lines[below].box.midY
            if crossing.contains(where: { $0.edges.contains { $0 > top && $0 < bottom } }) {
                pieces.append([below])
            } else {
                pieces[pieces.count - 1].append(below)
            }
        }
        return pieces
    }
}
