import ArgumentParser
import Catalogue
import Diff
import Foundation
import TariffKit

/// `tariff diff OLD NEW [--format text|json|markdown] [--fail-on any|price-increase|none]`
///
/// Each side is a tariff sheet PDF (ingested on the fly) or a catalogue JSON. The diff goes to
/// stdout; the exit status is diff(1)'s: 0 no change, 1 changes, 2 error.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two editions of a tariff sheet.",
        discussion: """
            OLD and NEW are each a tariff sheet PDF or a catalogue JSON (as `tariff ingest` writes). Products \
            are matched by table and name, so a re-laid-out sheet diffs empty; price changes (exact decimals), \
            added, removed, renamed and moved products and footnote texts are reported.

            Exit status as diff(1): 0 no change, 1 changes (see --fail-on), 2 error.
            """)

    @Argument(help: "The older sheet: a PDF or a catalogue JSON.")
    var old: String

    @Argument(help: "The newer sheet: a PDF or a catalogue JSON.")
    var new: String

    @Option(help: "Output format: text (for people), json (the contract's diff document), markdown (for CI summaries).")
    var format: OutputFormat = .text

    @Option(name: .customLong("fail-on"),
            help: "When to exit 1: any change, only a price increase, or none (always 0). Errors exit 2 regardless.")
    var failOn: FailPolicy = .any

    func run() throws {
        let sides = Self.load([old, new])
        guard case .success(let before) = sides[0], case .success(let after) = sides[1] else {
            for case .failure(let error) in sides { StandardError.print("tariff: \(error)") }
            throw ExitCode(2)
        }
        let report = DiffReport(old: before, oldFile: Self.fileName(old), new: after, newFile: Self.fileName(new))
        FileHandle.standardOutput.write(Data(format.format.render(report).utf8))
        let status = failOn.exitStatus(for: report)
        if status != 0 { throw ExitCode(status) }
    }

    /// Reads both sides, keeping each side's own error so both can be reported. One after the
    /// other: a sheet takes tens of milliseconds, not worth running poppler on two threads.
    static func load(_ paths: [String]) -> [Result<Catalogue, TariffError>] {
        paths.map { path in Result { () throws(TariffError) in try CatalogueInput.catalogue(at: path) } }
    }

    static func fileName(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }
}

extension OutputFormat: ExpressibleByArgument {}
extension FailPolicy: ExpressibleByArgument {}
