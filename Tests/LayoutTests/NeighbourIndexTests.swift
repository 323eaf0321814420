import Geometry
@testable import Layout
import TestSupport
import Testing

/// The marker detector finds a glyph's left neighbour in the band of glyphs starting just
/// before it, or, on a page with a very wide glyph, by right edge: both must find the same.
@Suite struct NeighbourIndexTests {
    /// Random glyphs on a few baselines, many ending at the same place, some very wide.
    private func page(seed: UInt64, wide: Bool) -> CleanGlyphs {
        var random = SeededGenerator(seed: seed)
        let glyphs = (0..<600).map { _ -> Glyph in
            let x = Double(random.next(below: 400)) * 0.5, line = Double(random.next(below: 12)) * 11
            let width = wide && random.next(below: 50) == 0 ? 60 : Double(1 + random.next(below: 12)) * 0.5
            let size = [6.0, 9, 9, 10][random.next(below: 4)]
            let raise = random.next(below: 5) == 0 ? 3.0 : 0
            return Glyph(text: "1", box: Rect(minX: x, minY: line - size - raise, maxX: x + width, maxY: line - raise),
                         fontName: "F", fontSize: size)
        }
        let order = CoordinateOrder.indices(by: glyphs.map(\.box.minX))
        return CleanGlyphs(glyphs: order.map { glyphs[$0] }, streamOrder: Array(glyphs.indices).shuffled(using: &random))
    }

    @Test(arguments: [1, 2, 3] as [UInt64], [false, true])
    func bandAndRightEdgeOrderFindTheSameNeighbour(seed: UInt64, wide: Bool) {
        let clean = page(seed: seed, wide: wide)
        let band = NeighbourIndex(clean, overlapShare: 0.5, bandLimit: .infinity)
        let byRightEdge = NeighbourIndex(clean, overlapShare: 0.5, bandLimit: 0)
        var found = 0
        for i in clean.glyphs.indices {
            for window in [0.5, 3, 8] {
                let left = band.leftNeighbour(of: i, within: window)
                #expect(left == byRightEdge.leftNeighbour(of: i, within: window))
                if left != nil { found += 1 }
            }
        }
        #expect(found > 300)
    }
}
