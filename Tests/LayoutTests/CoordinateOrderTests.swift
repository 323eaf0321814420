@testable import Layout
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
}
