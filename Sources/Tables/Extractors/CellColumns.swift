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
    let words: [Int?]
    /// Column per amount token of the line; nil for an amount in the name column.
    let tokens: [Int?]

    init(line: Line, tokens: [MoneyToken], zones: ColumnZones, gapRatio: Double) {
        var words = line.words.map { zones.column(of: $0.box) }
        var columns = tokens.map { zones.column(of: $0.box) }
        for run in Self.runs(line.words, gapRatio: gapRatio) {
            let inRun = tokens.indices.filter { run.contains(tokens[$0].wordRange.lowerBound) }
            // One amount and nothing of the name: the run is that amount's cell.
            guard inRun.count == 1, run.allSatisfy({ words[$0] != nil }) else { continue }
            let column = zones.column(of: run.map { line.words[$0].box }.union()!)
            for w in run { words[w] = column }
            columns[inRun[0]] = column
        }
        self.words = words
        self.tokens = columns
    }

    /// Runs of words with gaps under `gapRatio` × their size between them.
    private static func runs(_ words: [Word], gapRatio: Double) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for w in words.indices.dropFirst() {
            let gap = words[w].box.minX - words[w - 1].box.maxX
            if gap > gapRatio * max(words[w].fontSize, words[w - 1].fontSize) {
                runs.append(start..<w)
                start = w
            }
        }
        if !words.isEmpty { runs.append(start..<words.count) }
        return runs
    }
}
