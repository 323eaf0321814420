import Foundation
import TariffKit

/// A worker's own stop at its time limit: a thread of its own that, once the deadline has
/// passed, writes the sheet's one error line and ends the process, whatever the other threads
/// are doing. A page poppler never finishes (a decompression bomb) holds its thread inside C,
/// where no check between pages is ever reached; this thread is not held by it.
///
/// The line is formatted when the deadline is set, so the stop itself only calls `write` and
/// `_exit`: nothing that could wait on a lock a stuck thread holds (malloc's, say).
final class WorkerDeadline: @unchecked Sendable {
    private let sheet: String
    private let condition = NSCondition()
    /// Uptime in seconds; infinity while none is set.
    private var deadline = Double.infinity
    private var line: [UInt8] = []

    /// Starts the watching thread for the worker of `sheet`, with no deadline yet.
    init(sheet: String) {
        self.sheet = sheet
        let thread = Thread { [self] in watch() }
        thread.name = "tariff.deadline"
        thread.start()
    }

    /// The uptime in seconds by which the sheet must be done, and the limit it stands for.
    func set(deadline: Double, seconds: Double) {
        let line = Array("tariff: \(sheet): \(TimeBudget.reason(seconds))\n".utf8)
        condition.withLock {
            self.deadline = deadline
            self.line = line
            condition.broadcast()
        }
    }

    /// No stop any more: the sheet is read, and what is left (writing its output) must not be
    /// cut short, or a partial file could stay behind.
    func disarm() {
        condition.withLock {
            deadline = .infinity
            condition.broadcast()
        }
    }

    /// Uptime in seconds, on the clock the pipeline's own deadline uses.
    static var now: Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    private func watch() {
        condition.lock()
        while true {
            let left = deadline - Self.now
            if left <= 0 { break }
            // `wait(until:)` takes a wall-clock date: an hour at most, then look again.
            _ = condition.wait(until: Date(timeIntervalSinceNow: min(left, 3600)))
        }
        line.withUnsafeBufferPointer { bytes in _ = write(StandardError.descriptor, bytes.baseAddress, bytes.count) }
        _exit(2)
    }
}
