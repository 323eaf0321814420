internal import Algorithms
import Geometry

/// Finds the nearest glyph to the left or right of another, among those overlapping it
/// vertically: the page's glyphs ordered by left edge and by right edge, searched by bisection.
struct NeighbourIndex {
    private let boxes: [Rect]
    private let sizes: [Double]
    private let settings: ParserSettings
    /// Glyph indices by left edge: the glyphs themselves are in that order (`GlyphCleaner`).
    private let byMinX: [Int]
    /// Glyph indices by right edge, ties in left-edge order.
    private let byMaxX: [Int]

    /// `glyphs`: sorted by left edge, as `GlyphCleaner` leaves them.
    init(_ glyphs: [Glyph], settings: ParserSettings) {
        boxes = glyphs.map(\.box)
        sizes = glyphs.map(\.fontSize)
        self.settings = settings
        byMinX = Array(glyphs.indices)
        byMaxX = SortKey.order(glyphs.indices) { glyphs[$0].box.maxX }
    }

    /// The glyph whose right edge is nearest before `i`'s left edge (at most `window` away);
    /// of several ending at the same place, the last in left-edge order.
    func leftNeighbour(of i: Int, within window: Double) -> Int? {
        let box = boxes[i]
        let ends = (box.minX - window)...(box.minX + slack(i))
        let first = byMaxX.partitioningIndex { boxes[$0].maxX >= ends.lowerBound }
        let candidates = byMaxX[first...].prefix { boxes[$0].maxX <= ends.upperBound }
        return candidates.lazy.filter { $0 != i && boxes[$0].minX < box.minX && sharesHeight(i, $0) }
            .max { (boxes[$0].maxX, $0) < (boxes[$1].maxX, $1) }
    }

    /// The glyph whose left edge is nearest after `i`'s right edge (at most `window` away).
    func rightNeighbour(of i: Int, within window: Double) -> Int? {
        let box = boxes[i]
        let first = byMinX.partitioningIndex { boxes[$0].minX >= box.maxX - slack(i) }
        return byMinX[first...].prefix { boxes[$0].minX <= box.maxX + window }
            .first { $0 != i && boxes[$0].minX > box.minX && sharesHeight(i, $0) }
    }

    /// How far a neighbour may overlap the glyph (side bearings, kerning).
    private func slack(_ i: Int) -> Double { settings.neighbourOverlapRatio * sizes[i] }

    /// Neighbours on one line: they overlap vertically by a good share of the smaller box.
    private func sharesHeight(_ i: Int, _ j: Int) -> Bool {
        let a = boxes[i], b = boxes[j]
        return a.verticalOverlap(b) >= settings.markerHostOverlapShare * min(a.height, b.height)
    }
}
