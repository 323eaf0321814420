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
    let settings: ParserSettings
    let zones: ColumnZones
    let page: PageLines

    /// What a whole table shows of its line pitch (see `tablePitch`).
    struct TablePitch {
        /// The tightest pitch between neighbouring name lines, and the size of those lines.
        var pitch: Double
        var size: Double
        /// A line with a raised marker stands at that tightest pitch under the line before it:
        /// this producer's markers leave the line's height alone, so a pitch widened down to
        /// a marked line is a row break like any other.
        var markersKeepPitch: Bool
    }

    /// The tightest pitch between consecutive name lines over all of a table's blocks, with the
    /// size of those lines: one producer sets one table with one leading, so a row wrapped in
    /// one block shows the pitch within rows for every block (a block of rows parted by gaps
    /// just under `rowGapRatio` has none of its own).
    func tablePitch(_ pairs: [NamePairs]) -> TablePitch? {
        guard let tightest = pairs.compactMap({ block in block.pairs.map { $1.box.maxY - $0.box.maxY }.min().map { ($0, block.size) } })
            .min(by: { $0.0 < $1.0 }) else { return nil }
        let markersKeepPitch = pairs.contains { block in
            sameSize(block.size, tightest.1) && block.pairs.contains { a, b in
                b.marked && !isWidened(b.box.maxY - a.box.maxY, over: tightest.0, size: a.size)
            }
        }
        return TablePitch(pitch: tightest.0, size: tightest.1, markersKeepPitch: markersKeepPitch)
    }

    /// `block` cut where the pitch between consecutive name lines exceeds the tightest (the
    /// block's, or the table's at the same size) by more than `rowPitchExcessRatio` × their
    /// size. A line between the two goes to the side its middle is nearer to.
    func split(_ block: [Int], _ pairs: NamePairs, table: TablePitch? = nil) -> [[Int]] {
        guard let (named, tightest) = pitches(pairs, table: table) else { return [block] }
        // A raised marker makes its line taller in some producers (a browser's <sup> grows the
        // line box), which widens the pitch down to that line: no evidence of a row break
        // there, unless the table shows its markers keep the pitch. It never narrows it, so
        // that pitch still bounds the tightest from above.
        let evidence = table?.markersKeepPitch == true ? named : named.filter { !$1.marked }
        let cuts = evidence.filter { a, b in isWidened(b.box.maxY - a.box.maxY, over: tightest, size: a.size) }
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

    /// Whether a widened pitch down to a line with a marker stands in `block`: a row break, or
    /// the marker's own height, which the text cannot tell apart; what the page draws there
    /// (a rule, a band) can.
    func hidesBreak(_ pairs: NamePairs, table: TablePitch?) -> Bool {
        guard table?.markersKeepPitch != true, let (named, tightest) = pitches(pairs, table: table) else { return false }
        return named.contains { a, b in b.marked && isWidened(b.box.maxY - a.box.maxY, over: tightest, size: a.size) }
    }

    /// The block's name-line pairs and the tightest pitch to measure them against: the block's
    /// own, or the table's when its lines are of the same size. Nil without any.
    private func pitches(_ pairs: NamePairs, table: TablePitch?) -> (pairs: [(NameText, NameText)], tightest: Double)? {
        let (named, nameSize) = pairs
        let tableTightest = table.flatMap { sameSize($0.size, nameSize) ? $0.pitch : nil }
        guard let tightest = (named.map({ $1.box.maxY - $0.box.maxY }) + [tableTightest].compactMap { $0 }).min() else { return nil }
        return (named, tightest)
    }

    private func sameSize(_ a: Double, _ b: Double) -> Bool {
        settings.sameSize(a, b)
    }

    private func isWidened(_ pitch: Double, over tightest: Double, size: Double) -> Bool {
        pitch > tightest + settings.rowPitchExcessRatio * size
    }

    typealias NameText = (line: Int, box: Rect, size: Double, italic: Bool, marked: Bool)

    /// Neighbouring name lines of a block at its name size, and that size.
    typealias NamePairs = (pairs: [(NameText, NameText)], size: Double)

    /// The block's `NamePairs`. Every line with name text counts, remarks included, so that a
    /// pair never spans a remark; only plain lines at the name size pair up (remarks are
    /// smaller or italic and spaced as prose).
    func namePairs(_ block: [Int]) -> NamePairs {
        let names: [NameText] = block.compactMap { line in
            nameText(line).map { (line: line, box: $0.box, size: $0.size, italic: $0.italic, marked: $0.marked) }
        }
        guard let nameSize = names.map(\.size).max() else { return ([], 0) }
        func isName(_ size: Double, _ italic: Bool) -> Bool { !italic && nameSize - size <= settings.sameSizeTolerance * nameSize }
        return (zip(names, names.dropFirst()).filter { a, b in isName(a.size, a.italic) && isName(b.size, b.italic) }, nameSize)
    }

    /// The box, size and slant of a line's name-column words, and whether they carry a
    /// footnote marker; nil when the line has no name text.
    private func nameText(_ line: Int) -> (box: Rect, size: Double, italic: Bool, marked: Bool)? {
        let words = page.lines[line].words.filter { zones.isName($0.box) && !$0.isLeadingMarker }
        guard !words.isEmpty else { return nil }
        let name = Line(words: words)
        return (name.box, name.fontSize, name.isItalic, words.contains { !$0.markers.isEmpty })
    }
}
