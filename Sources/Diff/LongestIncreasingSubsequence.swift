/// The positions of a longest strictly increasing subsequence, for telling moved rows apart.
///
/// Given the old positions of a table's products in their new order, the rows on a longest
/// increasing run kept their relative order; every other row is the fewest that must have moved.
/// Patience sorting, O(n log n); among equally long answers it keeps the one ending in the
/// smallest values, so the result is deterministic.
public enum LongestIncreasingSubsequence {
    /// Indices into `values` of one longest strictly increasing subsequence, ascending.
    public static func indices(_ values: [Int]) -> [Int] {
        var tails: [Int] = []          // tails[k]: index of the smallest tail of a run of length k+1
        var predecessor = [Int](repeating: -1, count: values.count)
        for (index, value) in values.enumerated() {
            let length = firstTail(notBelow: value, tails: tails, values: values)
            if length > 0 { predecessor[index] = tails[length - 1] }
            if length == tails.count { tails.append(index) } else { tails[length] = index }
        }
        var result: [Int] = []
        var cursor = tails.last ?? -1
        while cursor >= 0 {
            result.append(cursor)
            cursor = predecessor[cursor]
        }
        return result.reversed()
    }

    /// Binary search: the first run length whose tail value is ≥ `value`.
    private static func firstTail(notBelow value: Int, tails: [Int], values: [Int]) -> Int {
        var low = 0, high = tails.count
        while low < high {
            let middle = (low + high) / 2
            if values[tails[middle]] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
