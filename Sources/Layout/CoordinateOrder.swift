/// Glyph indices ordered by one coordinate, ties by index: the sort each layout pass starts
/// from (left edges, box bottoms; right edges on a page with a very wide glyph).
///
/// The glyphs come in the order the PDF's text stream gives them: line by line, each line
/// left to right, so by any of these coordinates they already stand in runs that are in
/// order. Those runs are merged (a natural merge sort: a sample page's 895 glyphs stand in 28
/// runs by left edge, 8 by bottom; a 500-page run on one thread took about 10% less CPU than
/// with the introsort alone, whose branches on coordinates are as good as random); an order
/// with many runs goes to a plain introsort on (coordinate, index) pairs. The standard
/// library's stable sort calls a generic comparison and merges through a buffer; on the few
/// hundred glyphs of a page it took about three times the instructions. Ties broken by index
/// make every order total, so the result is the same as a stable sort's and never depends on
/// the algorithm.
enum CoordinateOrder {
    /// Indices of `keys` in increasing key order, equal keys in index order.
    static func indices(by keys: [Double]) -> [Int] {
        indices(Array(keys.indices), by: keys)
    }

    /// `ids` (distinct indices into `keys`) in increasing key order, equal keys in id order.
    /// Given in an order close to the result (the text stream's), they sort fastest.
    static func indices(_ ids: [Int], by keys: [Double]) -> [Int] {
        var entries = ids.map { Entry(key: keys[$0], index: $0) }
        entries.withUnsafeMutableBufferPointer { buffer in
            let runs = runStarts(buffer)
            if runs.count <= buffer.count / mergeRunShare {
                naturalMerge(buffer, runs: runs)
            } else {
                let depth = 2 * (Int.bitWidth - buffer.count.leadingZeroBitCount)
                introsort(buffer, 0, buffer.count, depth: depth)
            }
        }
        return entries.map(\.index)
    }

    /// Merging pays while there are at most one run per this many entries: a page's text
    /// stream gives one per line (about 25 glyphs); a shuffled order gives one per two.
    static let mergeRunShare = 8

    /// Where each run of entries already in order starts (the first is 0).
    private static func runStarts(_ b: UnsafeMutableBufferPointer<Entry>) -> [Int] {
        var starts = [0]
        var i = 1
        while i < b.count {
            if b[i].precedes(b[i - 1]) { starts.append(i) }
            i += 1
        }
        return starts
    }

    /// Merges neighbouring runs pairwise, round after round, through one scratch buffer.
    private static func naturalMerge(_ b: UnsafeMutableBufferPointer<Entry>, runs: [Int]) {
        guard runs.count > 1, let base = b.baseAddress else { return }
        let scratch = UnsafeMutablePointer<Entry>.allocate(capacity: b.count)
        defer { scratch.deallocate() }
        var source = base, target = scratch
        var bounds = runs + [b.count]
        while bounds.count > 2 {
            var merged = [0]
            var r = 0
            while r + 1 < bounds.count {
                let low = bounds[r], middle = bounds[r + 1]
                let high = r + 2 < bounds.count ? bounds[r + 2] : middle
                merge(source, low, middle, high, into: target)
                merged.append(high)
                r += 2
            }
            bounds = merged
            swap(&source, &target)
        }
        if source != base { base.update(from: source, count: b.count) }
    }

    /// `source[low..<middle]` and `source[middle..<high]`, each in order, merged into `target`.
    private static func merge(_ source: UnsafeMutablePointer<Entry>, _ low: Int, _ middle: Int, _ high: Int,
                              into target: UnsafeMutablePointer<Entry>) {
        var i = low, j = middle, k = low
        while i < middle, j < high {
            // Without a branch on the comparison: interleaved lines make it unpredictable.
            let left = source[i], right = source[j]
            let takesRight = right.precedes(left)
            target[k] = takesRight ? right : left
            i += takesRight ? 0 : 1
            j += takesRight ? 1 : 0
            k += 1
        }
        if i < middle { (target + k).update(from: source + i, count: middle - i) }
        if j < high { (target + k).update(from: source + j, count: high - j) }
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
