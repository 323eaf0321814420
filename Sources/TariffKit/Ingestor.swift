import Catalogue
import Crypto
import Extraction
import Foundation
import Layout
import Tables

/// The whole ingest pipeline as one call: PDF → glyphs → lines → tables → catalogue.
public struct Ingestor: Sendable {
    public var layout: LayoutSettings
    public var tables: TableSettings
    public var vocabulary: HeaderVocabulary

    public init(layout: LayoutSettings = .standard, tables: TableSettings = .standard,
                vocabulary: HeaderVocabulary = .standard) {
        self.layout = layout
        self.tables = tables
        self.vocabulary = vocabulary
    }

    /// Reads the sheet at `path`. Throws `TariffError` for a file that is not a readable PDF
    /// with a text layer and at least one price table.
    public func ingest(path: String) throws(TariffError) -> IngestResult {
        var clock = StageClock()
        let name = URL(fileURLWithPath: path).lastPathComponent
        let document: PDFDocument
        do { document = try PDFDocument(path: path) } catch { throw TariffError(file: path, error) }
        var pages: [PageLayout] = []
        var glyphCount = 0
        for number in 1...document.pageCount {
            let text = clock.measure(.extract) { document.page(number) }
            glyphCount += text.glyphs.count
            pages.append(clock.measure(.layout) { PageLayout(page: text, settings: layout) })
        }
        guard glyphCount > 0 else { throw TariffError(file: path, .noTextLayer) }
        let sheet = clock.measure(.parse) {
            SheetParser(settings: tables, vocabulary: vocabulary).parse(pages, metadataTitle: document.metadataTitle)
        }
        guard !sheet.tables.isEmpty else { throw TariffError(file: path, reason: "no tariff table found (no price column header with amounts under it)") }
        let digest = try Self.sha256(path)
        let source = Source(file: name, sha256: digest, pages: document.pageCount, title: sheet.title)
        let catalogue = clock.measure(.build) { CatalogueBuilder().build(sheet, source: source) }
        return IngestResult(catalogue: catalogue, timings: clock)
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
}

/// Wall time per pipeline stage.
public struct StageClock: Sendable {
    public enum Stage: String, Sendable, CaseIterable { case extract, layout, parse, build, encode }
    public private(set) var seconds: [Stage: Double] = [:]

    public init() {}

    public mutating func measure<T>(_ stage: Stage, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { seconds[stage, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        return try work()
    }
}
