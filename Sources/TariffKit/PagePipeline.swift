import Extraction
import Foundation
import Geometry
import Layout
import Tables

/// Streams a document's pages through extraction, layout and parsing on several cores, with
/// memory bounded by a window of pages, not the document.
///
/// Every worker thread owns one poppler document (poppler objects are not shared between
/// threads) and loops: parse the next page whose running-text window is laid out, else lay out
/// the next page, else wait. There is no barrier between rounds, so a core never idles while
/// the other finishes a batch. Results are assembled strictly in page order, so the catalogue
/// never depends on timing.
struct PagePipeline {
    var documents: [PDFDocument]
    var settings: ParserSettings
    var vocabulary: Vocabulary
    /// A page with more glyphs fails the document (bounds memory before layout).
    var maxGlyphsPerPage = Limits.standard.maxGlyphsPerPage
    /// Uptime in seconds after which the document fails, checked before each page, and the
    /// limit it stands for (for the reason).
    var deadline: Double?
    var timeLimit = 0.0
    /// Pages laid out ahead of the first unparsed page's window: enough to keep every core
    /// busy, few enough that memory does not grow with the document.
    var lookahead = 32

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
        let stream = PageStream(pageCount: documents[0].pageCount, window: settings.runningWindow, lookahead: lookahead,
                                maxGlyphsPerPage: maxGlyphsPerPage)
        let pool = DocumentPool(documents)
        let work = PageWork(settings: settings, maxGlyphsPerPage: maxGlyphsPerPage, deadline: deadline, timeLimit: timeLimit,
                            detector: RunningTextDetector(settings: settings, vocabulary: vocabulary),
                            parser: PageParser(settings: settings, vocabulary: vocabulary))
        DispatchQueue.concurrentPerform(iterations: documents.count) { worker in
            while let task = stream.next() {
                switch task {
                case .layOut(let index): stream.laidOut(index, work.layOut(pool[worker], index))
                case .parse(let index, let page, let keys):
                    stream.parsed(index, work.parse(page, index, keys, stream.pageCount, pool[worker]))
                }
                if let reason = work.pastDeadline() { stream.stop(reason) }
            }
        }
        if let reason = stream.failure(maxGlyphsPerPage: maxGlyphsPerPage) { throw Stopped(reason: reason) }
        var clock = stream.clock
        var assembler = stream.assembler
        let sheet = clock.measure(.parse) {
            assembler.finish(pageCount: stream.pageCount, metadataTitle: documents[0].metadataTitle)
        }
        return Output(sheet: sheet, glyphCount: stream.glyphCount, clock: clock, truncatedPages: stream.truncatedPages)
    }
}

// MARK: - The work on one page

/// What a worker does with one page, outside any lock.
private struct PageWork: Sendable {
    var settings: ParserSettings
    var maxGlyphsPerPage: Int
    var deadline: Double?
    var timeLimit: Double
    var detector: RunningTextDetector
    var parser: PageParser

    func layOut(_ document: PDFDocument, _ index: Int) -> LaidOutPage {
        var clock = StageClock()
        let text = clock.measure(.extract) { document.page(index + 1) }
        let tiny = text.glyphs.reduce(0) { $0 + ($1.box.width < PagePipeline.popplerTinyCharacterWidth ? 1 : 0) }
        // An over-full page is not laid out at all: the document fails on it anyway.
        guard text.glyphs.count <= maxGlyphsPerPage else {
            return LaidOutPage(layout: PageLayout(number: text.number, width: 0, height: 0, lines: []), keys: [],
                               glyphs: text.glyphs.count, tinyGlyphs: tiny, clock: clock)
        }
        let lines = clock.measure(.layout) { PageLayout(page: text, settings: settings) }
        return LaidOutPage(layout: lines, keys: detector.keys(of: lines), glyphs: text.glyphs.count, tinyGlyphs: tiny,
                           clock: clock)
    }

    /// Parses a page; a page whose rows set tight were read by placement alone, or whose
    /// headers have spanning labels, is drawn there and parsed again with the rules it draws
    /// between the rows (`RuledRows`) and under the spanners (`HeaderDetector`).
    func parse(_ page: PageLayout, _ index: Int, _ keys: [Int: [String?]], _ pageCount: Int,
               _ document: PDFDocument) -> ParsedPage {
        var clock = StageClock()
        let running = clock.measure(.parse) {
            detector.runningLines(of: page, index: index, pageCount: pageCount, keysOf: { keys[$0]! })
        }
        var result = clock.measure(.parse) { parser.parse(page, running: running) }
        guard result.tightRowRegion != nil || !result.spannerGaps.isEmpty else { return ParsedPage(result: result, clock: clock) }
        let rules = RuleDetector(settings: settings)
        func raster(_ region: Rect) -> PageRaster {
            clock.measure(.extract) {
                document.raster(page: index + 1, region: region, scaleX: settings.ruleRasterScaleX, scaleY: settings.ruleRasterScaleY)
            }
        }
        var drawn: [HorizontalRule] = []
        if let region = result.tightRowRegion {
            let picture = raster(region)
            drawn += clock.measure(.layout) { rules.rules(in: picture) }
        }
        for gap in result.spannerGaps {
            let picture = raster(gap)
            drawn += clock.measure(.layout) { rules.segments(in: picture, minimumWidth: settings.shortRuleMinWidth) }
        }
        result = clock.measure(.parse) { parser.parse(page, running: running, rules: drawn) }
        return ParsedPage(result: result, clock: clock)
    }

    func pastDeadline() -> String? {
        guard let deadline else { return nil }
        let now = Double(DispatchTime.now().uptimeNanoseconds) / 1e9
        return now > deadline ? TimeBudget.reason(timeLimit) : nil
    }
}

private struct LaidOutPage: Sendable {
    var layout: PageLayout
    /// The page's running-text keys, for its neighbours' windows.
    var keys: [String?]
    var glyphs: Int
    var tinyGlyphs: Int
    var clock: StageClock
}

private struct ParsedPage: Sendable {
    var result: PageResult
    var clock: StageClock
}

// MARK: - Shared state

/// The pages in flight and what is done, shared by the workers under one lock.
private final class PageStream: @unchecked Sendable {
    enum Task {
        case layOut(Int)
        case parse(Int, PageLayout, keys: [Int: [String?]])
    }

    let pageCount: Int
    private let window: Int
    private let lookahead: Int
    private let condition = NSCondition()
    private var nextLayOut = 0
    /// Every page below this is laid out.
    private var laidOutPrefix = 0
    private var nextParse = 0
    /// Every page below this is parsed and handed to the assembler, in order.
    private var assembledPrefix = 0
    private var layouts: [Int: PageLayout] = [:]
    private var keys: [Int: [String?]] = [:]
    private var results: [Int: PageResult] = [:]
    private(set) var assembler = SheetAssembler()
    private(set) var clock = StageClock()
    private(set) var glyphCount = 0
    private(set) var truncatedPages: [Int] = []
    private var stopReason: String?
    /// Over-full pages seen (index → glyphs). Pages are handed out in order and a task in
    /// flight always finishes, so the first of them is the same on every run.
    private var overfull: [Int: Int] = [:]
    private let maxGlyphsPerPage: Int

    init(pageCount: Int, window: Int, lookahead: Int, maxGlyphsPerPage: Int) {
        self.pageCount = pageCount
        self.window = window
        self.lookahead = lookahead
        self.maxGlyphsPerPage = maxGlyphsPerPage
    }

    /// The next task for a worker, waiting while none is ready; nil when all is done or stopped.
    func next() -> Task? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if stopReason != nil || assembledPrefix == pageCount { return nil }
            if nextParse < pageCount, laidOutPrefix > min(nextParse + window, pageCount - 1) {
                let index = nextParse
                nextParse += 1
                let page = layouts.removeValue(forKey: index)!
                return .parse(index, page, keys: windowKeys(of: index))
            }
            if nextLayOut < pageCount, nextLayOut < nextParse + window + lookahead {
                nextLayOut += 1
                return .layOut(nextLayOut - 1)
            }
            condition.wait()
        }
    }

    private func windowKeys(of index: Int) -> [Int: [String?]] {
        let range = max(0, index - window)...min(pageCount - 1, index + window)
        return Dictionary(uniqueKeysWithValues: range.map { ($0, keys[$0]!) })
    }

    func laidOut(_ index: Int, _ page: LaidOutPage) {
        condition.lock()
        defer { condition.broadcast(); condition.unlock() }
        clock.add(page.clock)
        glyphCount += page.glyphs
        if page.glyphs > maxGlyphsPerPage {
            overfull[index] = page.glyphs
            stopReason = stopReason ?? "over-full page"
            return
        }
        if page.tinyGlyphs >= PagePipeline.popplerTinyCharacterCap { truncatedPages.append(index + 1) }
        layouts[index] = page.layout
        keys[index] = page.keys
        while laidOutPrefix < pageCount, layouts[laidOutPrefix] != nil || laidOutPrefix < nextParse { laidOutPrefix += 1 }
    }

    func parsed(_ index: Int, _ page: ParsedPage) {
        condition.lock()
        defer { condition.broadcast(); condition.unlock() }
        clock.add(page.clock)
        results[index] = page.result
        // In page order only: a table continued on the next page needs the one before.
        while let result = results.removeValue(forKey: assembledPrefix) {
            clock.measure(.parse) { assembler.add(result) }
            assembledPrefix += 1
            // Keys stay while a later page's window still reaches back to them.
            keys[assembledPrefix - 1 - window] = nil
        }
    }

    /// Why the document failed, if it did: the first over-full page, else the first reason.
    func failure(maxGlyphsPerPage: Int) -> String? {
        if let (index, glyphs) = overfull.min(by: { $0.key < $1.key }) {
            return "page \(index + 1) has \(glyphs) glyphs, more than the limit of \(maxGlyphsPerPage) (--max-glyphs-per-page)"
        }
        return stopReason
    }

    func stop(_ reason: String) {
        condition.lock()
        defer { condition.broadcast(); condition.unlock() }
        if stopReason == nil { stopReason = reason }
    }
}

/// Hands each worker thread its own document; never shared between threads.
private final class DocumentPool: @unchecked Sendable {
    private let documents: [PDFDocument]
    init(_ documents: [PDFDocument]) { self.documents = documents }
    subscript(worker: Int) -> PDFDocument { documents[worker] }
}
