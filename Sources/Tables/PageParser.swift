import Geometry
import Layout

/// What one page holds: its tables, footnotes and texts, with every line's role counted.
/// A table without a caption of its own is left for `SheetAssembler` to join to the table
/// before it, which may be on an earlier page.
public struct PageResult: Sendable {
    public var number: Int
    public var tables: [ParsedTable]
    public var footnotes: [ParsedFootnote]
    public var texts: [PageText]
    public var warnings: [ParseWarning]
    public var accounting: LineAccounting
    /// Running lines in the page's top band that are not page numbers: title candidates.
    public var runningHeaders: [String]
    /// What the page's tables show of the sheet's amount placement (flaws per placement).
    public var placementFlaws: PlacementFlaws = [:]
    /// The page read with each placement winning ties, when that changes its rows: the
    /// sheet's evidence picks one at assembly (`SheetAssembler`). Empty when the page can tell.
    public var alternatives: [AmountPlacement: PageResult] = [:]
    /// Where the page's tables read rows set tight by placement alone, when it was parsed
    /// without its rules: drawing this region and parsing again with the rules found there
    /// (`RuledRows`) settles them. Nil when no table needs it.
    public var tightRowRegion: Rect?
    /// The bands between the page's spanning header labels and the labels under them, when it
    /// was parsed without its rules: a rule drawn there says which columns a label spans
    /// (`RuleDetector.segments`). Empty when no header has a spanner.
    public var spannerGaps: [Rect] = []
    /// Every line's role and the rule that gave it, top to bottom (`tariff ingest --explain`).
    public var verdicts: [LineVerdict] = []
}

/// Reads one page, independent of every other page, so pages can be read in parallel.
///
/// In order: header rows, each table read from its header down, footnotes among what is
/// left, and then every remaining line is prose, or, inside a table, an unaccounted line with
/// a warning.
public struct PageParser: Sendable {
    public var settings: ParserSettings
    public var vocabulary: Vocabulary
    /// Made once: it reads the vocabulary's cell words into phrases.
    private let tokenizer: MoneyTokenizer
    /// Made once, like the tokenizer: each reading of a page asks it.
    private let transposedReader: TransposedTableReader
    /// Made once, like the tokenizer: footnotes, prose and every table's footnotes join lines.
    private let joiner: TextJoiner

    public init(settings: ParserSettings = .standard, vocabulary: Vocabulary = .standard) {
        self.settings = settings
        self.vocabulary = vocabulary
        tokenizer = MoneyTokenizer(settings: settings, vocabulary: vocabulary)
        transposedReader = TransposedTableReader(settings: settings, vocabulary: vocabulary)
        joiner = TextJoiner(vocabulary: vocabulary)
    }

    /// Reads `layout`, whose lines at `running` are running headers, footers or page numbers.
    /// `rules`: the rules and bands the page draws in its `tightRowRegion` and `spannerGaps`,
    /// once asked for.
    public func parse(_ layout: PageLayout, running: Set<Int>, rules: [HorizontalRule]? = nil) -> PageResult {
        // Every reading starts from the same unread page, so its amounts and headers are found once.
        var unread = PageLines(page: layout, tokenizer: tokenizer)
        for i in running { unread.mark(i, .runningText, by: .runningText) }
        let headers = HeaderDetector(settings: settings, vocabulary: vocabulary, rules: rules ?? []).headers(in: unread)
        // A table printed with products as columns has no header row of labels: where it starts,
        // the table above it ends.
        unread.tableStarts = headers.map { $0.lines[0] } + transposedReader.starts(in: unread, headers: Set(headers.flatMap(\.lines)))
        var (result, ambiguous) = parse(unread, headers: headers, forced: nil, rules: rules)
        if rules == nil { result.spannerGaps = headers.flatMap(\.spannerGaps) }
        guard ambiguous else { return result }
        for placement in AmountPlacement.allCases {
            result.alternatives[placement] = parse(unread, headers: headers, forced: placement, rules: rules).result
        }
        return result
    }

    /// One reading of the page from `unread` (running text marked, nothing else used yet).
    private func parse(_ unread: PageLines, headers: [HeaderBlock], forced: AmountPlacement?,
                       rules: [HorizontalRule]?) -> (result: PageResult, ambiguous: Bool) {
        var page = unread
        var result = PageResult(number: page.number, tables: [], footnotes: [], texts: [], warnings: [],
                                accounting: LineAccounting(), runningHeaders: [])
        var (spans, ambiguous) = readTables(headers, &page, into: &result, forced: forced, rules: rules)
        let transposed = transposedReader.tables(in: &page)
        if !transposed.isEmpty {
            result.warnings += transposed.flatMap(\.warnings)
            // The page's tables in reading order, top to bottom, whichever reader found them.
            let ordered = (zip(result.tables, spans).map { (table: $0, span: $1) } + transposed.map { (table: $0.table, span: $0.span) })
                .sorted { $0.span.lowerBound < $1.span.lowerBound }
            result.tables = ordered.map(\.table)
            spans = ordered.map(\.span)
        }
        result.runningHeaders = runningHeaders(page)
        result.footnotes = FootnoteDetector(settings: settings, joiner: joiner).footnotes(in: &page)
        result.texts += result.footnotes.map { PageText(page: page.number, kind: .footnote, text: $0.text) }
        for t in result.tables.indices {
            result.tables[t].footnoteBlock = footnoteBlock(under: spans[t], result.footnotes)
            result.tables[t].span = spans[t]
        }
        classifyRest(&page, tableSpans: spans, into: &result)
        result.accounting = LineAccounting(counting: page.verdicts.map { $0?.role ?? .prose })
        result.verdicts = page.verdicts.compactMap { $0 }
        return (result, ambiguous)
    }

    /// Reads every table of the page; returns their vertical spans. A sheet places amounts
    /// against names one way, so when the other tables of the page show a placement that one
    /// table could not tell, the page is read again with each table told what the others show.
    private func readTables(_ headers: [HeaderBlock], _ page: inout PageLines, into result: inout PageResult,
                            forced: AmountPlacement?, rules: [HorizontalRule]?) -> (spans: [ClosedRange<Double>], ambiguous: Bool) {
        let pristine = (page, result)
        var tables = readTables(headers, &page, into: &result, otherFlaws: [], forced: forced, rules: rules)
        if tables.count > 1 {
            let others = tables.indices.map { t in
                tables.indices.filter { $0 != t }.reduce(into: PlacementFlaws()) { sum, o in sum = sum.adding(tables[o].placementFlaws) }
            }
            let changes = tables.indices.contains { t in
                TablePlacement.order(tables[t].placementOrder, by: tables[t].placementFlaws.adding(others[t]))[0] != tables[t].placementOrder[0]
            }
            if changes {
                (page, result) = pristine
                tables = readTables(headers, &page, into: &result, otherFlaws: others, forced: forced, rules: rules)
            }
        }
        result.tightRowRegion = tables.compactMap(\.tightRowRegion).union()
        result.placementFlaws = tables.reduce(into: PlacementFlaws()) { $0 = $0.adding($1.placementFlaws) }
        return (tables.map(\.span), tables.contains(where: \.placementAmbiguous))
    }

    private func readTables(_ headers: [HeaderBlock], _ page: inout PageLines, into result: inout PageResult,
                            otherFlaws: [PlacementFlaws], forced: AmountPlacement?, rules: [HorizontalRule]?) -> [TableReader.Result] {
        let reader = TableReader(settings: settings, vocabulary: vocabulary,
                                 footnotes: FootnoteDetector(settings: settings, joiner: joiner))
        var read: [TableReader.Result] = []
        for header in headers {
            let end = page.tableStarts.filter { $0 > header.lines.last! }.min() ?? page.lines.count
            let others = read.count < otherFlaws.count ? otherFlaws[read.count] : [:]
            guard let table = reader.read(header, page: &page, bodyEnd: end, otherTablesFlaws: others, forcedPlacement: forced,
                                          rules: rules) else {
                result.warnings.append(ParseWarning(page: page.number, message: "column header without price rows under it",
                                                    text: header.lines.map { page.lines[$0].text }.joined(separator: " ")))
                continue
            }
            result.tables.append(table.table)
            result.warnings += table.warnings
            result.texts += table.table.rows.flatMap { row in row.remarks.map { PageText(page: page.number, kind: .remark, text: $0) } }
            read.append(table)
        }
        return read
    }

    /// The block of the first footnote printed under a table's span, else of the last one above it.
    private func footnoteBlock(under span: ClosedRange<Double>, _ footnotes: [ParsedFootnote]) -> Int {
        footnotes.first { $0.top >= span.upperBound }?.block ?? footnotes.last?.block ?? 1
    }

    /// Free lines inside a table are unaccounted (and warned about); elsewhere they are prose.
    private func classifyRest(_ page: inout PageLines, tableSpans: [ClosedRange<Double>], into result: inout PageResult) {
        var prose: [String] = []
        for i in page.lines.indices where page.isFree(i) {
            let line = page.lines[i]
            let text = line.text
            if let t = tableSpans.firstIndex(where: { $0.contains(line.box.midY) }) {
                result.tables[t].strayLines += 1
                page.mark(i, .unaccounted, by: .unaccounted, detail: "inside a table, fits no row")
                result.warnings.append(ParseWarning(page: page.number, message: "text inside a table that fits no row", text: text))
            } else if page.hasMoney(i) {
                // Amounts no table took: a table whose header was not recognised. Never silent.
                page.mark(i, .unaccounted, by: .unaccounted, detail: "amounts under no column header")
                result.warnings.append(ParseWarning(page: page.number, message: "amounts outside any table (no column header found above them)",
                                                    text: text))
            } else {
                page.mark(i, .prose, by: .prose)
                prose.append(text)
            }
        }
        if !prose.isEmpty { result.texts.append(PageText(page: page.number, kind: .prose, text: joiner.join(prose))) }
    }

    /// The texts of the running lines in the page's top band, top to bottom, page numbers left out.
    private func runningHeaders(_ page: PageLines) -> [String] {
        var headers: [String] = []
        for (i, line) in page.lines.enumerated() where page.role(i) == .runningText
            && line.box.maxY <= settings.runningBandShare * page.page.height {
            let text = line.text
            if !RunningTextDetector(settings: settings, vocabulary: vocabulary).isPageNumber(text) { headers.append(text) }
        }
        return headers
    }
}
