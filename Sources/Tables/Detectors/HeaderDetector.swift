import Geometry
import Layout

/// A table's column header: its lines and the cells its labels form.
struct HeaderBlock {
    var lines: [Int]
    /// Label cells left to right; each holds the words of one column's label.
    var cells: [HeaderCell]
}

/// One column's header label, possibly wrapped over several lines.
struct HeaderCell {
    var box: Rect
    /// Word lines of the label, top to bottom.
    var lines: [[Word]]

    var text: String { TextJoiner.join(lines.map { $0.map(\.text).joined(separator: " ") }) }
    var markers: [String] { lines.flatMap { $0.flatMap { $0.markers.map(\.label) } } }
}

/// Finds header rows by their labels: an amount-free line with two or more short cells, grown
/// up and down over the label lines that wrap with it, kept when one of the joined labels
/// reads as a price header.
struct HeaderDetector {
    var settings: TableSettings
    var vocabulary: HeaderVocabulary
    /// Cells of a header line hold only a few words; a longer run is prose.
    let maxWordsPerLabelLine = 8

    func headers(in page: PageLines) -> [HeaderBlock] {
        var blocks: [HeaderBlock] = []
        var used = Set<Int>()
        for i in page.lines.indices where !used.contains(i) && isSeed(i, page) {
            let lines = grow(from: i, page)
            let block = HeaderBlock(lines: lines, cells: cells(of: lines, page))
            // Judged on the joined labels: "Start-" over "tarief" reads as a header only whole.
            guard block.cells.dropFirst().contains(where: { vocabulary.looksLikeHeader($0.text) }) else { continue }
            used.formUnion(lines)
            blocks.append(block)
        }
        return blocks
    }

    /// An amount-free line of two or more short cells, not a footnote: a header's shape.
    private func isSeed(_ i: Int, _ page: PageLines) -> Bool {
        guard isAvailable(i, page), !page.hasMoney(i), !startsFootnote(i, page) else { return false }
        let segments = labelSegments(page.lines[i])
        return segments.count >= 2 && segments.allSatisfy { $0.count <= maxWordsPerLabelLine }
    }

    /// Free, or taken for running text: a continued table's header repeats at the same place on
    /// every page it spans, exactly like a running header, and a header it is.
    private func isAvailable(_ i: Int, _ page: PageLines) -> Bool {
        page.isFree(i) || page.roles[i] == .runningText
    }

    private func startsFootnote(_ i: Int, _ page: PageLines) -> Bool {
        FootnoteDetector(settings: settings).marker(starting: page.lines[i]) != nil
    }

    private func labelSegments(_ line: Line) -> [[Word]] {
        line.segments(gapRatio: settings.headerSegmentGapRatio)
    }

    /// The seed plus the wrapped label lines touching it above and below.
    private func grow(from seed: Int, _ page: PageLines) -> [Int] {
        var lines = [seed]
        var up = seed - 1
        while up >= 0, belongs(up, below: lines.first!, to: lines, page) {
            lines.insert(up, at: 0)
            up -= 1
        }
        var down = seed + 1
        while down < page.lines.count, belongs(down, after: lines.last!, to: lines, page) {
            lines.append(down)
            down += 1
        }
        return lines
    }

    private func belongs(_ i: Int, below next: Int, to block: [Int], _ page: PageLines) -> Bool {
        page.gap(i, next) <= settings.headerLineGapRatio * page.lines[next].fontSize && isLabelLine(i, block, page)
    }

    private func belongs(_ i: Int, after previous: Int, to block: [Int], _ page: PageLines) -> Bool {
        page.gap(previous, i) <= settings.headerLineGapRatio * page.lines[previous].fontSize
            && isLabelLine(i, block, page)
    }

    /// Amount-free, free, of the header's size, with short cells, and not a line standing alone
    /// at the table's left edge (that is a group row or the first product name).
    private func isLabelLine(_ i: Int, _ block: [Int], _ page: PageLines) -> Bool {
        let line = page.lines[i]
        guard isAvailable(i, page), !page.hasMoney(i), !startsFootnote(i, page) else { return false }
        // Compared by the largest word: a caption line is mostly its plain note, but its title is larger.
        let size = block.map { Self.largestWord(page.lines[$0]) }.max()!
        let largest = Self.largestWord(line)
        guard largest <= size * settings.headerSizeSpread, largest * settings.headerSizeSpread >= size else { return false }
        let segments = labelSegments(line)
        guard segments.allSatisfy({ $0.count <= maxWordsPerLabelLine }) else { return false }
        let left = block.map { page.lines[$0].box.minX }.min()!
        let aloneAtLeft = segments.count == 1 && line.box.minX <= left + line.fontSize
        return !aloneAtLeft
    }

    static func largestWord(_ line: Line) -> Double { line.words.map(\.fontSize).max() ?? 0 }

    /// Label segments of all header lines, merged into cells where they overlap horizontally.
    private func cells(of lines: [Int], _ page: PageLines) -> [HeaderCell] {
        let segments = lines.flatMap { i in labelSegments(page.lines[i]).map { (words: $0, box: $0.map(\.box).union()!) } }
            .sorted { $0.box.minX < $1.box.minX }
        var cells: [HeaderCell] = []
        for segment in segments {
            if let last = cells.indices.last, cells[last].box.horizontalOverlap(segment.box) > 0 {
                cells[last].box = cells[last].box.union(segment.box)
                cells[last].lines.append(segment.words)
            } else {
                cells.append(HeaderCell(box: segment.box, lines: [segment.words]))
            }
        }
        for c in cells.indices {
            cells[c].lines.sort { ($0[0].box.minY, $0[0].box.minX) < ($1[0].box.minY, $1[0].box.minX) }
        }
        return cells
    }
}
