import ArgumentParser
import AtomicFile
import Catalogue
import Diff
import Extraction
import Foundation
import Review
import Tables
import TariffKit

/// `tariff review SHEET.pdf [-o FILE.html] [--against OLD.pdf|OLD.json] [--pages 3-7]`
///
/// The analyst's view of a sheet: each page as poppler draws it, with what the parser saw on
/// it, beside the catalogue. A worker process (this command with `--worker`) reads and draws
/// the sheet under `ingest`'s bounds; it writes into a temporary file that this process puts
/// in place only when the worker succeeded, so a failure leaves no partial report.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write a review report of a sheet: its pages with what was read on them, beside the catalogue.",
        discussion: """
            The report is one HTML file that needs nothing else (no network, no other files): each page drawn \
            by poppler, with the tables, header cells, columns, product rows, price cells, group rows, footnotes, \
            running text and prose, unaccounted lines and warnings outlined on it; beside it the catalogue, its \
            prices as printed and as typed, and the warnings. Clicking a product or a warning finds its box. With \
            --against, the changes since an older edition are listed first and marked on the page.

            Exit status: 0 written, 2 error (nothing written).
            """)

    @Argument(help: "A tariff sheet PDF.")
    var sheet: String

    @Option(name: .shortAndLong, help: "Write the report to this file (default: <sheet name>.review.html here).")
    var output: String?

    @Option(help: ArgumentHelp("An older edition to compare with: a sheet PDF or a catalogue JSON.", valueName: "old"))
    var against: String?

    @Option(help: ArgumentHelp("Draw only these pages of a long sheet: 3-7, or 1,4-5 (default: all).", valueName: "pages"))
    var pages: String?

    @Option(help: ArgumentHelp("Add the words of this JSON file to the parser's (as for ingest).", valueName: "file"))
    var vocabulary: String?

    /// Set by the supervisor when it starts a worker: read and draw the sheet in this process,
    /// into this file.
    @Option(name: .customLong("worker-output"), help: .hidden)
    var workerOutput: String?

    func validate() throws {
        if let vocabulary { _ = try Ingest.vocabulary(from: vocabulary) }
        // A selection that does not read is a usage error at once; pages past the end are found
        // once the sheet is open.
        if let pages {
            do { _ = try PageSelection.ranges(pages) } catch { throw ValidationError(error.reason) }
        }
    }

    var target: String {
        output ?? URL(fileURLWithPath: sheet).deletingPathExtension().lastPathComponent + ".review.html"
    }

    func run() throws {
        if let workerOutput { runWorker(into: workerOutput) }
        let report: AtomicFileStream
        do { report = try AtomicFileStream(path: target) } catch {
            StandardError.print("tariff: \(target): cannot be written (\(error.reason))")
            throw ExitCode(2)
        }
        var arguments = ["review", sheet, "--worker-output", report.writingPath, "-o", target]
        if let against { arguments += ["--against", against] }
        if let pages { arguments += ["--pages", pages] }
        if let vocabulary { arguments += ["--vocabulary", vocabulary] }
        let outcome = Supervisor(timeout: Limits.standard.time.fixedSeconds, maxMemory: Limits.standard.maxMemory)
            .run(sheet: sheet, arguments: arguments, relayStdout: false)
        if !outcome.report.isEmpty { StandardError.print(outcome.report) }
        guard !outcome.failed else {
            report.abandon()
            throw ExitCode(2)
        }
        do { try report.commit() } catch {
            StandardError.print("tariff: \(target): cannot be written (\(error.reason))")
            throw ExitCode(2)
        }
    }

    /// The worker: ingest, compare, draw, each page written as soon as it is drawn.
    private func runWorker(into path: String) -> Never {
        StandardError.quietLibraries()
        let stop = WorkerDeadline(sheet: sheet)
        if let opening = Limits.standard.time.seconds(forPages: 1) { stop.set(deadline: WorkerDeadline.now + opening, seconds: opening) }
        var status: Int32 = 0
        do {
            let review = try read(stop: stop)
            let document: PDFDocument
            do { document = try PDFDocument(path: sheet) } catch { throw TariffError(file: sheet, error) }
            // Drawing a hostile page can hang inside poppler as reading one can: the same bound a page.
            if let seconds = Limits.standard.time.seconds(forPages: review.pages.count) {
                stop.set(deadline: WorkerDeadline.now + seconds, seconds: seconds)
            }
            guard let file = FileHandle(forWritingAtPath: path) else {
                throw TariffError(file: target, reason: "cannot be written (\(String(cString: strerror(errno))))")
            }
            defer { try? file.close() }
            do {
                try ReviewWriter().write(review.sheet, pages: review.pages, picture: { document.picture(page: $0, scale: ReviewSettings.standard.scale) },
                                         to: { try file.write(contentsOf: Data($0.utf8)) })
            } catch {
                throw TariffError(file: target, reason: "cannot be written (\((error as NSError).localizedDescription))")
            }
            stop.disarm()
            StandardError.print(summary(review))
        } catch {
            stop.disarm()
            StandardError.print("tariff: \(error)")
            status = 2
        }
        fflush(nil)
        _exit(status)
    }

    /// The sheet read, the older edition compared, the pages chosen.
    private func read(stop: WorkerDeadline) throws(TariffError) -> (sheet: ReviewSheet, pages: [Int]) {
        let words: Vocabulary
        do { words = try vocabulary.map(Ingest.vocabulary) ?? .standard } catch {
            throw TariffError(file: vocabulary ?? "", reason: "is not a vocabulary file")
        }
        let result = try Ingestor(vocabulary: words, deadlineSet: stop.set).ingest(path: sheet)
        let chosen: [Int]
        do { chosen = try PageSelection.pages(pages, pageCount: result.catalogue.source.pages) } catch {
            throw TariffError(file: sheet, reason: error.reason)
        }
        var comparison: ReviewSheet.Comparison?
        if let against {
            let old = try CatalogueInput.catalogue(at: against)
            comparison = ReviewSheet.Comparison(file: URL(fileURLWithPath: against).lastPathComponent,
                                                changes: CatalogueDiff(old: old, new: result.catalogue).changes())
        }
        return (ReviewSheet(catalogue: result.catalogue, verdicts: result.verdicts, tables: result.tables, against: comparison), chosen)
    }

    private func summary(_ review: (sheet: ReviewSheet, pages: [Int])) -> String {
        let catalogue = review.sheet.catalogue
        let changes = review.sheet.against.map { ", \($0.changes.count) changes against \($0.file)" } ?? ""
        return "tariff: \(target): review of \(catalogue.source.file), \(review.pages.count) of \(catalogue.source.pages) pages, "
            + "\(catalogue.products.count) products, \(catalogue.warnings.count) warnings\(changes)"
    }
}
