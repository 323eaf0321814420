import Layout

/// The table parser: pages of lines in, tables, footnotes, prose and warnings out.
///
/// Per page, in order: running text (found across pages), header rows, each table read from
/// its header down, footnotes among what is left, and then every remaining line is prose,
/// or, when it stands inside a table, an unaccounted line with a warning.
public struct SheetParser: Sendable {
    public var settings: TableSettings
    public var vocabulary: HeaderVocabulary

    public init(settings: TableSettings = .standard, vocabulary: HeaderVocabulary = .standard) {
        self.settings = settings
        self.vocabulary = vocabulary
    }

    public func parse(_ pages: [PageLayout], metadataTitle: String? = nil) -> ParsedSheet {
        let running = RunningTextDetector(settings: settings).detect(pages)
        var state = State()
        for (index, page) in pages.enumerated() {
            parse(page, running: running[index], into: &state)
        }
        return ParsedSheet(pageCount: pages.count, title: title(pages, running) ?? metadataTitle,
                           tables: state.tables, footnotes: state.footnotes, pageTexts: state.texts,
                           warnings: state.warnings, accounting: state.accounting)
    }

    private struct State {
        var tables: [ParsedTable] = []
        var footnotes: [ParsedFootnote] = []
        var texts: [PageText] = []
        var warnings: [ParseWarning] = []
        var accounting = LineAccounting()
    }

    private func parse(_ layout: PageLayout, running: Set<Int>, into state: inout State) {
        var page = PageLines(page: layout, tokenizer: MoneyTokenizer(settings: settings))
        for i in running { page.roles[i] = .runningText }
        let tablesBefore = state.tables.count
        let spans = readTables(&page, into: &state)
        let footnoteDetector = FootnoteDetector(settings: settings)
        let footnotes = footnoteDetector.footnotes(in: &page)
        state.footnotes += footnotes
        state.texts += footnotes.map { PageText(page: page.number, kind: .footnote, text: $0.text) }
        classifyRest(&page, tableSpans: spans, firstTable: tablesBefore, into: &state)
        for role in page.roles { state.accounting.add(role ?? .prose) }
    }

    /// Reads every table of the page; returns their vertical spans.
    private func readTables(_ page: inout PageLines, into state: inout State) -> [ClosedRange<Double>] {
        let headers = HeaderDetector(settings: settings, vocabulary: vocabulary).headers(in: page)
        let reader = TableReader(settings: settings, vocabulary: vocabulary,
                                 footnotes: FootnoteDetector(settings: settings))
        var spans: [ClosedRange<Double>] = []
        for (h, header) in headers.enumerated() {
            let end = h + 1 < headers.count ? headers[h + 1].lines[0] : page.lines.count
            guard let result = reader.read(header, page: &page, bodyEnd: end, previous: state.tables.last) else {
                state.warnings.append(ParseWarning(page: page.number, message: "column header without price rows under it",
                                                   text: header.lines.map { page.lines[$0].text }.joined(separator: " ")))
                continue
            }
            state.tables.append(result.table)
            state.warnings += result.warnings
            state.texts += result.table.rows.flatMap { row in
                row.remarks.map { PageText(page: page.number, kind: .remark, text: $0) }
            }
            spans.append(result.span)
        }
        return spans
    }

    /// Free lines inside a table are unaccounted (and warned about); elsewhere they are prose.
    private func classifyRest(_ page: inout PageLines, tableSpans: [ClosedRange<Double>], firstTable: Int,
                              into state: inout State) {
        var prose: [String] = []
        for i in page.lines.indices where page.isFree(i) {
            let line = page.lines[i]
            if let t = tableSpans.firstIndex(where: { $0.contains(line.box.midY) }) {
                state.tables[firstTable + t].strayLines += 1
                page.roles[i] = .unaccounted
                state.warnings.append(ParseWarning(page: page.number, message: "text inside a table that fits no row", text: line.text))
            } else {
                page.roles[i] = .prose
                prose.append(line.text)
            }
        }
        if !prose.isEmpty { state.texts.append(PageText(page: page.number, kind: .prose, text: TextJoiner.join(prose))) }
    }

    /// The most frequent running header in the top band (ties: the first in page order).
    private func title(_ pages: [PageLayout], _ running: [Set<Int>]) -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        var order = 0
        for (p, page) in pages.enumerated() {
            for i in running[p].sorted() where page.lines[i].box.maxY <= settings.runningBandShare * page.height {
                let text = page.lines[i].text
                guard !RunningTextDetector.isPageNumber(text) else { continue }
                counts[text, default: (0, order)].count += 1
                order += 1
            }
        }
        return counts.max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }?.key
    }
}
