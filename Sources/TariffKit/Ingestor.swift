import Catalogue
import Crypto
import Extraction
import Foundation
import Layout
import Tables

/// The whole ingest pipeline as one call: PDF → glyphs → lines → tables → catalogue.
public struct Ingestor: Sendable {
    public var settings: ParserSettings
    public var vocabulary: Vocabulary
    /// Threads reading pages of one document; one per core by default.
    public var workers: Int
    public var limits: Limits
    /// Told the time limit once the page count gives it: the uptime in seconds the document
    /// must be done by, and the limit in seconds (the CLI's worker arms its own stop with it).
    public var deadlineSet: (@Sendable (_ deadline: Double, _ seconds: Double) -> Void)?

    public init(settings: ParserSettings = .standard, vocabulary: Vocabulary = .standard,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount, limits: Limits = .standard,
                deadlineSet: (@Sendable (_ deadline: Double, _ seconds: Double) -> Void)? = nil) {
        self.settings = settings
        self.vocabulary = vocabulary
        self.workers = max(1, workers)
        self.limits = limits
        self.deadlineSet = deadlineSet
    }

    /// Reads the sheet at `path`. Throws `TariffError` for a file that is not a readable PDF
    /// with a text layer and at least one price table.
    public func ingest(path: String) throws(TariffError) -> IngestResult {
        let started = DispatchTime.now().uptimeNanoseconds
        let name = URL(fileURLWithPath: path).lastPathComponent
        let documents = try open(path)
        guard documents[0].pageCount <= limits.maxPages else {
            throw TariffError(file: path, reason: "has \(documents[0].pageCount) pages, more than the limit of \(limits.maxPages) (--max-pages)")
        }
        let seconds = limits.time.seconds(forPages: documents[0].pageCount)
        let deadline = seconds.map { Double(started) / 1e9 + $0 }
        if let deadline, let seconds { deadlineSet?(deadline, seconds) }
        let pipeline = PagePipeline(documents: documents, settings: settings, vocabulary: vocabulary,
                                    maxGlyphsPerPage: limits.maxGlyphsPerPage, deadline: deadline, timeLimit: seconds ?? 0)
        let output: PagePipeline.Output
        do { output = try pipeline.run() } catch let stopped as PagePipeline.Stopped {
            throw TariffError(file: path, reason: stopped.reason)
        } catch {
            throw TariffError(file: path, reason: "\(error)")
        }
        var clock = output.clock
        guard output.glyphCount > 0 else { throw TariffError(file: path, documents[0].textOutsidePages().reason) }
        guard !output.sheet.tables.isEmpty else {
            throw TariffError(file: path, reason: "no tariff table found (no price column header with amounts under it)")
        }
        let digest = try Self.sha256(path)
        let source = Source(file: name, sha256: digest, pages: documents[0].pageCount, title: output.sheet.title)
        var catalogue = clock.measure(.build) { CatalogueBuilder(vocabulary: vocabulary).build(output.sheet, source: source, workers: workers) }
        // A catalogue without a price is no tariff sheet, whatever looked like a table on it.
        guard catalogue.products.contains(where: { !$0.prices.isEmpty }) else {
            let tables = catalogue.tables.count == 1 ? "1 table, but no named product with a price in it"
                : "\(catalogue.tables.count) tables, but no named product with a price in them"
            throw TariffError(file: path, reason: "no tariff table found (\(tables))")
        }
        for page in output.truncatedPages {
            catalogue.warnings.append(Warning(page: page, message: "poppler reads at most \(PagePipeline.popplerTinyCharacterCap) "
                + "small characters (under about 6 pt) on a page: the rest of this page is missing", text: ""))
        }
        clock.wall = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return IngestResult(catalogue: catalogue, timings: clock, verdicts: output.sheet.verdicts, tables: output.sheet.tables)
    }

    /// One poppler document per worker (never more workers than pages).
    private func open(_ path: String) throws(TariffError) -> [PDFDocument] {
        do {
            let first = try PDFDocument(path: path)
            var documents = [first]
            while documents.count < min(workers, first.pageCount) { documents.append(try PDFDocument(path: path)) }
            return documents
        } catch {
            throw TariffError(file: path, error)
        }
    }

    static func sha256(_ path: String) throws(TariffError) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw TariffError(file: path, reason: "cannot be read") }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

/// A catalogue and what it took to make it.
public struct IngestResult: Sendable {
    public var catalogue: Catalogue
    public var timings: StageClock
    /// Every line of every page with its role and the rule that gave it, by page.
    public var verdicts: [[LineVerdict]]
    /// The tables as parsed, one per table and page: where each stands and where its columns are.
    public var tables: [ParsedTable] = []

    /// Page `number`'s lines as the parser read them (see `PageExplanation`); nil for a page
    /// the sheet does not have.
    public func explanation(ofPage number: Int) -> PageExplanation? {
        verdicts.indices.contains(number - 1) ? PageExplanation(page: number, of: verdicts.count, verdicts: verdicts[number - 1]) : nil
    }
}

/// Time per pipeline stage, summed over the threads that ran it, and the wall time of it all.
public struct StageClock: Sendable {
    public enum Stage: String, Sendable, CaseIterable { case extract, layout, parse, build, encode }
    public private(set) var seconds: [Stage: Double] = [:]
    /// Wall-clock seconds from opening the PDF to the catalogue (encoding not included).
    public var wall = 0.0

    public init() {}

    /// Adds another clock's stage times (a worker's).
    public mutating func add(_ other: StageClock) {
        for (stage, value) in other.seconds { seconds[stage, default: 0] += value }
    }

    public mutating func measure<T>(_ stage: Stage, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { seconds[stage, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        return try work()
    }
}
