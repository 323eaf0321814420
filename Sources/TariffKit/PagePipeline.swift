import Extraction
import Foundation
import Layout
import Tables

/// Streams a document's pages through extraction, layout and parsing on several cores, with
/// memory bounded by a chunk of pages, not the document.
///
/// Pages are laid out a chunk at a time, in parallel, each worker reading through its own
/// poppler document (poppler objects are not shared between threads). A page is parsed once
/// the pages of its running-text window are laid out; then its layout is dropped. Pages are
/// parsed in parallel too and assembled in page order, so the result never depends on timing.
struct PagePipeline {
    var documents: [PDFDocument]
    var layout: LayoutSettings
    var tables: TableSettings
    var vocabulary: HeaderVocabulary
    /// A page with more glyphs fails the document (bounds memory before layout).
    var maxGlyphsPerPage = Limits.standard.maxGlyphsPerPage
    /// Uptime in seconds after which the document fails, checked between chunks.
    var deadline: Double?
    /// Pages laid out per round: large enough to keep both cores busy, small enough for memory.
    var chunkSize = 32

    /// Why a document stopped part-way: a bound was crossed.
    struct Stopped: Error {
        var reason: String
    }

    struct Output {
        var sheet: ParsedSheet
        var glyphCount: Int
        var clock: StageClock
        /// Pages where poppler stopped at its cap on tiny characters.
        var truncatedPages: [Int]
    }

    /// Poppler's TextPage keeps at most this many "tiny" characters (advance under 3 pt, i.e.
    /// text under about 6 pt) on a page and drops the rest without a word: a guard of its own
    /// against pathological files.
    static let popplerTinyCharacterCap = 50_000
    static let popplerTinyCharacterWidth = 3.0

    func run() throws -> Output {
        let pageCount = documents[0].pageCount
        let detector = RunningTextDetector(settings: tables)
        var layouts: [Int: PageLayout] = [:]
        var keys: [Int: [String?]] = [:]
        var assembler = SheetAssembler()
        var clock = StageClock()
        var glyphCount = 0
        var truncatedPages: [Int] = []
        var laidOut = 0, parsed = 0
        while parsed < pageCount {
            try checkDeadline()
            if laidOut < pageCount {
                let range = laidOut..<min(pageCount, laidOut + chunkSize)
                for (offset, page) in layOut(range).enumerated() {
                    guard page.glyphs <= maxGlyphsPerPage else {
                        throw Stopped(reason: "page \(range.lowerBound + offset + 1) has \(page.glyphs) glyphs, "
                            + "more than the limit of \(maxGlyphsPerPage) (--max-glyphs-per-page)")
                    }
                    layouts[range.lowerBound + offset] = page.layout
                    keys[range.lowerBound + offset] = detector.keys(of: page.layout)
                    glyphCount += page.glyphs
                    if page.tinyGlyphs >= Self.popplerTinyCharacterCap { truncatedPages.append(range.lowerBound + offset + 1) }
                    clock.add(page.clock)
                }
                laidOut = range.upperBound
            }
            let ready = laidOut == pageCount ? pageCount : max(parsed, laidOut - tables.runningWindow)
            guard ready > parsed else { continue }
            let results = parse(parsed..<ready, layouts: layouts, keys: keys, pageCount: pageCount, detector: detector)
            for result in results {
                assembler.add(result.page)
                clock.add(result.clock)
            }
            for index in parsed..<ready { layouts[index] = nil }
            for index in keys.keys where index < ready - tables.runningWindow { keys[index] = nil }
            parsed = ready
        }
        let sheet = clock.measure(.parse) {
            assembler.finish(pageCount: pageCount, metadataTitle: documents[0].metadataTitle)
        }
        return Output(sheet: sheet, glyphCount: glyphCount, clock: clock, truncatedPages: truncatedPages)
    }

    private func checkDeadline() throws {
        guard let deadline else { return }
        let now = Double(DispatchTime.now().uptimeNanoseconds) / 1e9
        if now > deadline { throw Stopped(reason: "took longer than the time limit (--timeout)") }
    }

    private struct LaidOutPage: Sendable {
        var layout: PageLayout
        var glyphs: Int
        var tinyGlyphs: Int
        var clock: StageClock
    }

    private func layOut(_ range: Range<Int>) -> [LaidOutPage] {
        let pool = DocumentPool(documents)
        let settings = layout
        let cap = maxGlyphsPerPage
        return Parallel.map(count: range.count, workers: documents.count) { worker, offset in
            var clock = StageClock()
            let text = clock.measure(.extract) { pool[worker].page(range.lowerBound + offset + 1) }
            let tiny = text.glyphs.reduce(0) { $0 + ($1.box.width < Self.popplerTinyCharacterWidth ? 1 : 0) }
            // An over-full page is not laid out at all: the document fails on it anyway.
            guard text.glyphs.count <= cap else {
                return LaidOutPage(layout: PageLayout(number: text.number, width: 0, height: 0, lines: []),
                                   glyphs: text.glyphs.count, tinyGlyphs: tiny, clock: clock)
            }
            let layout = clock.measure(.layout) { PageLayout(page: text, settings: settings) }
            return LaidOutPage(layout: layout, glyphs: text.glyphs.count, tinyGlyphs: tiny, clock: clock)
        }
    }

    private func parse(_ range: Range<Int>, layouts: [Int: PageLayout], keys: [Int: [String?]], pageCount: Int,
                       detector: RunningTextDetector) -> [(page: PageResult, clock: StageClock)] {
        let running = range.map { index in
            detector.runningLines(of: layouts[index]!, index: index, pageCount: pageCount, keysOf: { keys[$0]! })
        }
        let pages = range.map { layouts[$0]! }
        let parser = PageParser(settings: tables, vocabulary: vocabulary)
        return Parallel.map(count: pages.count, workers: documents.count) { _, offset in
            var clock = StageClock()
            let result = clock.measure(.parse) { parser.parse(pages[offset], running: running[offset]) }
            return (result, clock)
        }
    }
}

/// Hands each worker thread its own document; never shared between threads.
private final class DocumentPool: @unchecked Sendable {
    private let documents: [PDFDocument]
    init(_ documents: [PDFDocument]) { self.documents = documents }
    subscript(worker: Int) -> PDFDocument { documents[worker] }
}
