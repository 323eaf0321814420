import Geometry
import Layout

/// Rows set tight still part where the line pitch widens.
///
/// The lines of one row follow each other at the font's line height; the next row starts that
/// plus its cell padding further down. A padding too thin to open a block gap (under
/// `rowGapRatio`) still shows as a pitch wider than the block's own tightest one, and a person
/// reads the row break there. The comparison is within the block, so it holds for any line
/// spacing a producer uses; only name lines of one size are compared (a remark or an amount
/// on its own baseline has another pitch).
struct RowSpacing {
    let settings: TableSettings
    let zones: ColumnZones
    let page: PageLines

    /// `block` cut where the pitch between consecutive name lines exceeds the block's tightest
    /// by more than `rowPitchExcessRatio` × their size. A line between the two goes to the
    /// side its middle is nearer to.
    func split(_ block: [Int]) -> [[Int]] {
        // Every line with name text, remarks included, so that a pair never spans a remark.
        let names = block.compactMap { line in
            nameText(line).map { (line: line, box: $0.box, size: $0.size, italic: $0.italic, marked: $0.marked) }
        }
        guard let nameSize = names.map(\.size).max() else { return [block] }
        // Plain name lines at the block's name size only: remarks are smaller or italic and
        // spaced as prose.
        func isName(_ size: Double, _ italic: Bool) -> Bool { !italic && nameSize - size <= Self.sameSizeShare * nameSize }
        let named = zip(names, names.dropFirst()).filter { a, b in isName(a.size, a.italic) && isName(b.size, b.italic) }
        // A raised marker makes its line taller in some producers (a browser's <sup> grows the
        // line box), which widens the pitch down to that line: no evidence of a row break
        // there. It never narrows it, so that pitch still bounds the tightest from above.
        let pairs = named.filter { !$1.marked }
        guard let tightest = named.map({ $1.box.maxY - $0.box.maxY }).min() else { return [block] }
        let cuts = pairs.filter { a, b in b.box.maxY - a.box.maxY > tightest + settings.rowPitchExcessRatio * a.size }
            .map { a, b in (a.box.midY + b.box.midY) / 2 }
        guard !cuts.isEmpty else { return [block] }
        var pieces: [[Int]] = Array(repeating: [], count: cuts.count + 1)
        for line in block {
            // A line without name text or amounts (a cell's wrapped "gebruiker)") ends the cell
            // above it: it stays with the line before, wherever the cut falls.
            let y = page.tokens[line].isEmpty && nameText(line) == nil && line - 1 >= 0 && block.contains(line - 1)
                ? page.lines[line - 1].box.midY : page.lines[line].box.midY
            pieces[cuts.filter { $0 < y }.count].append(line)
        }
        return pieces.filter { !$0.isEmpty }
    }

    /// Font sizes within this share of each other are one size (rounding of the producer).
    private static let sameSizeShare = 0.05

    /// The box, size and slant of a line's name-column words, and whether they carry a
    /// footnote marker; nil when the line has no name text.
    private func nameText(_ line: Int) -> (box: Rect, size: Double, italic: Bool, marked: Bool)? {
        let words = page.lines[line].words.filter { zones.isName($0.box) && !$0.isLeadingMarker }
        guard !words.isEmpty else { return nil }
        let name = Line(words: words)
        return (name.box, name.fontSize, name.isItalic, words.contains { !$0.markers.isEmpty })
    }
}
