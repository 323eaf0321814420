import Foundation
import TestSupport

/// Runs the built `tariff` binary, which SwiftPM puts next to the test bundle (.build/<config>/).
enum Tool {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String]) throws -> Outcome {
        let run = try ToolRun.tariff(arguments, directory: packageRoot)
        return Outcome(status: run.status, stdout: run.stdout, stderr: run.stderr)
    }

    /// The package root: the diff tests name Samples/ and Output/ relative to it.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
}
