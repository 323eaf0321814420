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
    /// Pages laid out per round: large enough to keep both cores busy, small enough for memory.
    var chunkSize = 32

    struct Output {
        var sheet: ParsedSheet
        var glyphCount: Int
        var clock: StageClock
    }

    func run() -> Output {
        let pageCount = documents[0].pageCount
        let detector = RunningTextDetector(settings: tables)
        var layouts: [Int: PageLayout] = [:]
        var keys: [Int: [String?]] = [:]
        var assembler = SheetAssembler()
        var clock = StageClock()
        var glyphCount = 0
        var laidOut = 0, parsed = 0
        while parsed < pageCount {
            if laidOut < pageCount {
                let range = laidOut..<min(pageCount, laidOut + chunkSize)
                for (offset, page) in layOut(range).enumerated() {
                    layouts[range.lowerBound + offset] = page.layout
                    keys[range.lowerBound + offset] = detector.keys(of: page.layout)
                    glyphCount += page.glyphs
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
        return Output(sheet: sheet, glyphCount: glyphCount, clock: clock)
    }

    private struct LaidOutPage: Sendable {
        var layout: PageLayout
        var glyphs: Int
        var clock: StageClock
    }

    private func layOut(_ range: Range<Int>) -> [LaidOutPage] {
        let pool = DocumentPool(documents)
        let settings = layout
        return Parallel.map(count: range.count, workers: documents.count) { worker, offset in
            var clock = StageClock()
            let text = clock.measure(.extract) { pool[worker].page(range.lowerBound + offset + 1) }
            let layout = clock.measure(.layout) { PageLayout(page: text, settings: settings) }
            return LaidOutPage(layout: layout, glyphs: text.glyphs.count, clock: clock)
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
