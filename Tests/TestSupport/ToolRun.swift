import Foundation

/// A finished run of the built `tariff` binary, for tests that use the tool as a user would.
public struct ToolRun: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }

    /// The `tariff` binary SwiftPM builds beside the test bundle (.build/<configuration>/tariff).
    public static var binary: String {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var directory = executable.deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("tariff").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRootDirectory().appendingPathComponent(".build/debug/tariff").path
    }

    /// Runs `tariff` with the arguments and extra environment variables, no standard input, in
    /// `directory` (the package root by default, so relative paths name Samples/ and Output/).
    /// `binary` is another build of the tool (the release build, for the real-world run).
    public static func tariff(_ arguments: [String], environment: [String: String] = [:],
                              directory: URL = packageRootDirectory(), binary: String = binary) throws -> ToolRun {
        try run(binary, arguments, environment: environment, directory: directory)
    }

    /// Runs the program at `executable` as `tariff(_:environment:directory:binary:)` runs the tool.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                           directory: URL = packageRootDirectory()) throws -> ToolRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall the tool.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolRun(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }
}
