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

    /// A line's name text: its box, size and slant, and whether it carries a footnote marker.
    struct NameText {
        var line: Int
        var box: Rect
        var size: Double
        var italic: Bool
        var marked: Bool
    }

    /// Two neighbouring name lines of a block, and the pitch from the upper to the lower.
    struct NamePair {
        var upper: NameText
        var lower: NameText
        var pitch: Double { lower.box.maxY - upper.box.maxY }
    }

    /// A block's neighbouring name lines at its name size, and that size.
    struct BlockPitches {
        var pairs: [NamePair]
        var size: Double
    }

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
    func tablePitch(_ blocks: [BlockPitches]) -> TablePitch? {
        let tightestOfEach = blocks.compactMap { block in block.pairs.map(\.pitch).min().map { (pitch: $0, size: block.size) } }
        guard let tightest = tightestOfEach.min(by: { $0.pitch < $1.pitch }) else { return nil }
        let markersKeepPitch = blocks.contains { block in
            settings.sameSize(block.size, tightest.size) && block.pairs.contains { pair in
                pair.lower.marked && !isWidened(pair, over: tightest.pitch)
            }
        }
        return TablePitch(pitch: tightest.pitch, size: tightest.size, markersKeepPitch: markersKeepPitch)
    }

    /// `block` cut where the pitch between consecutive name lines exceeds the tightest (the
    /// block's, or the table's at the same size) by more than `rowPitchExcessRatio` × their
    /// size. A line between the two goes to the side its middle is nearer to.
    func split(_ block: [Int], _ pitches: BlockPitches, table: TablePitch? = nil) -> [[Int]] {
        guard let tightest = tightest(pitches, table: table) else { return [block] }
        // A raised marker makes its line taller in some producers (a browser's <sup> grows the
        // line box), which widens the pitch down to that line: no evidence of a row break
        // there, unless the table shows its markers keep the pitch. It never narrows it, so
        // that pitch still bounds the tightest from above.
        let evidence = table?.markersKeepPitch == true ? pitches.pairs : pitches.pairs.filter { !$0.lower.marked }
        let cuts = evidence.filter { isWidened($0, over: tightest) }.map { ($0.upper.box.midY + $0.lower.box.midY) / 2 }
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

    /// Whether a widened pitch down to a line with a marker stands in the block: a row break,
    /// or the marker's own height, which the text cannot tell apart; what the page draws there
    /// (a rule, a band) can.
    func hidesBreak(_ pitches: BlockPitches, table: TablePitch?) -> Bool {
        guard table?.markersKeepPitch != true, let tightest = tightest(pitches, table: table) else { return false }
        return pitches.pairs.contains { $0.lower.marked && isWidened($0, over: tightest) }
    }

    /// The tightest pitch to measure a block's pairs against: the block's own, or the table's
    /// when its lines are of the same size. Nil without any.
    private func tightest(_ pitches: BlockPitches, table: TablePitch?) -> Double? {
        let tableTightest = table.flatMap { settings.sameSize($0.size, pitches.size) ? $0.pitch : nil }
        return (pitches.pairs.map(\.pitch) + [tableTightest].compactMap { $0 }).min()
    }

    private func isWidened(_ pair: NamePair, over tightest: Double) -> Bool {
        pair.pitch > tightest + settings.rowPitchExcessRatio * pair.upper.size
    }

    /// The block's neighbouring name lines. Every line with name text counts, remarks included,
    /// so that a pair never spans a remark; only plain lines at the name size pair up (remarks
    /// are smaller or italic and spaced as prose).
    func pitches(_ block: [Int]) -> BlockPitches {
        let names = block.compactMap(nameText)
        guard let nameSize = names.map(\.size).max() else { return BlockPitches(pairs: [], size: 0) }
        func isName(_ text: NameText) -> Bool { !text.italic && nameSize - text.size <= settings.sameSizeTolerance * nameSize }
        let pairs = zip(names, names.dropFirst()).filter { isName($0) && isName($1) }.map { NamePair(upper: $0, lower: $1) }
        return BlockPitches(pairs: pairs, size: nameSize)
    }

    /// A line's name-column words as name text; nil when the line has none.
    private func nameText(_ line: Int) -> NameText? {
        let words = page.lines[line].words.filter { zones.isName($0.box) && !$0.isLeadingMarker }
        guard !words.isEmpty else { return nil }
        let name = Line(words: words)
        return NameText(line: line, box: name.box, size: name.fontSize, italic: name.isItalic,
                        marked: words.contains { !$0.markers.isEmpty })
    }
}
