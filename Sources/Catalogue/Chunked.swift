import Dispatch

/// Work cut into contiguous parts that run on several threads at once, results in part order:
/// how the catalogue's serial tail (typing products, writing their JSON) uses every core.
///
/// Each part writes only its own result slot, and `concurrentPerform` returns when all are
/// done, so the parts share nothing; the result is the same whatever the number of parts.
enum Chunked {
    /// Items a part takes at least: fewer are done in one part, not worth a thread.
    static let minimumPart = 256

    /// `work` on `parts` contiguous ranges of `0..<count` (fewer for short work), in order.
    static func map<T: Sendable>(count: Int, parts: Int, _ work: @Sendable (Range<Int>) -> T) -> [T] {
        let parts = max(1, min(parts, count / minimumPart))
        guard parts > 1 else { return [work(0..<count)] }
        let results = Slots<T>(count: parts)
        defer { results.free() }
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            results.fill(part, with: work((count * part / parts)..<(count * (part + 1) / parts)))
        }
        return results.values
    }

    /// One result slot a part, each written by its own part only.
    private final class Slots<T>: @unchecked Sendable {
        private let base: UnsafeMutablePointer<T>
        private let count: Int

        init(count: Int) {
            base = .allocate(capacity: count)
            self.count = count
        }

        func fill(_ slot: Int, with value: T) { (base + slot).initialize(to: value) }

        /// Read once every slot is filled.
        var values: [T] { Array(UnsafeBufferPointer(start: base, count: count)) }

        func free() {
            base.deinitialize(count: count)
            base.deallocate()
        }
    }
}
