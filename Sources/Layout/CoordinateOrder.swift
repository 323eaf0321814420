/// Glyph indices ordered by one coordinate, ties by index: the sort each layout pass starts
/// from (left edges, box bottoms, right edges).
///
/// A plain introsort on (coordinate, index) pairs. The standard library's stable sort calls a
/// generic comparison and merges through a buffer; on the few hundred glyphs of a page this is
/// about three times fewer instructions. Ties broken by index make every order total, so the
/// result is the same as a stable sort's and never depends on the algorithm.
enum CoordinateOrder {
    /// Indices of `keys` in increasing key order, equal keys in index order.
    static func indices(by keys: [Double]) -> [Int] {
        var entries = keys.enumerated().map { Entry(key: $1, index: $0) }
        entries.withUnsafeMutableBufferPointer { buffer in
            let depth = 2 * (Int.bitWidth - buffer.count.leadingZeroBitCount)
            introsort(buffer, 0, buffer.count, depth: depth)
        }
        return entries.map(\.index)
    }

    private struct Entry {
        var key: Double
        var index: Int

        @inline(__always)
        func precedes(_ other: Entry) -> Bool {
            key < other.key || (key == other.key && index < other.index)
        }
    }

    /// Below this many entries insertion sort is faster than partitioning.
    private static let insertionThreshold = 16

    private static func introsort(_ b: UnsafeMutableBufferPointer<Entry>, _ low: Int, _ high: Int, depth: Int) {
        var low = low, high = high, depth = depth
        while high - low > insertionThreshold {
            // Out of depth means a hostile order: heap sort bounds the time (never quadratic).
            if depth == 0 { return heapSort(b, low, high) }
            depth -= 1
            let split = partition(b, low, high)
            // Recurse into the smaller side, loop on the larger: stack depth stays logarithmic.
            if split - low < high - split {
                introsort(b, low, split, depth: depth)
                low = split
            } else {
                introsort(b, split, high, depth: depth)
                high = split
            }
        }
        insertionSort(b, low, high)
    }

    /// Hoare's partition around the median of three: returns `split` with every entry of
    /// low..<split before every entry of split..<high, both sides non-empty (entries are all
    /// distinct: the index breaks every tie). Fewer swaps than a one-sided pass.
    private static func partition(_ b: UnsafeMutableBufferPointer<Entry>, _ low: Int, _ high: Int) -> Int {
        let middle = low + (high - low) / 2, last = high - 1
        if b[middle].precedes(b[low]) { b.swapAt(middle, low) }
        if b[last].precedes(b[low]) { b.swapAt(last, low) }
        if b[last].precedes(b[middle]) { b.swapAt(last, middle) }
        let pivot = b[middle]
        // b[low] and b[last] now stand on either side of the pivot: sentinels for both scans.
        var i = low, j = last
        while true {
            repeat { i += 1 } while b[i].precedes(pivot)
            repeat { j -= 1 } while pivot.precedes(b[j])
            if i >= j { return j + 1 }
            b.swapAt(i, j)
        }
    }

    private static func insertionSort(_ b: UnsafeMutableBufferPointer<Entry>, _ low: Int, _ high: Int) {
        guard high - low > 1 else { return }
        for i in (low + 1)..<high {
            let entry = b[i]
            var j = i
            while j > low, entry.precedes(b[j - 1]) {
                b[j] = b[j - 1]
                j -= 1
            }
            b[j] = entry
        }
    }

    private static func heapSort(_ b: UnsafeMutableBufferPointer<Entry>, _ low: Int, _ high: Int) {
        let count = high - low
        for start in stride(from: count / 2 - 1, through: 0, by: -1) { siftDown(b, low, start, count) }
        for end in stride(from: count - 1, to: 0, by: -1) {
            b.swapAt(low, low + end)
            siftDown(b, low, 0, end)
        }
    }

    private static func siftDown(_ b: UnsafeMutableBufferPointer<Entry>, _ base: Int, _ start: Int, _ count: Int) {
        var root = start
        while 2 * root + 1 < count {
            var child = 2 * root + 1
            if child + 1 < count, b[base + child].precedes(b[base + child + 1]) { child += 1 }
            guard b[base + root].precedes(b[base + child]) else { return }
            b.swapAt(base + root, base + child)
            root = child
        }
    }
}
