/// Puts page results together in page order: a table without a caption continues the table
/// before it (a header repeated on the next page), the title is the most frequent running
/// header, and warnings and line counts add up.
public struct SheetAssembler: Sendable {
    private var tables: [ParsedTable] = []
    private var footnotes: [ParsedFootnote] = []
    private var texts: [PageText] = []
    private var warnings: [ParseWarning] = []
    private var accounting = LineAccounting()
    private var verdicts: [[LineVerdict]] = []
    private var headerCounts: [String: (count: Int, first: Int)] = [:]
    private var headerOrder = 0
    /// Pages held until the sheet's amount placement is known (see `finish`).
    private var pages: [PageResult] = []

    public init() {}

    /// Adds the next page; pages must come in order.
    public mutating func add(_ page: PageResult) {
        pages.append(page)
    }

    /// A page whose rows read differently under two placements, both without a flaw on the
    /// page, is read the way the whole sheet shows: a sheet sets its amounts one way, and
    /// another page may show it where this one cannot. Without such evidence (or with a tie)
    /// each page keeps its own reading, and says which of its rows are in doubt (`doubted`).
    private static func settled(_ pages: [PageResult]) -> [PageResult] {
        guard pages.contains(where: { !$0.alternatives.isEmpty }) else { return pages }
        let sheet = pages.reduce(into: PlacementFlaws()) { $0 = $0.adding($1.placementFlaws) }
        let ranked = AmountPlacement.allCases.sorted { sheet[$0, default: .none] < sheet[$1, default: .none] }
        guard sheet[ranked[0], default: .none] < sheet[ranked[1], default: .none] else { return pages.map(doubted) }
        return pages.map { $0.alternatives[ranked[0]] ?? $0 }
    }

    /// The warning on rows no placement can settle; its text names the rows as read.
    public static let placementDoubt = "rows set tight with nothing on the sheet showing whether amounts stand on a row's first name line, its last or its middle: another reading gives other rows; read as"

    /// The page's own reading, with a warning per table whose rows another placement reads
    /// otherwise (nothing on the sheet tells which is meant: rows set tight, no rules, no row
    /// that shows the placement). The rows that read otherwise count as doubtful.
    static func doubted(_ page: PageResult) -> PageResult {
        var page = page
        for t in page.tables.indices {
            let rows = page.tables[t].rows.map(\.name)
            let others = page.alternatives.values.map { alternative in
                alternative.tables.indices.contains(t) ? Set(alternative.tables[t].rows.map(\.name)) : []
            }
            let doubtful = rows.filter { name in others.contains { !$0.contains(name) } }
            guard !doubtful.isEmpty else { continue }
            page.tables[t].doubtfulRows = max(page.tables[t].doubtfulRows, doubtful.count)
            page.warnings.append(ParseWarning(page: page.number, message: placementDoubt, text: doubtful.joined(separator: " | ")))
        }
        return page
    }

    private mutating func assemble(_ page: PageResult) {
        for var table in page.tables {
            if table.captionPending { continueCaption(of: &table) }
            // A header repeated without its caption continues the rows (and their group), and
            // so does one whose caption is its name header when the table before had it there
            // too (repeating the header repeats it); a caption line printed again, or a name
            // header that was a caption line before, starts its section afresh.
            if let previous = tables.last,
               table.isContinuation || (table.captionInHeader && previous.captionInHeader && previous.isContinued(by: table)) {
                carryGroup(from: previous, into: &table)
            }
            tables.append(table)
        }
        footnotes += page.footnotes
        texts += page.texts
        verdicts.append(page.verdicts)
        warnings += page.warnings
        for (role, count) in page.accounting.counts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) { accounting.add(role, count) }
        for header in page.runningHeaders {
            headerCounts[header, default: (0, headerOrder)].count += 1
            headerOrder += 1
        }
    }

    private mutating func continueCaption(of table: inout ParsedTable) {
        table.captionPending = false
        if let previous = tables.last {
            table.caption = previous.caption
            table.note = previous.note
            table.captionMarkers = previous.captionMarkers
            table.captionMarkerPage = previous.captionMarkerPage ?? previous.page
            table.isContinuation = true
        } else {
            table.caption = "Table on page \(table.page)"
            warnings.append(ParseWarning(page: table.page, message: "table has no caption",
                                         text: table.columns.map(\.header).joined(separator: " | ")))
        }
    }

    /// Rows at the top of a continued table sit under the group row that was open when the
    /// table broke off (the group row is printed once, before the break).
    private func carryGroup(from previous: ParsedTable, into table: inout ParsedTable) {
        guard let open = previous.rows.last?.group else { return }
        for index in table.rows.indices {
            guard table.rows[index].group == nil else { break }
            table.rows[index].group = open
        }
    }

    public mutating func finish(pageCount: Int, metadataTitle: String?) -> ParsedSheet {
        for page in Self.settled(pages) { assemble(page) }
        pages = []
        // Most frequent running header; ties go to the one seen first.
        let title = headerCounts.max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }?.key
        var sheet = ParsedSheet(pageCount: pageCount, title: title ?? metadataTitle, tables: tables, footnotes: footnotes,
                                pageTexts: texts, warnings: warnings, accounting: accounting)
        sheet.verdicts = verdicts
        return sheet
    }
}
