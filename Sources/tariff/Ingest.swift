import ArgumentParser
import AtomicFile
import Catalogue
import Foundation
import Tables
import TariffKit

/// `tariff ingest SHEET.pdf… [-o FILE | --out-dir DIR]`
///
/// Each sheet is read by a worker process (this command with `--worker`) under a supervisor,
/// so a crash inside poppler or a hang costs only that sheet: it gets its error line, every
/// other sheet is still written.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read tariff sheets into catalogue JSON.",
        discussion: """
            Writes the catalogue to stdout (one sheet), to FILE (-o), or to DIR/<name>.json (--out-dir). A \
            summary and every warning go to stderr. Exit 0 on success (warnings allowed), 2 on any error; with \
            several sheets, a bad one is reported and the others are still written.

            --explain PAGE prints, instead of the catalogue, every line of that page with the role it got and \
            the parser rule (and its settings) that decided it; with -o the catalogue is written as well.
            """)

    @Argument(help: "Tariff sheet PDFs.")
    var sheets: [String]

    @Option(name: .shortAndLong, help: "Write the catalogue to this file (one sheet only).")
    var output: String?

    @Option(name: .customLong("out-dir"), help: "Write DIR/<sheet name>.json for each sheet.")
    var outDir: String?

    @Flag(help: "Print the time each pipeline stage took to stderr.")
    var timings = false

    @Option(help: "Threads for one sheet's pages, or sheets read at once in a batch (one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("max-pages"), help: "Fail a sheet with more pages than this.")
    var maxPages = Limits.standard.maxPages

    @Option(name: .customLong("max-glyphs-per-page"), help: "Fail a sheet with a page holding more characters than this.")
    var maxGlyphsPerPage = Limits.standard.maxGlyphsPerPage

    @Option(help: ArgumentHelp("Fail a sheet that takes longer than this many seconds (0: no limit; default: "
                               + "\(Int(TimeBudget.baseSeconds)) s and \(Int(TimeBudget.secondsPerPage)) s a page).",
                               valueName: "seconds"))
    var timeout: Double?

    @Option(name: .customLong("max-memory"),
            help: ArgumentHelp("Fail a sheet whose reading needs more than this many MiB of memory (0: no limit).",
                               valueName: "MiB"))
    var maxMemory = Int(Limits.defaultMaxMemory >> 20)

    @Option(help: ArgumentHelp("Add the words of this JSON file (any keys of the shipped vocabulary.json) to the parser's.",
                               valueName: "file"))
    var vocabulary: String?

    @Option(help: ArgumentHelp("Print every line of this page with its role and the rule that gave it.",
                               valueName: "page"))
    var explain: Int?

    /// Set by the supervisor when it starts a worker: read exactly one sheet, in this process.
    @Flag(help: .hidden)
    var worker = false

    func validate() throws {
        if output != nil, outDir != nil { throw ValidationError("give -o or --out-dir, not both") }
        if jobs < 1 { throw ValidationError("--jobs takes a whole number from 1") }
        if maxPages < 1 || maxGlyphsPerPage < 1 || (timeout ?? 0) < 0 || maxMemory < 0 {
            throw ValidationError("limits must be positive")
        }
        if output != nil, sheets.count > 1 { throw ValidationError("-o takes one sheet; use --out-dir for several") }
        if output == nil, outDir == nil, sheets.count > 1 { throw ValidationError("several sheets need --out-dir") }
        if let explain {
            guard sheets.count == 1, outDir == nil else { throw ValidationError("--explain takes one sheet") }
            guard explain >= 1 else { throw ValidationError("--explain takes a page number from 1") }
        }
        if let vocabulary { _ = try Self.vocabulary(from: vocabulary) }
        if let outDir {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: outDir, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("\(outDir): output folder does not exist")
            }
        }
    }

    /// The shipped vocabulary extended by the file at `path`; a file that cannot be read is a usage error.
    static func vocabulary(from path: String) throws -> Vocabulary {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("\(path): vocabulary file cannot be read") }
        do { return try Vocabulary.standard.extended(by: data) } catch { throw ValidationError("\(path): \(error.reason)") }
    }

    var limits: Limits {
        let time: TimeBudget = timeout.map { $0 > 0 ? .seconds($0) : .unlimited } ?? .perPage
        return Limits(maxPages: maxPages, maxGlyphsPerPage: maxGlyphsPerPage, time: time,
                      maxMemory: maxMemory > 0 ? UInt64(maxMemory) << 20 : nil)
    }

    func run() throws {
        if worker { runWorker() }
        let single = sheets.count == 1
        let progress = Progress(total: sheets.count, enabled: !single && isatty(STDERR_FILENO) == 1)
        let supervisor = Supervisor(timeout: limits.time.fixedSeconds,
                                    maxMemory: limits.maxMemory)
        // Several sheets: one worker per sheet, `jobs` at once; one sheet: its pages on `jobs` threads.
        let outcomes = Parallel.map(count: sheets.count, workers: single ? 1 : jobs) { _, index in
            let outcome = supervisor.run(sheet: sheets[index], arguments: workerArguments(index, pageJobs: single ? jobs : 1),
                                         relayStdout: target(for: sheets[index]) == nil || explain != nil)
            progress.finished(sheets[index])
            return outcome
        }
        for outcome in outcomes {
            if let json = outcome.stdout { FileHandle.standardOutput.write(json) }
            if !outcome.report.isEmpty { StandardError.print(outcome.report) }
        }
        if outcomes.contains(where: \.failed) { throw ExitCode(2) }
    }

    private func workerArguments(_ index: Int, pageJobs: Int) -> [String] {
        var arguments = ["ingest", sheets[index], "--worker", "--jobs", String(pageJobs), "--max-pages", String(maxPages),
                         "--max-glyphs-per-page", String(maxGlyphsPerPage)]
        if let timeout { arguments += ["--timeout", String(timeout)] }
        if let target = target(for: sheets[index]) { arguments += ["-o", target] }
        if timings { arguments.append("--timings") }
        if let explain { arguments += ["--explain", String(explain)] }
        if let vocabulary { arguments += ["--vocabulary", vocabulary] }
        return arguments
    }

    /// The worker: one sheet, in process. Its stderr is the report the supervisor relays.
    /// It leaves with `_exit` once its output is out: a worker lives for one sheet, so freeing
    /// the catalogue and running poppler's and the runtime's exit handlers would only keep the
    /// supervisor waiting (3 ms of a 500-page sheet's tail, measured).
    private func runWorker() -> Never {
        StandardError.quietLibraries()
        // Armed before anything can hang: opening a hostile file counts against the limit too.
        let stop = WorkerDeadline(sheet: sheets[0])
        if let opening = limits.time.seconds(forPages: 1) { stop.set(deadline: WorkerDeadline.now + opening, seconds: opening) }
        CrashSeam.crashIfAsked(for: sheets[0])
        var status: Int32 = 0
        do {
            let words = try vocabulary.map { path in
                do { return try Self.vocabulary(from: path) } catch { throw TariffError(file: path, reason: "is not a vocabulary file") }
            } ?? .standard
            let ingestor = Ingestor(vocabulary: words, workers: jobs, limits: limits, deadlineSet: stop.set)
            var result = try ingestor.ingest(path: sheets[0])
            stop.disarm()
            let explanation = try explain.map { page throws(TariffError) in
                guard let explanation = result.explanation(ofPage: page) else {
                    throw TariffError(file: sheets[0], reason: "has no page \(page) (--explain; it has \(result.catalogue.source.pages))")
                }
                return explanation
            }
            let json = result.timings.measure(.encode) { CatalogueEncoder.json(result.catalogue, workers: jobs) }
            if let target = target(for: sheets[0]) {
                do { try AtomicFile.write(json, to: target) } catch {
                    throw TariffError(file: target, reason: "cannot be written (\(error.reason))")
                }
            }
            if let explanation {
                FileHandle.standardOutput.write(Data(explanation.text.utf8))
            } else if target(for: sheets[0]) == nil {
                FileHandle.standardOutput.write(Data(json.utf8))
            }
            StandardError.print(Summary.text(result.catalogue))
            if timings { StandardError.print(Summary.timings(result.timings, pages: result.catalogue.source.pages)) }
        } catch {
            stop.disarm()
            StandardError.print("tariff: \(error)")
            status = 2
        }
        fflush(nil)
        _exit(status)
    }

    private func target(for sheet: String) -> String? {
        if let output { return output }
        guard let outDir else { return nil }
        let name = URL(fileURLWithPath: sheet).deletingPathExtension().lastPathComponent
        return URL(fileURLWithPath: outDir).appendingPathComponent(name + ".json").path
    }
}
