import Foundation

/// Runs a worker process for one sheet and turns however it ended into one outcome: its own
/// report, or a line naming the sheet and the signal that killed it, or the time limit it hit.
struct Supervisor: Sendable {
    /// Seconds before a worker is stopped; the worker checks the same limit itself, this is
    /// the backstop for a hang it cannot see (inside poppler).
    var timeout: Double?
    /// Extra time the worker gets to report its own timeout before it is killed.
    let grace = 5.0

    /// What one sheet gave: the worker's stderr (or the supervisor's line), and its stdout.
    struct Outcome: Sendable {
        var report: String
        var stdout: Data?
        var failed: Bool
    }

    func run(sheet: String, arguments: [String], relayStdout: Bool) -> Outcome {
        let worker: WorkerProcess
        do {
            worker = try WorkerProcess(executable: Self.executable, arguments: arguments,
                                       environment: Self.workerEnvironment, captureStdout: relayStdout)
        } catch {
            return Outcome(report: "tariff: \(sheet): cannot start a worker (\(error.localizedDescription))", stdout: nil, failed: true)
        }
        let watchdog = startWatchdog(worker.pid)
        let (json, report, termination) = worker.finish()
        watchdog?.cancel()
        return outcome(of: termination, sheet: sheet, report: String(decoding: report, as: UTF8.self), json: json,
                       timedOut: watchdog?.fired ?? false)
    }

    private func outcome(of termination: WorkerProcess.Termination, sheet: String, report: String, json: Data?,
                         timedOut: Bool) -> Outcome {
        let report = report.hasSuffix("\n") ? String(report.dropLast()) : report
        if timedOut {
            return Outcome(report: "tariff: \(sheet): took longer than \(Int(timeout ?? 0)) s (--timeout); stopped", stdout: nil, failed: true)
        }
        switch termination {
        case .signalled(let signal):
            return Outcome(report: "tariff: \(sheet): crashed while being read (signal \(signal), \(Self.signalName(signal))); "
                + "no output written for it", stdout: nil, failed: true)
        case .exited(let status):
            return Outcome(report: report, stdout: status != 0 ? nil : json, failed: status != 0)
        }
    }

    private func startWatchdog(_ pid: pid_t) -> Watchdog? {
        guard let timeout else { return nil }
        return Watchdog(after: timeout + grace) { kill(pid, SIGKILL) }
    }

    /// What a worker runs with on top of the supervisor's environment.
    static var workerEnvironment: [String: String] {
        // A crashing worker is reported by the supervisor in one line; the runtime's backtrace
        // would only slow the crash down and is never shown.
        var environment = ["SWIFT_BACKTRACE": "enable=no"]
        // glibc hands freed memory back to the kernel as soon as a little is free at the top
        // of a heap, and takes it again for the next page: with two threads every round trip
        // is a TLB shootdown on the other core. A worker lives for one sheet, so it keeps what
        // it took (measured: page faults 23,000 → 6,700 and 8% less CPU on 500 pages). A larger
        // per-thread cache of small blocks serves a page's many short-lived strings and arrays
        // without the arena lock (500 pages on 2 threads: 328 → 283 ms, peak RSS unchanged).
        if ProcessInfo.processInfo.environment["GLIBC_TUNABLES"] == nil {
            environment["GLIBC_TUNABLES"] = "glibc.malloc.trim_threshold=268435456:glibc.malloc.mmap_threshold=33554432:"
                + "glibc.malloc.top_pad=67108864:glibc.malloc.tcache_count=1024:glibc.malloc.tcache_max=4096"
        }
        return environment
    }

    /// This very binary, so workers run the same code as the supervisor.
    static let executable: String = {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }()

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGSEGV: "SIGSEGV"
        case SIGABRT: "SIGABRT"
        case SIGBUS: "SIGBUS"
        case SIGILL: "SIGILL"
        case SIGFPE: "SIGFPE"
        case SIGKILL: "SIGKILL"
        case SIGTRAP: "SIGTRAP"
        default: "signal \(signal)"
        }
    }
}

/// Runs an action once after a delay unless cancelled first, and remembers whether it ran.
private final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private var didFire = false

    init(after seconds: Double, _ action: @escaping @Sendable () -> Void) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            let fire = lock.withLock { () -> Bool in
                guard !cancelled else { return false }
                didFire = true
                return true
            }
            if fire { action() }
        }
    }

    var fired: Bool { lock.withLock { didFire } }
    func cancel() { lock.withLock { cancelled = true } }
}
