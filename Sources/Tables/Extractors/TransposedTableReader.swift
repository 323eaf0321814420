import Catalogue
import Geometry
import Layout

/// Reads a table printed with its products as columns: product names across the header row,
/// facts down the first column ("Data", "Bellen", "Maandprijs", "Aansluitkosten"), each fact
/// row's cells under the products. Read column by column into the same product rows a table
/// printed the usual way gives; its fact rows are the table's columns.
///
/// Found by its fact rows: a line whose first cell has a price label and whose other cells are
/// two or more amounts (or cell words: "Gratis", "op aanvraag"), else, for a part of the table
/// without prices (on the page before them), a label then two or more quantities ("20 GB").
/// The cells set the product columns; the lines above and below whose cells stand in those
/// columns are the rest of the table: lines without a fact label at the left are the header
/// (names may wrap), the others fact rows (a line without a label carries on the fact row above).
struct TransposedTableReader {
    let settings: ParserSettings
    let vocabulary: Vocabulary
    /// A footnote under the table ends it.
    private let footnotes: FootnoteDetector
    /// Reads an attribute fact row's cells as quantities ("20 GB") or unlimited.
    private let attributes: AttributeReader
    /// Joins a label's or a name's lines; made once, as every fact row asks it.
    private let joiner: TextJoiner

    init(settings: ParserSettings, vocabulary: Vocabulary) {
        self.settings = settings
        self.vocabulary = vocabulary
        joiner = TextJoiner(vocabulary: vocabulary)
        footnotes = FootnoteDetector(settings: settings, joiner: joiner)
        attributes = AttributeReader(vocabulary: vocabulary)
    }

    struct Result {
        var table: ParsedTable
        var warnings: [ParseWarning]
        var span: ClosedRange<Double>
    }

    /// The page's transposed tables among its free lines; marks their lines.
    /// Tables found by price fact rows come first: an attribute row leaves a product without
    /// the fact out of its columns, so it finds only a table no price row does.
    func tables(in page: inout PageLines) -> [Result] {
        var results: [Result] = []
        for seed in FactRowKind.allCases {
            for i in page.lines.indices {
                guard let columns = productColumns(of: i, by: seed, page), let result = read(seed: i, columns: columns, &page)
                else { continue }
                results.append(result)
            }
        }
        return results.sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    /// The kinds of fact row that find a table, in the order they are sought.
    private enum FactRowKind: CaseIterable {
        /// A price label and amounts ("Eenmalige kosten ‖ € 83,54 ‖ € 92,00").
        case prices
        /// A label and quantities ("Data ‖ 20 GB ‖ 500 MB").
        case quantities
    }

    // MARK: Finding the table

    /// The product columns a fact line of `kind` sets: one x-range per cell, halfway to its
    /// neighbours; nil when line `i` is no such fact line.
    private func productColumns(of i: Int, by kind: FactRowKind, _ page: PageLines) -> [ClosedRange<Double>]? {
        guard page.isFree(i) else { return nil }
        switch kind {
        case .prices: return priceFactColumns(of: i, page)
        case .quantities: return quantityFactColumns(of: i, page)
        }
    }

    /// The columns of a price fact row: a price label, then two or more amounts (or cell words).
    private func priceFactColumns(of i: Int, _ page: PageLines) -> [ClosedRange<Double>]? {
        let line = page.lines[i]
        let tokens = page.tokens[i]
        guard tokens.count >= 2, let first = tokens.first,
              tokens.contains(where: { $0.kind == .amount }), pricesOnly(line, after: first, tokens) else { return nil }
        // The label may have wrapped from the line above ("Eerste installatie / nieuwe" over
        // "locatie"); amounts centred on a wrapped label stand between its lines.
        let own = first.wordRange.lowerBound > 0 ? [line.words[0..<first.wordRange.lowerBound].joinedText] : []
        let above = i > 0 && isLabelWrap(i - 1, of: i, before: first.box.minX, page) ? [page.lines[i - 1]] : []
        let below = own.isEmpty && i + 1 < page.lines.count && isLabelWrap(i + 1, of: i, before: first.box.minX, page)
            ? [page.lines[i + 1]] : []
        guard !own.isEmpty || !above.isEmpty,
              factLabel(joiner.join(above.map(\.text) + own + below.map(\.text))).label != nil
        else { return nil }
        let labelRight = own.isEmpty ? (above + below).map(\.box.maxX).max()! : line.words[first.wordRange.lowerBound - 1].box.maxX
        return zones(labelRight: labelRight, cells: tokens.map(\.box))
    }

    /// The columns of an attribute fact row ("Data ‖ 20 GB ‖ 500 MB ‖ 5 GB"): no amount, a label,
    /// then two or more cells that each state a quantity or unlimited ("n.v.t." among them). Such
    /// a row is as sure a sign of products set as columns as amounts are, and the part of a
    /// table on a page before its prices may hold no other.
    private func quantityFactColumns(of i: Int, _ page: PageLines) -> [ClosedRange<Double>]? {
        let line = page.lines[i]
        let tokens = page.tokens[i]
        guard !page.hasPrice(i) else { return nil }
        let runs = CellColumns.cells(line.words, tokens: tokens, gapRatio: settings.cellGapRatio)
        guard let label = runs.first, !tokens.contains(where: { label.contains($0.wordRange.lowerBound) }) else { return nil }
        let cells = runs.dropFirst()
        guard cells.count >= 2 else { return nil }
        // Cell by cell, stopping at the first that is neither: most lines of a page are not this.
        var quantities = 0
        for cell in cells where !tokens.contains(where: { $0.wordRange == cell }) {
            guard statesQuantity(line.words[cell].joinedText) else { return nil }
            quantities += 1
        }
        guard quantities >= 2 else { return nil }
        return zones(labelRight: line.box(of: label).maxX, cells: cells.map { line.box(of: $0) })
    }

    /// An attribute cell's text reads as a quantity ("20 GB", "50 Mbit/s") or as unlimited.
    private func statesQuantity(_ text: String) -> Bool {
        let attribute = attributes.attribute(text, column: "")
        return attribute.quantity != nil || attribute.unlimited
    }

    /// One x-range per cell of a fact row: the label column ends halfway from the label (ending
    /// at `labelRight`) to the first cell, each product column halfway to its neighbours.
    private func zones(labelRight: Double, cells: [Rect]) -> [ClosedRange<Double>]? {
        guard let first = cells.first else { return nil }
        let labelEnd = (labelRight + first.minX) / 2
        let centres = cells.map(\.midX)
        let zones = centres.indices.map { c in
            (start: c == 0 ? labelEnd : (centres[c - 1] + centres[c]) / 2,
             end: c + 1 < centres.count ? (centres[c] + centres[c + 1]) / 2 : .infinity)
        }
        // Cells out of left-to-right order, or over the label, or at no number's place (NaN)
        // make no columns (a range from a larger bound to a smaller one would trap).
        guard zones.allSatisfy({ $0.start <= $0.end }) else { return nil }
        return zones.map { $0.start...$0.end }
    }

    /// Every cell of the line right of its label holds an amount or a cell word: a fact row
    /// gives one fact of every product. A row of a table printed the usual way may hold its
    /// attribute cells among its amounts ("Basis Installatieservice ‖ n.v.t. ‖ 5 GB ‖ € 0,00").
    private func pricesOnly(_ line: Line, after first: MoneyToken, _ tokens: [MoneyToken]) -> Bool {
        CellColumns.cells(line.words, tokens: tokens, gapRatio: settings.cellGapRatio)
            .filter { $0.lowerBound >= first.wordRange.lowerBound }
            .allSatisfy { run in tokens.contains { run.contains($0.wordRange.lowerBound) } }
    }

    /// Line `j` holds only a wrapped part of fact line `i`'s label: free, amount-free, right
    /// above or below it, and ending before its first amount (at `amountsStart`).
    private func isLabelWrap(_ j: Int, of i: Int, before amountsStart: Double, _ page: PageLines) -> Bool {
        page.isFree(j) && page.tokens[j].isEmpty && isWrap(min(i, j), max(i, j), page)
            && page.lines[j].box.maxX < amountsStart
    }

    /// A label line without cells right under the row `group` carries on the row's label,
    /// unless the row is complete (it has cells) and the line is a row of its own: its label
    /// reads as another price label than the row's, or the line after it holds the line's
    /// amounts without a label (centred between the label's lines: "Eerste installatie /",
    /// "€ 13,00 …", "nieuwe locatie"), or a label that reads as a price label only after this
    /// line (amounts on the label's last line).
    private func wrapsLabel(of group: [Int], with line: Int, next: Int?, _ columns: [ClosedRange<Double>], _ page: PageLines) -> Bool {
        guard group.contains(where: { !cellsByColumn($0, columns, page).columns.isEmpty }) else { return true }
        if readsApart(group, line, columns, page) { return false }
        guard let next, isWrap(line, next, page) else { return true }
        let following = cellsByColumn(next, columns, page)
        guard !following.columns.isEmpty else { return true }
        if following.label.isEmpty { return false }
        let nextLabel = labelText(next, columns, page)
        let joined = joiner.join([labelText(line, columns, page), nextLabel])
        return !(factLabel(nextLabel).label == nil && factLabel(joined).label != nil)
    }

    /// The labels of row `group` and of `line` read as two price labels of different kinds: two
    /// rows, one with its cells all empty ("Monthly fee" next to "Kosten per gesprek"), where
    /// a label of the row's own kind ("per maand" under "Abonnement") would wrap it.
    private func readsApart(_ group: [Int], _ line: Int, _ columns: [ClosedRange<Double>], _ page: PageLines) -> Bool {
        guard let own = factLabel(labelText(line, columns, page)).label,
              let row = factLabel(group.map { labelText($0, columns, page) }.joined(separator: " ")).label
        else { return false }
        return own != row
    }

    /// The text of line `i`'s fact label (its words left of the columns).
    private func labelText(_ i: Int, _ columns: [ClosedRange<Double>], _ page: PageLines) -> String {
        cellsByColumn(i, columns, page).label.map { page.lines[i].words[$0] }.joinedText
    }

    /// A fact label's price label and term ("Maandprijs 24 maanden" → monthly, 24).
    private func factLabel(_ text: String) -> (label: PriceLabel?, termMonths: Int?) {
        let term = vocabulary.term(in: text)
        return (vocabulary.label(for: term.rest), term.months)
    }

    /// The lines of the table around fact line `seed`: free, close, and with their cells in the columns.
    private func extent(seed: Int, columns: [ClosedRange<Double>], _ page: PageLines) -> ClosedRange<Int> {
        var top = seed, bottom = seed
        // Upward over fact rows, then over the header's lines (no label): a labelled line
        // above the header is the caption's, unless it names products too (a corner label such
        // as "Productnaam" over wrapped names): then it is the header's first line.
        var inHeader = false
        while top > 0, fits(top - 1, above: top, columns, page) {
            let cells = cellsByColumn(top - 1, columns, page)
            // Names under a corner label ("Productnaam") are the header's first line: a table
            // above it is another. Names set closer than a column gap still stand over the
            // columns word by word.
            let corner = cells.label.map { page.lines[top - 1].words[$0] }.joinedText
            let across = max(cells.columns.count, nameWords(top - 1, columns, page).count)
            if page.tokens[top - 1].isEmpty, across >= min(2, columns.count), vocabulary.isGenericNameHeader(corner) {
                top -= 1
                break
            }
            if inHeader && !cells.label.isEmpty {
                if page.tokens[top - 1].isEmpty && cells.columns.count >= min(2, columns.count) { top -= 1 }
                break
            }
            inHeader = inHeader || cells.label.isEmpty
            top -= 1
        }
        // Downward up to where another table starts (its caption or header stands in the columns too).
        while bottom + 1 < page.lines.count, !page.tableStarts.contains(bottom + 1),
              fits(bottom + 1, above: bottom, columns, page, downward: true) { bottom += 1 }
        return top...bottom
    }

    private func fits(_ i: Int, above other: Int, _ columns: [ClosedRange<Double>], _ page: PageLines, downward: Bool = false) -> Bool {
        let (upper, lower) = downward ? (other, i) : (i, other)
        let size = page.lines[lower].fontSize
        guard page.isFree(i), page.gap(upper, lower) <= max(settings.tableGapRatio * size, settings.tableGapMinimum),
              !endsTable(i, page) else { return false }
        let cells = cellsByColumn(i, columns, page)
        // A fact label wrapped onto a line of its own stands a wrapped line's gap from the rest
        // of its row: the line it joins, or the line beyond it the way the table is walked, with
        // the cells ("nieuwe locatie" under "Eerste installatie / ‖ € 8,11", reached from below).
        let beyond = downward ? i + 1 : i - 1
        let rowGoesOn = page.lines.indices.contains(beyond) && page.isFree(beyond) && !endsTable(beyond, page)
            && isWrap(min(i, beyond), max(i, beyond), page) && !cellsByColumn(beyond, columns, page).columns.isEmpty
        // A sentence under the table runs on past where the first column's cells stand: no label.
        let short = cells.label.last.map { page.lines[i].words[$0].box.maxX < columns[0].upperBound } ?? false
        let wrappedLabel = cells.columns.isEmpty && short && (isWrap(upper, lower, page) || rowGoesOn)
        // A price label under the rows with every cell empty is a row still ("Kosten per minuut");
        // a sentence under the table is not, whatever price words it holds ("… per aansluiting.").
        let sentence = page.lines[i].words.last.map { HeaderDetector.endsSentence($0.text) } ?? false
        let emptyRow = downward && cells.columns.isEmpty && short && page.tokens[i].isEmpty && !sentence
            && factLabel(labelText(i, columns, page)).label != nil
        return (cells.columns.count >= 1 || wrappedLabel || emptyRow) && cells.stray == 0
    }

    /// Line `i` opens a footnote or a bullet list: under a table it ends it, as it ends any
    /// table's body (a section title over a list is no wrapped fact label).
    private func endsTable(_ i: Int, _ page: PageLines) -> Bool {
        footnotes.marker(startingLine: i, page) != nil
            || (page.lines[i].words.first.map { vocabulary.bullets.contains($0.text) } ?? false)
    }

    /// Line `lower` stands right under `upper`, as a wrapped line of one cell does (rows stand further apart).
    private func isWrap(_ upper: Int, _ lower: Int, _ page: PageLines) -> Bool {
        page.gap(upper, lower) <= settings.rowGapRatio * page.lines[lower].fontSize
    }

    /// Line `i`'s words by product column (index into `columns`), its words left of the
    /// columns (the fact label), and how many words fit no column. Words go by their cell (a
    /// run of words a column gap from the next): a long label ("Eerste installatie / nieuwe
    /// locatie") may reach past where the seed's amounts begin, and a sentence is one run.
    private func cellsByColumn(_ i: Int, _ columns: [ClosedRange<Double>], _ page: PageLines)
        -> (columns: [Int: [Int]], label: [Int], stray: Int) {
        let line = page.lines[i]
        var byColumn: [Int: [Int]] = [:], label: [Int] = [], stray = 0
        var runs = CellColumns.cells(line.words, tokens: page.tokens[i], gapRatio: settings.cellGapRatio)
        // A label longer than its column runs up to the first product's amount: it ends there.
        if let first = runs.first, let amount = page.tokens[i].first?.wordRange.lowerBound,
           first.lowerBound < amount, amount < first.upperBound {
            runs.replaceSubrange(0..<1, with: [first.lowerBound..<amount, amount..<first.upperBound])
        }
        for (r, run) in runs.enumerated() {
            let box = line.box(of: run)
            // A first run starting left of the first product column is the row's label, unless it
            // stands in that column from its middle to its end: a product's name wider than the
            // column's amounts. A sentence under the table is no name, even one that ends there.
            let inFirstColumn = columns[0].contains(box.midX) && columns[0].contains(box.maxX)
                && !HeaderDetector.endsSentence(line.words[run.last!].text)
            if r == 0, box.minX < columns[0].lowerBound, !inFirstColumn {
                label = Array(run)
            } else if let c = columns.firstIndex(where: { $0.contains(box.midX) }) {
                byColumn[c, default: []] += Array(run)
            } else {
                stray += run.count
            }
        }
        return (byColumn, label, stray)
    }

    /// A header line's product-name words by column, each by its own place: names centred in
    /// narrow columns may stand closer than a column gap ("KPN Premium" "Zakelijk").
    private func nameWords(_ i: Int, _ columns: [ClosedRange<Double>], _ page: PageLines) -> [Int: [Word]] {
        var byColumn: [Int: [Word]] = [:]
        for word in page.lines[i].words {
            if let c = columns.firstIndex(where: { $0.contains(word.box.midX) }) { byColumn[c, default: []].append(word) }
        }
        return byColumn
    }

    /// The product columns cut again by how their cells and names align, once the table's
    /// lines are known: left-aligned cells start their column and right-aligned ones end it,
    /// so a name wider than its amounts ("KPN EEN Pro") stays in its own column past halfway
    /// to the next amount. Amounts of one width are flush both ways; the names and text cells
    /// tell. Centred cells, or a table that cannot tell, keep the halfway cuts of the seed.
    private func aligned(_ columns: [ClosedRange<Double>], header: [Int], body: [Int], _ page: PageLines) -> [ClosedRange<Double>] {
        var cells = Array(repeating: [Rect](), count: columns.count)
        for line in body {
            for (c, words) in cellsByColumn(line, columns, page).columns {
                cells[c].append(words.map { page.lines[line].words[$0].box }.union()!)
            }
        }
        // Names by their runs of words, each within one column as first cut: a run reaching
        // over a cut may hold two products' names, set closer than a column gap.
        for line in header {
            for run in CellColumns.cells(page.lines[line].words, tokens: [], gapRatio: settings.cellGapRatio) {
                let box = page.lines[line].box(of: run)
                if let c = columns.firstIndex(where: { $0.contains(box.minX) && $0.contains(box.maxX) }) { cells[c].append(box) }
            }
        }
        guard columns.count > 1, cells.allSatisfy({ !$0.isEmpty }) else { return columns }
        let size = body.map { page.lines[$0].fontSize }.max()!
        let tolerance = settings.transposedAlignmentToleranceRatio * size
        func flush(_ edge: KeyPath<Rect, Double>) -> Bool {
            cells.allSatisfy { column in column.map { $0[keyPath: edge] }.max()! - column.map { $0[keyPath: edge] }.min()! <= tolerance }
        }
        // Cells flush both ways (amounts of one width, names in runs reaching over a cut) leave
        // it to the names' words: where one starts (or ends) at its column's cells in every
        // column, the names are set that way.
        func namesMeet(_ edge: KeyPath<Rect, Double>) -> Bool {
            cells.indices.allSatisfy { c in
                header.contains { line in
                    page.lines[line].words.contains { abs($0.box[keyPath: edge] - cells[c][0][keyPath: edge]) <= tolerance }
                }
            }
        }
        var edges = (left: flush(\.minX), right: flush(\.maxX))
        if edges.left && edges.right { edges = (namesMeet(\.minX), namesMeet(\.maxX)) }
        let cuts: [Double]
        var start = columns[0].lowerBound
        switch (edges.left, edges.right) {
        case (true, false): cuts = cells.dropFirst().map { $0.map(\.minX).min()! - tolerance }
        case (false, true):
            cuts = cells.dropLast().map { $0.map(\.maxX).max()! + tolerance }
            // The first product's name, as wide as it needs, reaches left up to the fact labels.
            if let labelsEnd = labelsEnd(body, columns, page) { start = min(start, labelsEnd + tolerance) }
        default: return columns
        }
        let bounds = columns.indices.map { c in
            (start: c == 0 ? start : cuts[c - 1], end: c + 1 < columns.count ? cuts[c] : columns[c].upperBound)
        }
        // Cells out of order give no cuts to trust (and a range from a larger bound would trap).
        guard bounds.allSatisfy({ $0.start < $0.end }) else { return columns }
        return bounds.map { $0.start...$0.end }
    }

    /// Where the fact labels of the body lines end, nil without any.
    private func labelsEnd(_ body: [Int], _ columns: [ClosedRange<Double>], _ page: PageLines) -> Double? {
        body.flatMap { line in cellsByColumn(line, columns, page).label.map { page.lines[line].words[$0].box.maxX } }.max()
    }

    // MARK: Reading it

    /// Where a transposed table stands, before it is read.
    private struct Layout {
        /// The header's lines (product names), first to last.
        var header: [Int]
        /// The fact rows' lines.
        var body: [Int]
    }

    /// The table around fact line `seed`, nil when it is none: a header of product names over
    /// labelled fact rows. A line of `headers` (a regular table's header) is no such header.
    private func layout(seed: Int, columns: [ClosedRange<Double>], _ page: PageLines, headers: Set<Int> = []) -> Layout? {
        let lines = Array(extent(seed: seed, columns: columns, page))
        // The header starts at the first line naming products across the columns (a caption and
        // its note above it may stand in the columns too); its name lines wrap without a label.
        let namesAcross = { (line: Int) -> Bool in
            let cells = cellsByColumn(line, columns, page).columns
            return page.tokens[line].isEmpty && cells.count >= min(2, columns.count) && !closesCells(cells.values, line, page)
        }
        // Names set closer than a column gap are one run: word by word they still stand over
        // the columns, on the label-free lines right over the first fact row (the first of them
        // may start with a corner label: "Productnaam ‖ KPN Start KPN Premium"). That row may be an
        // attribute row ("Bundel ‖ Unlimited ‖ Standaard"): a fact label, no corner label, with
        // text cells, shaped as names across would be; the names above it start the header.
        let namesCloseOverFacts = { (n: Int) -> Bool in
            let names = lines[n...].prefix { line in
                let label = labelText(line, columns, page)
                return page.tokens[line].isEmpty && (label.isEmpty || line == lines[n] && vocabulary.isGenericNameHeader(label))
            }
            guard !names.isEmpty, names.count < lines.count - n, let fact = lines.dropFirst(n + names.count).first,
                  isFactRow(fact, columns, page) else { return false }
            let cells = cellsByColumn(lines[n], columns, page).columns
            return !closesCells(cells.values, lines[n], page)
                && Set(names.flatMap { nameWords($0, columns, page).keys }).count >= min(2, columns.count)
        }
        let candidates = [lines.firstIndex(where: namesAcross), lines.indices.first(where: namesCloseOverFacts)]
        guard let start = candidates.compactMap({ $0 }).min() else { return nil }
        let header = [lines[start]] + lines[(start + 1)...].prefix { cellsByColumn($0, columns, page).label.isEmpty && page.tokens[$0].isEmpty }
        let body = Array(lines[(start + header.count)...])
        guard let first = body.first, !cellsByColumn(first, columns, page).label.isEmpty else { return nil }
        // The fact row that found the table is one of its rows: names across below it (the
        // wrapped cells of a row lower down in a table printed the usual way, "20 GB ‖
        // Onbeperkt") head no table of its.
        guard body.contains(seed) else { return nil }
        guard headers.isDisjoint(with: header) else { return nil }
        return Layout(header: header, body: body)
    }

    /// Line `i` is a fact row under the header: a label, with amounts, or with cells under a
    /// label that is no corner label ("Productnaam").
    private func isFactRow(_ i: Int, _ columns: [ClosedRange<Double>], _ page: PageLines) -> Bool {
        let cells = cellsByColumn(i, columns, page)
        guard !cells.label.isEmpty else { return false }
        return !page.tokens[i].isEmpty
            || (!cells.columns.isEmpty && !vocabulary.isGenericNameHeader(labelText(i, columns, page)))
    }

    /// Cells that each close a "(" they did not open ("gebruiker)"): the wrapped ends of the
    /// cells of a table's row above, never product names.
    private func closesCells(_ cells: Dictionary<Int, [Int]>.Values, _ line: Int, _ page: PageLines) -> Bool {
        cells.allSatisfy { words in
            let text = words.map { page.lines[line].words[$0].text }.joined()
            return text.filter { $0 == ")" }.count > text.filter { $0 == "(" }.count
        }
    }

    /// The first line of each transposed table of the unread page (its caption's, when it has
    /// one): where a table above it ends, as at the next header.
    /// A table found by an attribute row only counts where no price row finds one (`tables`).
    func starts(in page: PageLines, headers: Set<Int>) -> [Int] {
        let priced = layouts(foundBy: .prices, page, headers: headers)
        let pricedLines = Set(priced.flatMap { $0.header + $0.body })
        let others = layouts(foundBy: .quantities, page, headers: headers).filter { pricedLines.isDisjoint(with: $0.header + $0.body) }
        return (priced + others).map { layout in
            let top = layout.header[0]
            let captionAbove = top > 0 && page.isFree(top - 1) && !page.hasMoney(top - 1)
                && page.gap(top - 1, top) <= settings.captionGapRatio * page.lines[top].fontSize
            return captionAbove ? top - 1 : top
        }
    }

    /// The layouts of the tables the page's fact rows of `kind` find, one per row.
    private func layouts(foundBy kind: FactRowKind, _ page: PageLines, headers: Set<Int>) -> [Layout] {
        page.lines.indices.compactMap { i in
            productColumns(of: i, by: kind, page).flatMap { layout(seed: i, columns: $0, page, headers: headers) }
        }
    }

    private func read(seed: Int, columns seedColumns: [ClosedRange<Double>], _ page: inout PageLines) -> Result? {
        guard let layout = layout(seed: seed, columns: seedColumns, page) else { return nil }
        let (header, body) = (layout.header, layout.body)
        let columns = aligned(seedColumns, header: header, body: body, page)
        // The header's top-left cell ("Productnaam", a caption, or none) as the aligned columns
        // leave it: the seed line's columns may miss a product with no amount on that line,
        // and its name is no caption.
        let corner = cellsByColumn(header[0], columns, page).label.map { page.lines[header[0]].words[$0] }
        let facts = factRows(body, columns, page)
        let names = columns.indices.map { c in header.flatMap { line in nameWords(line, columns, page)[c, default: []] } }
        guard names.allSatisfy({ !$0.isEmpty }) else { return nil }

        var warnings: [ParseWarning] = []
        let tableColumns = facts.map { fact in
            TableColumn(header: fact.label, markers: fact.markers, label: fact.isPrice ? factLabel(fact.label).label : nil,
                        kind: fact.isPrice ? .price : .attribute, termMonths: factLabel(fact.label).termMonths, minX: 0, maxX: 0)
        }
        for fact in facts {
            for text in fact.unread {
                warnings.append(ParseWarning(page: page.number, message: "text in a price row without an amount: \"\(text)\"", text: fact.label))
            }
        }
        for column in tableColumns where column.kind == .price && column.label == nil {
            warnings.append(ParseWarning(page: page.number, message: "unknown row header: no price label fits; its amounts are left out",
                                         text: column.header))
        }
        let rows = columns.indices.map { c in
            let nameLines = header.map { line in nameWords(line, columns, page)[c, default: []] }
            let name = joiner.join(nameLines.map(\.joinedText))
            let cells = facts.enumerated().compactMap { r, fact in fact.cells[c] }
            let markers = names[c].flatMap { $0.markers.map(\.label) } + facts.flatMap { $0.cellMarkers[c] ?? [] }
            var row = ProductRow(name: name, markers: markers, group: nil, cells: cells, remarks: [], page: page.number, text: name)
            row.box = (names[c].map(\.box) + cells.compactMap(\.box)).union()
            return row
        }
        let caption = caption(corner: corner, header: header, page)
        for line in header { page.mark(line, .tableHeader, by: .transposedTables, detail: "product names across the columns") }
        for line in body { page.mark(line, .productRow, by: .transposedTables, detail: "a fact of each product column") }
        for line in caption?.lines ?? [] { page.mark(line, .caption, by: .captions, detail: "the line right above the header") }
        var table = ParsedTable(caption: caption?.text ?? "", captionMarkers: caption?.markers ?? [], note: caption?.note,
                                page: page.number, columns: tableColumns, rows: rows, isContinuation: false)
        table.transposed = true
        table.captionPending = caption == nil
        let top = page.lines[caption?.lines.first ?? header[0]].box.minY
        return Result(table: table, warnings: warnings, span: top...page.lines[body.last!].box.maxY)
    }

    /// The caption: the header's corner cell when it is no generic label ("Productnaam"), else
    /// the line above the header as for any table.
    private func caption(corner: [Word], header: [Int], _ page: PageLines) -> Caption? {
        let text = joiner.join([corner.joinedText])
        if !corner.isEmpty, !vocabulary.isGenericNameHeader(text) {
            return Caption(text: text, markers: corner.flatMap { $0.markers.map(\.label) }, note: nil, lines: [])
        }
        return CaptionReader(settings: settings, vocabulary: vocabulary).caption(for: HeaderBlock(lines: header, cells: []), nameCell: nil, page: page)
    }

    /// A fact row of the table: its label, and its cell in each product column.
    private struct FactRow {
        var label: String
        var markers: [String]
        var isPrice: Bool
        var cells: [Int: Cell]
        var cellMarkers: [Int: [String]]
        /// Text in a price row's cell without an amount (warned about, never guessed).
        var unread: [String] = []
    }

    /// The body's lines as fact rows: each line with a label starts one, a line without
    /// carries on the one above (a wrapped cell). A row with an amount in any column is a
    /// price row; the others are attribute rows.
    private func factRows(_ body: [Int], _ columns: [ClosedRange<Double>], _ page: PageLines) -> [FactRow] {
        var groups: [[Int]] = []
        for (n, line) in body.enumerated() {
            let cells = cellsByColumn(line, columns, page)
            // A line carries on the row above when it has no label (a wrapped cell), or when it is
            // a wrapped label line: right under it, one of the two without cells.
            let continues = groups.last.map { group in
                cells.label.isEmpty || isWrap(group.last!, line, page)
                    && (cells.columns.isEmpty ? wrapsLabel(of: group, with: line, next: n + 1 < body.count ? body[n + 1] : nil, columns, page)
                        : group.allSatisfy { cellsByColumn($0, columns, page).columns.isEmpty } && !readsApart(group, line, columns, page))
            } ?? false
            if continues { groups[groups.count - 1].append(line) } else { groups.append([line]) }
        }
        return groups.map { lines in
            let labelWords = lines.flatMap { line in cellsByColumn(line, columns, page).label.map { page.lines[line].words[$0] } }
            // A row of empty cells is a price row when its label reads as one.
            let empty = lines.allSatisfy { cellsByColumn($0, columns, page).columns.isEmpty }
            let isPrice = lines.contains { line in page.tokens[line].contains { $0.kind != .notApplicable } }
                || empty && factLabel(joiner.join([labelWords.joinedText])).label != nil
            var cells: [Int: Cell] = [:], markers: [Int: [String]] = [:], unread: [String] = []
            for c in columns.indices {
                let words = lines.flatMap { line in cellsByColumn(line, columns, page).columns[c, default: []].map { (line, $0) } }
                guard !words.isEmpty else { continue }
                let text = joiner.join(words.map { page.lines[$0.0].words[$0.1].text })
                markers[c] = words.flatMap { page.lines[$0.0].words[$0.1].markers.map(\.label) }
                let box = words.map { page.lines[$0.0].words[$0.1].box }.union()
                if !isPrice {
                    cells[c] = .text(text, column: 0, box: box)
                } else if let token = words.lazy.compactMap({ at in page.tokens[at.0].first { $0.wordRange.contains(at.1) } }).first {
                    cells[c] = Self.cell(token)
                    cells[c]?.box = box
                } else {
                    unread.append(text)
                }
            }
            return FactRow(label: joiner.join([labelWords.joinedText]), markers: labelWords.flatMap { $0.markers.map(\.label) },
                           isPrice: isPrice, cells: cells, cellMarkers: markers, unread: unread)
        }
        .enumerated().map { r, fact in
            var fact = fact
            fact.cells = fact.cells.mapValues { cell in var cell = cell; cell.column = r; return cell }
            return fact
        }
    }

    private static func cell(_ token: MoneyToken) -> Cell? {
        switch token.kind {
        case .amount, .free: Cell(column: 0, amount: token.money)
        case .onRequest: Cell(column: 0, kind: .onRequest, amount: token.money)
        case .notApplicable: nil
        }
    }
}
