import Catalogue
import Dispatch

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
