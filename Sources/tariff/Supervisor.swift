import Foundation
import TariffKit

/// Runs a worker process for one sheet and turns however it ended into one outcome: its own
/// report, or a line naming the sheet and the signal that killed it, or the bound it crossed.
struct Supervisor: Sendable {
    /// Seconds before a worker is stopped, when the limit is fixed (`--timeout`); the worker
    /// stops itself at its limit (`WorkerDeadline`), this is the backstop for a worker that
    /// cannot. The default limit grows with the pages, which only the worker learns.
    var timeout: Double?
    /// Bytes of resident memory past which a worker is stopped (`--max-memory`).
    var maxMemory: UInt64?
    /// How far past its limit a worker that has not stopped itself is killed.
    let grace = 0.5

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
        let watchdog = timeout.map { seconds in Watchdog(after: seconds + grace) { kill(worker.pid, SIGKILL) } }
        let memory = maxMemory.map { MemoryWatch(pid: worker.pid, limit: $0) }
        let (json, report, termination) = worker.finish()
        watchdog?.cancel()
        memory?.cancel()
        return outcome(of: termination, sheet: sheet, report: String(decoding: report, as: UTF8.self), json: json,
                       timedOut: watchdog?.fired ?? false, outOfMemory: memory?.exceeded ?? false)
    }

    private func outcome(of termination: WorkerProcess.Termination, sheet: String, report: String, json: Data?,
                         timedOut: Bool, outOfMemory: Bool) -> Outcome {
        let report = report.hasSuffix("\n") ? String(report.dropLast()) : report
        if outOfMemory, let maxMemory {
            return Outcome(report: "tariff: \(sheet): \(Self.memoryReason(maxMemory))", stdout: nil, failed: true)
        }
        if timedOut, let timeout {
            return Outcome(report: "tariff: \(sheet): \(TimeBudget.reason(timeout))", stdout: nil, failed: true)
        }
        switch termination {
        case .signalled(let signal):
            return Outcome(report: "tariff: \(sheet): crashed while being read (signal \(signal), \(Self.signalName(signal))); "
                + "no output written for it", stdout: nil, failed: true)
        case .exited(let status):
            return Outcome(report: report, stdout: status != 0 ? nil : json, failed: status != 0)
        }
    }

    /// "needed more memory than its limit of 1024 MiB (--max-memory)".
    static func memoryReason(_ bytes: UInt64) -> String {
        "needed more memory than its limit of \(bytes >> 20) MiB (--max-memory)"
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

/// Samples a worker's resident memory and kills it the moment it holds more than its limit,
/// so a bomb ends as one line from the supervisor, never as the kernel's OOM kill of whatever
/// it picks. Sampling is cheap (one read of /proc a tick); a page's memory grows over many.
private final class MemoryWatch: @unchecked Sendable {
    private let timer = DispatchSource.makeTimerSource(queue: .global())
    private let lock = NSLock()
    private var didExceed = false

    /// How often the resident set is read.
    static let interval = DispatchTimeInterval.milliseconds(20)
    static let pageSize = UInt64(sysconf(Int32(_SC_PAGESIZE)))

    init(pid: pid_t, limit: UInt64) {
        let path = "/proc/\(pid)/statm"
        timer.setEventHandler { [self] in
            guard let resident = Self.residentBytes(path), resident > limit else { return }
            lock.withLock { didExceed = true }
            kill(pid, SIGKILL)
            timer.cancel()
        }
        timer.schedule(deadline: .now() + Self.interval, repeating: Self.interval)
        timer.resume()
    }

    var exceeded: Bool { lock.withLock { didExceed } }
    func cancel() { timer.cancel() }

    /// The second field of /proc/PID/statm (resident pages) in bytes; nil once the process is gone.
    static func residentBytes(_ path: String) -> UInt64? {
        let file = open(path, O_RDONLY)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = buffer.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        let fields = buffer[..<count].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = UInt64(String(decoding: fields[1], as: UTF8.self)) else { return nil }
        return pages * pageSize
    }
}
