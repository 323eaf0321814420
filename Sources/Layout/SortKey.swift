/// An index with the coordinate it is sorted by: sorting these orders indices by the
/// coordinate, ties by index, so every order is total and the same whatever the algorithm.
struct SortKey: Comparable {
    var coordinate: Double
    var index: Int

    static func < (a: SortKey, b: SortKey) -> Bool {
        a.coordinate < b.coordinate || (a.coordinate == b.coordinate && a.index < b.index)
    }

    /// `indices` ordered by `coordinate(index)`, ties by index.
    static func order(_ indices: some Sequence<Int>, by coordinate: (Int) -> Double) -> [Int] {
        indices.map { SortKey(coordinate: coordinate($0), index: $0) }.sorted().map(\.index)
    }
}
