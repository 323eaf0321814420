import Geometry
import Layout

/// The price column of every word and amount of a line, placed as whole cells.
///
/// An amount and the words printed right after it on its line ("€ 86,00 (per gebruiker)") are
/// one cell; placed by their joint box they land in the column the cell was set in, even when
/// a long cell reaches past the midpoint to the next label or, right-aligned, starts under
/// the previous one. Words on their own (a wrapped "gebruiker)") are placed by their own box.
struct CellColumns {
    /// Column per word of the line; nil for name-column words.
    private(set) var words: [Int?]
    /// Column per amount token of the line; nil for an amount in the name column.
    let tokens: [Int?]
    /// The box of the run of words (the cell) each word stands in.
    let cellBoxes: [Rect]

    init(line: Line, tokens: [MoneyToken], zones: ColumnZones, gapRatio: Double) {
        var words = line.words.map { zones.column(of: $0.box) }
        var columns = tokens.map { zones.column(of: $0.box) }
        var cellBoxes = line.words.map(\.box)
        let runs = Self.cells(line.words, tokens: tokens, gapRatio: gapRatio).flatMap { run in
            Self.splitAtColumnEdge(run, line.words, tokens: tokens, zones: zones)
        }.flatMap { run in
            Self.splitAfterAnnotation(run, line.words, tokens: tokens, zones: zones)
        }
        for run in runs {
            let box = run.map { line.words[$0].box }.union()!
            for w in run { cellBoxes[w] = box }
            let inRun = tokens.indices.filter { run.contains(tokens[$0].wordRange.lowerBound) }
            // One amount and nothing of the name: the run is that amount's cell.
            guard inRun.count == 1, run.allSatisfy({ words[$0] != nil }) else { continue }
            let column = zones.column(of: box)
            for w in run { words[w] = column }
            columns[inRun[0]] = column
        }
        self.words = words
        self.tokens = columns
        self.cellBoxes = cellBoxes
    }

    /// Words of `line` (this line) that close a "(" left open by a cell of `above` (the line
    /// right over it) and stand under that cell join its column: a wrapped "gebruiker)" goes
    /// with "€ 43,00 (per" however far it reaches.
    mutating func continueCells(of above: CellColumns, aboveLine: Line, line: Line) {
        for w in line.words.indices where words[w] != nil {
            let text = line.words[w].text
            guard TableReader.closesAnnotation(text) else { continue }
            let box = line.words[w].box
            let opener = aboveLine.words.indices.first { a in
                let word = aboveLine.words[a].text
                return above.words[a] != nil && TableReader.opensAnnotation(word)
                    && above.cellBoxes[a].horizontalOverlap(box) > 0
            }
            if let opener { words[w] = above.words[opener] }
        }
    }

    /// The line cut into cells: runs of words with gaps under `gapRatio` × their size between
    /// them, cut again before each amount that follows another in its run. Every amount starts
    /// a cell of its own: a long right-aligned "€ 67,68 (per gebruiker)" may start a word space
    /// after the amount of the column before.
    static func cells(_ words: [Word], tokens: [MoneyToken], gapRatio: Double) -> [Range<Int>] {
        // A line holds a few amounts: a list is searched faster than a set is built.
        let amountStarts = tokens.map(\.wordRange.lowerBound)
        var runs: [Range<Int>] = []
        var start = 0
        var holdsAmount = amountStarts.contains(0)
        for w in words.indices.dropFirst() {
            let startsAmount = amountStarts.contains(w)
            if gapEndsCell(words[w - 1], words[w], gapRatio: gapRatio) || startsAmount && holdsAmount {
                runs.append(start..<w)
                start = w
                holdsAmount = false
            }
            holdsAmount = holdsAmount || startsAmount
        }
        if !words.isEmpty { runs.append(start..<words.count) }
        return runs
    }

    /// A run whose words before its amount all stand, by their own boxes, in one column other
    /// than the amount's cell (the amount and the words after it) is two cells: an attribute
    /// cell ("4 Gbit/s", right-aligned) a narrow gap before a long left-set "€ 55,27 (per
    /// gebruiker)" of the next column, or a long name's last line run up to a word space before
    /// its row's first cell ("België Portugal Standaard € 63,00 (per gebruiker)").
    static func splitAtColumnEdge(_ run: Range<Int>, _ words: [Word], tokens: [MoneyToken], zones: ColumnZones) -> [Range<Int>] {
        guard let token = tokens.first(where: { run.contains($0.wordRange.lowerBound) }), token.wordRange.lowerBound > run.lowerBound
        else { return [run] }
        let before = run.lowerBound..<token.wordRange.lowerBound, cell = token.wordRange.lowerBound..<run.upperBound
        return standApart(before, from: cell, words, zones: zones) ? [before, cell] : [run]
    }

    /// A run whose amount's annotation closes ("€ 3,09 (per gebruiker)") before more words that
    /// all stand, by their own boxes, in one column other than the amount's cell is two cells:
    /// the ")" ends the price cell, and the next column's cell ("1 GB", centred under its
    /// label) starts a narrow gap after a long annotation.
    static func splitAfterAnnotation(_ run: Range<Int>, _ words: [Word], tokens: [MoneyToken], zones: ColumnZones) -> [Range<Int>] {
        guard let token = tokens.first(where: { run.contains($0.wordRange.lowerBound) }),
              let close = annotationClose(after: token.wordRange.upperBound, in: run, words), close + 1 < run.upperBound
        else { return [run] }
        let cell = run.lowerBound..<(close + 1), rest = (close + 1)..<run.upperBound
        let amountCell = token.wordRange.lowerBound..<(close + 1)
        return standApart(rest, from: amountCell, words, zones: zones) ? [cell, rest] : [run]
    }

    /// Whether the words `part` all stand, by their own boxes, in one column (the name column
    /// counts as one) other than the price column the words `cell` stand in as a whole.
    private static func standApart(_ part: Range<Int>, from cell: Range<Int>, _ words: [Word], zones: ColumnZones) -> Bool {
        guard let cellColumn = zones.column(of: cell.map { words[$0].box }.union()!) else { return false }
        // nil: the name column.
        let columns = Set(part.map { zones.column(of: words[$0].box) })
        return columns.count == 1 && columns.first! != cellColumn
    }

    /// The word of `run`, from `start` on, whose ")" closes the annotation opened right after
    /// an amount ("(per" … "gebruiker)"); nil when none opens at `start` or it stays open.
    private static func annotationClose(after start: Int, in run: Range<Int>, _ words: [Word]) -> Int? {
        guard start < run.upperBound, words[start].text.hasPrefix("(") else { return nil }
        var depth = 0
        for w in start..<run.upperBound {
            for scalar in words[w].text.unicodeScalars {
                if scalar == "(" { depth += 1 } else if scalar == ")" { depth -= 1 }
            }
            if depth <= 0 { return w }
        }
        return nil
    }

    /// Word `b`, right after `a`, stands further than `gapRatio` × their size from it: a column
    /// gap, so not in `a`'s cell.
    static func gapEndsCell(_ a: Word, _ b: Word, gapRatio: Double) -> Bool {
        b.box.minX - a.box.maxX > gapRatio * max(a.fontSize, b.fontSize)
    }
}
