import Dispatch
import Foundation

/// Runs `count` jobs on `workers` threads; worker w takes jobs w, w + workers, … so each
/// worker can own a resource (its own poppler document). Results come back in job order.
public enum Parallel {
    public static func map<T: Sendable>(count: Int, workers: Int, _ job: @Sendable (_ worker: Int, _ index: Int) -> T) -> [T] {
        let results = Slots<T>(count: count)
        let workers = max(1, min(workers, count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < count {
                results[index] = job(worker, index)
                index += workers
            }
        }
        return results.values
    }
}

/// Result slots filled from several threads, each slot by exactly one.
final class Slots<T>: @unchecked Sendable {
    private var items: [T?]
    private let lock = NSLock()

    init(count: Int) { items = Array(repeating: nil, count: count) }

    subscript(index: Int) -> T? {
        get { lock.withLock { items[index] } }
        set { lock.withLock { items[index] = newValue } }
    }

    var values: [T] { lock.withLock { items.map { $0! } } }
}
