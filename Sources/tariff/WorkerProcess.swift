import Foundation

/// A child process started with posix_spawn(3), its stdout and stderr on pipes, waited for with
/// a blocking waitpid(2).
///
/// Foundation's `Process` costs about 80 ms per sheet on Linux: its `waitUntilExit` polls a
/// run loop every 50 ms and its launch walks every open file descriptor. A sheet of a few
/// pages is read in 10 ms, so that overhead would dominate every small ingest.
struct WorkerProcess {
    /// How the child ended.
    enum Termination: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    private static let spawning = NSLock()

    /// The child's process id, for the watchdog's kill(2).
    let pid: pid_t
    private let stdout: Int32?
    private let stderr: Int32

    /// Starts `executable` with `arguments` (argv[1…]) and `environment` added to this
    /// process's own; stdin reads /dev/null; stdout goes to a pipe when `captureStdout`, else
    /// to /dev/null.
    init(executable: String, arguments: [String], environment: [String: String], captureStdout: Bool) throws {
        // Pipes are made and handed over under one lock: another thread's child started between
        // pipe(2) and close-on-exec would hold this pipe open, and its reader would wait for it.
        Self.spawning.lock()
        defer { Self.spawning.unlock() }
        let errorPipe = try Self.pipe()
        let outputPipe = captureStdout ? try Self.pipe() : nil
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let outputPipe {
            posix_spawn_file_actions_adddup2(&actions, outputPipe.write, 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, errorPipe.write, 2)
        var child: pid_t = 0
        let status = Self.withCStrings([executable] + arguments) { argv in
            Self.withCStrings(Self.merged(environment)) { envp in
                posix_spawn(&child, executable, &actions, nil, argv, envp)
            }
        }
        // The write ends belong to the child now; the parent keeps only the read ends.
        close(errorPipe.write)
        if let outputPipe { close(outputPipe.write) }
        guard status == 0 else {
            close(errorPipe.read)
            if let outputPipe { close(outputPipe.read) }
            throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO)
        }
        pid = child
        stdout = outputPipe?.read
        stderr = errorPipe.read
    }

    /// Reads both pipes to their end at once (so a large catalogue never blocks the child on a
    /// full pipe), then reaps the child.
    func finish() -> (stdout: Data?, stderr: Data, termination: Termination) {
        let output = stdout.map { descriptor in PipeReader(descriptor) }
        let report = Self.readToEnd(stderr)
        let json = output?.wait()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return (json, report, Self.termination(status))
    }

    // MARK: - Plumbing

    private static func pipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard Glibc.pipe(&ends) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        // Close-on-exec: later children never inherit it (dup2 onto 1 and 2 clears the flag).
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    fileprivate static func readToEnd(_ descriptor: Int32) -> Data {
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { data.append(contentsOf: buffer[0..<count]) } else if count == 0 || errno != EINTR { break }
        }
        return data
    }

    private static func termination(_ status: Int32) -> Termination {
        // WIFSIGNALED / WTERMSIG / WEXITSTATUS, which Swift does not import as functions.
        let signal = status & 0x7f
        return signal != 0 && signal != 0x7f ? .signalled(signal) : .exited((status >> 8) & 0xff)
    }

    private static func merged(_ extra: [String: String]) -> [String] {
        let environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        return environment.keys.sorted().map { "\($0)=\(environment[$0]!)" }
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}

/// Reads a pipe to its end on another thread.
private final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ descriptor: Int32) {
        Thread.detachNewThread { [self] in
            data = WorkerProcess.readToEnd(descriptor)
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
