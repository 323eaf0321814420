import Geometry

/// A run of marker glyphs and the glyph it belongs to.
struct MarkerRun {
    /// Glyph indices of the marker's characters, left to right.
    var glyphs: [Int]
    /// The glyph the marker follows ("Centrale" + "²"), nil for a leading marker.
    var host: Int?
    /// For a leading marker (a footnote's number), the first glyph of the text it leads.
    var leads: Int?
}

/// Finds footnote markers among glyphs before lines are built, so a raised digit can neither
/// form a line of its own, join the row above, nor glue onto an amount ("250" + raised "9").
///
/// A marker is a Unicode superscript digit, or a digit that is smaller than the glyph it
/// follows (or raised above it) and sits right after it. Anchoring is horizontal: the host is
/// the nearest glyph ending just left of the marker whose box overlaps it vertically, which
/// holds even when a tight row puts the raised digit closer to the row above.
struct MarkerDetector {
    var settings: LayoutSettings

    func detect(_ clean: CleanGlyphs) -> [MarkerRun] {
        let glyphs = clean.glyphs
        var runOf = [Int?](repeating: nil, count: glyphs.count)
        var runs: [MarkerRun] = []
        let candidates = glyphs.indices.filter { isMarkerCandidate(glyphs[$0]) }
        guard !candidates.isEmpty else { return [] }
        let index = NeighbourIndex(clean, overlapShare: settings.markerHostOverlapShare)
        // GlyphCleaner hands glyphs over sorted by their left edge, so candidates are in order.
        for i in candidates where runOf[i] == nil {
            if let left = index.leftNeighbour(of: i, within: attachWindow(glyphs[i])) {
                if let run = runOf[left], continuesRun(glyphs[i], after: glyphs[left]) {
                    runs[run].glyphs.append(i)
                    runOf[i] = run
                } else if runOf[left] == nil, isMarker(glyphs[i], after: glyphs[left]) {
                    runOf[i] = runs.count
                    runs.append(MarkerRun(glyphs: [i], host: left))
                }
                continue
            }
            if let run = leadingRun(from: i, glyphs: glyphs, index: index) {
                for glyph in run.glyphs { runOf[glyph] = runs.count }
                runs.append(run)
            }
        }
        return runs
    }

    private func isMarkerCandidate(_ glyph: Glyph) -> Bool {
        isDigit(glyph) || FootnoteMarker.superscriptLabel(of: glyph) != nil
    }

    private func isDigit(_ glyph: Glyph) -> Bool {
        glyph.isASCII && ("0"..."9").contains(glyph.scalar)
    }

    private func attachWindow(_ glyph: Glyph) -> Double {
        settings.markerAttachGapRatio * glyph.fontSize / settings.markerSizeRatio
    }

    /// Smaller or raised against the glyph before it, and close enough to belong to it.
    private func isMarker(_ glyph: Glyph, after host: Glyph) -> Bool {
        guard glyph.box.minX - host.box.maxX <= settings.markerAttachGapRatio * host.fontSize else { return false }
        if FootnoteMarker.superscriptLabel(of: glyph) != nil { return true }
        return standsApart(glyph, from: host)
    }

    private func standsApart(_ glyph: Glyph, from neighbour: Glyph) -> Bool {
        glyph.fontSize <= settings.markerSizeRatio * neighbour.fontSize
            || glyph.box.maxY <= neighbour.box.maxY - settings.markerRiseRatio * neighbour.fontSize
    }

    /// The next digit of a multi-digit marker: same size, adjacent.
    private func continuesRun(_ glyph: Glyph, after previous: Glyph) -> Bool {
        abs(glyph.fontSize - previous.fontSize) <= 0.1 * previous.fontSize
            && glyph.box.minX - previous.box.maxX <= settings.wordGapRatio * previous.fontSize
    }

    /// A marker with nothing before it: adjacent same-size digits, then larger text.
    private func leadingRun(from first: Int, glyphs: [Glyph], index: NeighbourIndex) -> MarkerRun? {
        var run = [first]
        var last = first
        while let next = index.rightNeighbour(of: last, within: settings.leadingMarkerGapRatio * glyphs[last].fontSize) {
            if isMarkerCandidate(glyphs[next]), continuesRun(glyphs[next], after: glyphs[last]) {
                run.append(next)
                last = next
                continue
            }
            let marked = FootnoteMarker.superscriptLabel(of: glyphs[first]) != nil
                || standsApart(glyphs[first], from: glyphs[next])
            return marked ? MarkerRun(glyphs: run, host: nil, leads: next) : nil
        }
        return FootnoteMarker.superscriptLabel(of: glyphs[first]) != nil ? MarkerRun(glyphs: run, host: nil) : nil
    }
}

/// Finds the nearest glyph to the left or right of another, among those overlapping it
/// vertically: glyphs ordered by their edges, looked up by binary search.
///
/// A left neighbour ends near the glyph's left edge, so it starts at most the widest glyph's
/// width before that: on a page of ordinary glyphs that band of the left-edge order is short,
/// and no order by right edge is needed (sorting the page for it cost more than all the
/// lookups). A page with a very wide glyph would stretch the band over the page: it is
/// ordered by right edge instead. Either way the same glyph is found.
struct NeighbourIndex {
    private let boxes: [Rect]
    private let sizes: [Double]
    private let overlapShare: Double
    /// The widest glyph's width: how far before a glyph's left edge its left neighbour may start.
    private let widest: Double
    /// Glyph indices by right edge, only for pages with a glyph wider than `bandLimit`.
    private let byMaxX: [Int]?
    private let byMinX: [Int]

    /// Widest glyph (in points) for which the left-edge band is searched: far wider than any
    /// letter or digit at sheet sizes, narrow enough to keep the band a few glyphs per line.
    static let bandLimit = 40.0

    /// `bandLimit`: `NeighbourIndex.bandLimit`, or another for tests of both searches.
    init(_ clean: CleanGlyphs, overlapShare: Double, bandLimit: Double = NeighbourIndex.bandLimit) {
        // Plain arrays: sorting and probing never touch the glyphs' strings.
        let boxes = clean.glyphs.map(\.box)
        self.boxes = boxes
        sizes = clean.glyphs.map(\.fontSize)
        self.overlapShare = overlapShare
        // Glyphs arrive sorted by minX (GlyphCleaner), so that order is the index order; the
        // maxX order is sorted from the text stream's, where lines already run left to right.
        byMinX = Array(boxes.indices)
        widest = boxes.lazy.map(\.width).max() ?? 0
        byMaxX = widest <= bandLimit ? nil : CoordinateOrder.indices(clean.streamOrder, by: boxes.map(\.maxX))
    }

    /// The glyph whose right edge is nearest before `i`'s left edge (at most `window` away);
    /// of several ending at the same place, the last in left-edge order.
    func leftNeighbour(of i: Int, within window: Double) -> Int? {
        let box = boxes[i]
        let slack = 0.3 * sizes[i]
        let ends = (box.minX - window)...(box.minX + slack)
        var best: Int?
        func consider(_ j: Int) {
            guard j != i, ends.contains(boxes[j].maxX), boxes[j].minX < box.minX, sharesHeight(i, j) else { return }
            if best.map({ (boxes[j].maxX, j) > (boxes[$0].maxX, $0) }) ?? true { best = j }
        }
        if let byMaxX {
            var position = lowerBound(byMaxX, ends.lowerBound) { boxes[$0].maxX }
            while position < byMaxX.count, boxes[byMaxX[position]].maxX <= ends.upperBound {
                consider(byMaxX[position])
                position += 1
            }
        } else {
            var j = lowerBound(byMinX, ends.lowerBound - widest) { boxes[$0].minX }
            while j < boxes.count, boxes[j].minX < box.minX {
                consider(j)
                j += 1
            }
        }
        return best
    }

    /// The glyph whose left edge is nearest after `i`'s right edge (at most `window` away).
    func rightNeighbour(of i: Int, within window: Double) -> Int? {
        let box = boxes[i]
        let slack = 0.3 * sizes[i]
        var position = lowerBound(byMinX, box.maxX - slack) { boxes[$0].minX }
        while position < byMinX.count, boxes[byMinX[position]].minX <= box.maxX + window {
            let j = byMinX[position]
            position += 1
            if j != i, boxes[j].minX > box.minX, sharesHeight(i, j) { return j }
        }
        return nil
    }

    /// Neighbours on one line: they overlap vertically by a good share of the smaller box.
    private func sharesHeight(_ i: Int, _ j: Int) -> Bool {
        let a = boxes[i], b = boxes[j]
        return a.verticalOverlap(b) >= overlapShare * min(a.height, b.height)
    }

    private func lowerBound(_ order: [Int], _ value: Double, key: (Int) -> Double) -> Int {
        var low = 0, high = order.count
        while low < high {
            let mid = (low + high) / 2
            if key(order[mid]) < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
