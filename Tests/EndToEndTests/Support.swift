import Foundation
import Testing
import TestSupport

/// Where things are when the end-to-end tests run.
enum Paths {
    static let root = packageRootDirectory()
    static let sample = root.appendingPathComponent("Samples/connext-voice.pdf").path
    static let expected = root.appendingPathComponent("Tests/EndToEndTests/Fixtures/connext-voice.expected.json")
    static let badFixtures = root.appendingPathComponent("Tests/EndToEndTests/Fixtures/bad")

    /// The `tariff` binary built beside the test bundle (.build/<configuration>/tariff).
    static var tariff: String {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var directory = executable.deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("tariff").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/tariff").path
    }

    /// A fresh temporary folder, unique per call.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tariff-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// A finished run of the `tariff` binary.
struct ToolRun {
    var status: Int32
    var stdout: String
    var stderr: String

    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }

    /// Runs `tariff` with the arguments and no standard input.
    static func tariff(_ arguments: [String]) throws -> ToolRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Paths.tariff)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read before waiting so a large catalogue cannot fill the pipe and stall the tool.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolRun(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }
}
