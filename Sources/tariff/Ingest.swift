import ArgumentParser
import Catalogue
import Foundation
import TariffKit

/// `tariff ingest SHEET.pdf… [-o FILE | --out-dir DIR]`
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read tariff sheets into catalogue JSON.",
        discussion: """
            Writes the catalogue to stdout (one sheet), to FILE (-o), or to DIR/<name>.json (--out-dir).
            A summary and every warning go to stderr. Exit 0 on success (warnings allowed), 2 on any error;
            with several sheets, a bad one is reported and the others are still written.
            """)

    @Argument(help: "Tariff sheet PDFs.")
    var sheets: [String]

    @Option(name: .shortAndLong, help: "Write the catalogue to this file (one sheet only).")
    var output: String?

    @Option(name: .customLong("out-dir"), help: "Write DIR/<sheet name>.json for each sheet.")
    var outDir: String?

    @Flag(help: "Print the time each pipeline stage took to stderr.")
    var timings = false

    @Option(help: "Threads reading the pages of one sheet (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if output != nil, outDir != nil { throw ValidationError("give -o or --out-dir, not both") }
        if jobs < 1 { throw ValidationError("--jobs takes a whole number from 1") }
        if output != nil, sheets.count > 1 { throw ValidationError("-o takes one sheet; use --out-dir for several") }
        if output == nil, outDir == nil, sheets.count > 1 { throw ValidationError("several sheets need --out-dir") }
        if let outDir {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: outDir, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("\(outDir): output folder does not exist")
            }
        }
    }

    func run() throws {
        let single = sheets.count == 1
        let progress = Progress(total: sheets.count, enabled: !single && isatty(STDERR_FILENO) == 1)
        // Several sheets: one document per task on all cores; one sheet: its pages on all cores.
        let outcomes = Parallel.map(count: sheets.count, workers: single ? 1 : jobs) { _, index in
            let outcome = ingest(sheets[index], pageWorkers: single ? jobs : 1)
            progress.finished(sheets[index])
            return outcome
        }
        for outcome in outcomes {
            if let json = outcome.stdout { FileHandle.standardOutput.write(Data(json.utf8)) }
            StandardError.print(outcome.report)
        }
        if outcomes.contains(where: \.failed) { throw ExitCode(2) }
    }

    /// What one sheet gave: its report for stderr, the JSON for stdout when there is no file.
    struct Outcome: Sendable {
        var report: String
        var stdout: String?
        var failed: Bool
    }

    private func ingest(_ sheet: String, pageWorkers: Int) -> Outcome {
        do {
            var result = try Ingestor(workers: pageWorkers).ingest(path: sheet)
            let json = result.timings.measure(.encode) { CatalogueEncoder.json(result.catalogue) }
            var report = Summary.text(result.catalogue)
            if timings { report += "\n" + Summary.timings(result.timings, pages: result.catalogue.source.pages) }
            guard let target = target(for: sheet) else { return Outcome(report: report, stdout: json, failed: false) }
            do { try AtomicFile.write(json, to: target) } catch {
                throw TariffError(file: target, reason: "cannot be written (\(error.localizedDescription))")
            }
            return Outcome(report: report, stdout: nil, failed: false)
        } catch {
            return Outcome(report: "tariff: \(error)", stdout: nil, failed: true)
        }
    }

    private func target(for sheet: String) -> String? {
        if let output { return output }
        guard let outDir else { return nil }
        let name = URL(fileURLWithPath: sheet).deletingPathExtension().lastPathComponent
        return URL(fileURLWithPath: outDir).appendingPathComponent(name + ".json").path
    }
}
