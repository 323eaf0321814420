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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments
        // A crashing worker is reported by the supervisor in one line; the runtime's backtrace
        // would only slow the crash down and is never shown.
        process.environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = relayStdout ? stdout : FileHandle.nullDevice
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            return Outcome(report: "tariff: \(sheet): cannot start a worker (\(error.localizedDescription))", stdout: nil, failed: true)
        }
        let watchdog = startWatchdog(process)
        // Both pipes are drained at once so a large catalogue can never block the worker.
        let output = Drain(relayStdout ? stdout.fileHandleForReading : nil)
        let report = stderr.fileHandleForReading.readDataToEndOfFile()
        let json = output.wait()
        process.waitUntilExit()
        watchdog?.cancel()
        return outcome(of: process, sheet: sheet, report: String(decoding: report, as: UTF8.self), json: json,
                       timedOut: watchdog?.fired ?? false)
    }

    private func outcome(of process: Process, sheet: String, report: String, json: Data?, timedOut: Bool) -> Outcome {
        let report = report.hasSuffix("\n") ? String(report.dropLast()) : report
        if timedOut {
            return Outcome(report: "tariff: \(sheet): took longer than \(Int(timeout ?? 0)) s (--timeout); stopped", stdout: nil, failed: true)
        }
        if process.terminationReason == .uncaughtSignal {
            let signal = process.terminationStatus
            return Outcome(report: "tariff: \(sheet): crashed while being read (signal \(signal), \(Self.signalName(signal))); "
                + "no output written for it", stdout: nil, failed: true)
        }
        let failed = process.terminationStatus != 0
        return Outcome(report: report, stdout: failed ? nil : json, failed: failed)
    }

    private func startWatchdog(_ process: Process) -> Watchdog? {
        guard let timeout else { return nil }
        return Watchdog(after: timeout + grace) { kill(process.processIdentifier, SIGKILL) }
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

/// Reads a pipe to its end on another thread.
private final class Drain: @unchecked Sendable {
    private var data: Data?
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle?) {
        guard let handle else {
            done.signal()
            return
        }
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data? {
        done.wait()
        return data
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
