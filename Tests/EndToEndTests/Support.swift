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

    /// Runs `tariff` with the arguments, extra environment variables, and no standard input.
    static func tariff(_ arguments: [String], environment: [String: String] = [:]) throws -> ToolRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Paths.tariff)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
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

/// The catalogue typed by hand from the seed text (Fixtures/connext-voice.expected.json).
enum ExpectedCatalogue {
    /// Expects `json`'s tables, products, footnotes and warnings to equal the expected ones,
    /// item by item so a failure names the first differing product.
    static func expectMatch(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let got = try JSONValue(parsing: json)
        let want = try JSONValue(contentsOf: Paths.expected)
        for key in ["tables", "products", "footnotes", "warnings"] {
            let gotItems = got[key]?.arrayElements ?? [], wantItems = want[key]?.arrayElements ?? []
            #expect(gotItems.count == wantItems.count, "\(key) count", sourceLocation: sourceLocation)
            for (index, (g, w)) in zip(gotItems, wantItems).enumerated() {
                #expect(g == w, "\(key)[\(index)] differs:\n got \(g.compactText)\nwant \(w.compactText)", sourceLocation: sourceLocation)
            }
        }
    }
}
