import Foundation

/// A worker: this tool run as a child process for one sheet, its stdout and stderr on pipes.
///
/// Waiting is by Foundation's termination handler: `waitUntilExit` polls a run loop every
/// 50 ms, which would dominate every small ingest.
struct WorkerProcess {
    /// How the child ended.
    enum Termination: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    private let process = Process()
    private let output: Pipe?
    private let errors = Pipe()
    private let exited = DispatchSemaphore(value: 0)

    /// Starts `executable` with `arguments` and `environment` added to this process's own;
    /// stdin reads nothing; stdout goes to a pipe when `captureStdout`, else nowhere.
    init(executable: String, arguments: [String], environment: [String: String], captureStdout: Bool) throws {
        output = captureStdout ? Pipe() : nil
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = errors
        let exited = exited
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
    }

    /// The child's process id, for the watchdog.
    var pid: Int32 { process.processIdentifier }

    /// Reads both pipes to their end at once (so a large catalogue never blocks the child on a
    /// full pipe), then waits for the child to end.
    func finish() -> (stdout: Data?, stderr: Data, termination: Termination) {
        let json = output.map(PipeReading.init)
        let report = errors.fileHandleForReading.readDataToEndOfFile()
        exited.wait()
        let status = process.terminationStatus
        return (json?.wait(), report, process.terminationReason == .uncaughtSignal ? .signalled(status) : .exited(status))
    }
}

/// A pipe read to its end on another thread; `wait` gives what it read. The data is written
/// before the semaphore is signalled and read only after waiting on it.
private final class PipeReading: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        DispatchQueue.global().async { [self] in
            data = pipe.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
