@testable import Layout
import TestSupport
import Testing

/// The layout's own sort must give exactly the order of a stable sort by coordinate, whatever
/// the input: every later pass (duplicates, markers, baselines) depends on that order.
@Suite struct CoordinateOrderTests {
    private func stableOrder(_ keys: [Double]) -> [Int] {
        keys.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
    }

    @Test(arguments: [0, 1, 2, 15, 16, 17, 100, 1_000, 20_000])
    func randomCoordinatesSortLikeAStableSort(count: Int) {
        // Scattered coordinates on a coarse grid, so that many are equal, as aligned columns are.
        let grid = max(1, count / 4)
        let keys = (0..<count).map { Double(($0 &* 7_919 &+ 13) % grid) * 0.5 }
        #expect(CoordinateOrder.indices(by: keys) == stableOrder(keys))
    }

    @Test func sortedReversedAndEqualInputs() {
        let rising = (0..<5_000).map(Double.init)
        #expect(CoordinateOrder.indices(by: rising) == Array(0..<5_000))
        #expect(CoordinateOrder.indices(by: rising.reversed()) == Array((0..<5_000).reversed()))
        #expect(CoordinateOrder.indices(by: Array(repeating: 7, count: 5_000)) == Array(0..<5_000))
    }

    @Test func organPipeInputFallsBackWithoutLosingOrder() {
        // Rising then falling: a classic bad case for median-of-three pivots.
        let keys = (0..<4_000).map { Double($0 < 2_000 ? $0 : 4_000 - $0) }
        #expect(CoordinateOrder.indices(by: keys) == stableOrder(keys))
    }

    /// Keys in runs, as a text stream gives them (line after line, each left to right), with
    /// equal keys across runs: the natural merge must give the stable sort's order.
    @Test(arguments: [1, 2, 3, 7, 40, 150])
    func runsMergeLikeAStableSort(runs: Int) {
        var generator = SeededGenerator(seed: UInt64(runs))
        var keys: [Double] = []
        for _ in 0..<runs {
            var x = Double(generator.next(below: 40))
            for _ in 0..<(5 + generator.next(below: 30)) {
                keys.append(x)
                x += Double(generator.next(below: 3)) * 0.5
            }
        }
        #expect(CoordinateOrder.indices(by: keys) == stableOrder(keys))
    }

    /// Ids given in any order sort by (key, id), as the layout asks when it hands over the
    /// glyphs in the text stream's order.
    @Test func idsSortByKeyThenId() {
        var generator = SeededGenerator(seed: 7)
        let keys = (0..<600).map { _ in Double(generator.next(below: 30)) }
        let ids = (0..<600).map { ($0 * 37) % 600 }
        let expected = ids.sorted { (keys[$0], $0) < (keys[$1], $1) }
        #expect(CoordinateOrder.indices(ids, by: keys) == expected)
        let streamLike = (0..<600).sorted { ($0 % 20, $0) < ($1 % 20, $1) }
        #expect(CoordinateOrder.indices(streamLike, by: keys) == expected)
    }
}
