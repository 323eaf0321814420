import Geometry
import Layout

/// Reads one table from its header down: body lines, row blocks, group rows, products.
///
/// Rows are rebuilt from geometry, never from text order. Body lines split into blocks at
/// vertical gaps and at a change of weight (a bold group row over a regular product). A block
/// with amounts holds one product per amount line (its anchor): every other line of the block
/// goes to the nearest anchor, so a wrapped name stays with its amounts whether they sit on
/// the name's first, middle or last line. A block without amounts is a group row when products
/// follow it; after the last product it is no longer part of the table.
struct TableReader {
    var settings: ParserSettings
    var vocabulary: Vocabulary
    var footnotes: FootnoteDetector
    struct Result {
        var table: ParsedTable
        var warnings: [ParseWarning]
        /// Vertical extent of the table, for telling stray text inside it from prose around it.
        var span: ClosedRange<Double>
        /// What the table shows of the sheet's amount placement (`TablePlacement.flaws`).
        var placementFlaws: PlacementFlaws
        /// The placements in the order the table was read with.
        var placementOrder: [AmountPlacement]
        /// Whether the sheet's placement could change the table's rows (`RowBuilder`).
        var placementAmbiguous: Bool
        /// The name column over the body, when rows set tight were read by placement and
        /// the page was not yet asked for its rules (`RuledRows`); nil otherwise.
        var tightRowRegion: Rect?
    }

    func read(_ header: HeaderBlock, page: inout PageLines, bodyEnd: Int,
              otherTablesFlaws: PlacementFlaws = [:], forcedPlacement: AmountPlacement? = nil,
              rules: [HorizontalRule]? = nil) -> Result? {
        let nameCell = nameCell(of: header, page, bodyEnd: bodyEnd)
        let dataCells = Array(header.cells.dropFirst(nameCell == nil ? 0 : 1))
        guard !dataCells.isEmpty else { return nil }
        let captionReader = CaptionReader(settings: settings, vocabulary: vocabulary)
        let caption = captionReader.caption(for: header, nameCell: nameCell, page: page)
        let leftEdge = leftEdge(of: header, hasNameCell: nameCell != nil, page, bodyEnd: bodyEnd)
        // A cell word where a price column begins is a cell, however close a long name or the
        // cell before it runs.
        let slack = settings.cellEdgeSlackRatio * page.lines[header.lines[0]].fontSize
        let columnEdges = dataCells.map { $0.box.minX - slack }
        for i in (header.lines.last! + 1)..<max(header.lines.last! + 1, bodyEnd) where page.isFree(i) {
            page.readCells(i, columnEdges: columnEdges)
        }
        let body = bodyLines(after: header.lines.last!, before: bodyEnd, firstPriceX: dataCells[0].box.minX,
                             leftEdge: leftEdge, page)
        let zones = ColumnZones(priceCells: dataCells, cellBoxes: body.flatMap { page.tokens[$0].map(\.box) }
                                    + firstColumnCells(body, under: dataCells[0], leftEdge: leftEdge, page),
                                leftEdge: leftEdge, clearance: settings.nameClearanceRatio * page.lines[header.lines[0]].fontSize)
        let blocks = blocks(body, zones, page)
        let tableBody = TableBody(blocks: blocks, page: page, zones: zones, labels: dataCells.map(\.label),
                                  settings: settings, vocabulary: vocabulary)
        var builder = RowBuilder(body: tableBody, columnCount: dataCells.count)
        builder.otherTablesFlaws = otherTablesFlaws
        builder.forcedPlacement = forcedPlacement
        builder.rules = rules
        builder.build(blocks: blocks)
        guard !builder.products.isEmpty else { return nil }

        for line in header.lines { page.mark(line, .tableHeader, by: .headerRows) }
        for line in caption?.lines ?? [] { page.mark(line, .caption, by: .captions, detail: "the line right above the header") }
        for verdict in builder.verdicts { page.record(verdict) }
        var warnings = builder.warnings
        let columns = dataCells.enumerated().map { c, cell in
            let extent = zones.extent(of: c)
            return TableColumn(header: cell.text, markers: cell.markers, label: cell.label, kind: tableBody.columnKinds[c],
                               termMonths: cell.termMonths, minX: extent.minX, maxX: extent.maxX)
        }
        for column in columns where column.label == nil && column.kind == .price {
            warnings.append(ParseWarning(page: page.number, message: "unknown column header: no price label fits; its amounts are left out",
                                         text: column.header))
        }
        let top = page.lines[caption?.lines.first ?? header.lines[0]].box.minY
        var table = ParsedTable(caption: caption?.text ?? "", captionMarkers: caption?.markers ?? [], note: caption?.note,
                                page: page.number, columns: columns, rows: builder.products, isContinuation: false)
        table.captionPending = caption == nil
        table.captionInHeader = caption != nil && caption?.lines.isEmpty == true
        table.doubtfulRows = builder.doubtfulRows
        table.strayLines = builder.strayLines
        let region = rules == nil && builder.readsTightRows
            ? Rect(minX: leftEdge, minY: page.lines[body[0]].box.minY, maxX: zones.nameColumn.upperBound, maxY: builder.bottom) : nil
        return Result(table: table, warnings: warnings, span: top...builder.bottom, placementFlaws: builder.placement.flaws,
                      placementOrder: builder.placement.order, placementAmbiguous: builder.placement.isAmbiguous,
                      tightRowRegion: region)
    }

    /// The cells of text under the first data column's label ("500 MB" right-aligned under
    /// "Data" may start left of it): on the lines with amounts (a row's cells stand on one line;
    /// a line without any may be the next table's caption), each run of words that overlaps the
    /// label, a column gap from the name before it or, with no name on its line (cells centred
    /// between a wrapped name's lines), clear of the left edge as an amount would be. The name
    /// column ends before them as it does before an amount.
    private func firstColumnCells(_ body: [Int], under label: HeaderCell, leftEdge: Double, _ page: PageLines) -> [Rect] {
        body.filter { !page.tokens[$0].isEmpty }.flatMap { i -> [Rect] in
            let line = page.lines[i]
            let clearance = leftEdge + settings.nameClearanceRatio * line.fontSize
            let runs = CellColumns.cells(line.words, tokens: page.tokens[i], gapRatio: settings.cellGapRatio)
            return runs.enumerated().compactMap { r, run in
                let box = line.box(of: run)
                return box.horizontalOverlap(label.box) > 0 && (r > 0 || box.minX >= clearance) ? box : nil
            }
        }
    }

    /// The header's first cell when it labels the names: no price label, and standing where
    /// the names under it start. A header whose first cell is empty starts with a data column.
    private func nameCell(of header: HeaderBlock, _ page: PageLines, bodyEnd: Int) -> HeaderCell? {
        guard let first = header.cells.first, first.label == nil else { return nil }
        guard let namesStart = bodyStart(after: header, page, bodyEnd: bodyEnd) else { return first }
        return first.box.minX <= namesStart + settings.leftEdgeRatio * page.lines[header.lines[0]].fontSize ? first : nil
    }

    /// Where the table's names start: the header's left edge, or the first line under the
    /// header when the name column's header cell is empty.
    private func leftEdge(of header: HeaderBlock, hasNameCell: Bool, _ page: PageLines, bodyEnd: Int) -> Double {
        let headerEdge = header.lines.map { page.lines[$0].box.minX }.min()!
        guard !hasNameCell, let namesStart = bodyStart(after: header, page, bodyEnd: bodyEnd) else { return headerEdge }
        return min(headerEdge, namesStart)
    }

    /// The left edge of the first line right under the header, nil without one.
    private func bodyStart(after header: HeaderBlock, _ page: PageLines, bodyEnd: Int) -> Double? {
        let next = header.lines.last! + 1
        guard next < bodyEnd, page.isFree(next) || page.role(next) == .runningText else { return nil }
        return page.lines[next].box.minX
    }

    /// Free lines under the header until a footnote, a bullet, prose across the columns, a
    /// wide gap, or the next header.
    private func bodyLines(after headerEnd: Int, before end: Int, firstPriceX: Double, leftEdge: Double,
                           _ page: PageLines) -> [Int] {
        var body: [Int] = []
        var previous = headerEnd
        for i in (headerEnd + 1)..<max(headerEnd + 1, end) {
            // A line taken for running text may be a row: a group row right under a header
            // repeated on every page stands at the same place on each, like a running header.
            // It is a row when it reads as one; a line the rows leave stays running text.
            let running = page.role(i) == .runningText
            guard page.isFree(i) || running, footnotes.marker(startingLine: i, page) == nil,
                  page.gap(previous, i) <= max(settings.tableGapRatio * page.lines[i].fontSize, settings.tableGapMinimum),
                  !startsWithBullet(page.lines[i], before: firstPriceX),
                  !crossesColumns(i, under: body, firstPriceX, leftEdge: leftEdge, page) else {
                if running { continue }
                break
            }
            body.append(i)
            previous = i
        }
        // Running lines after the last row are the page's, not the table's.
        while let last = body.last, page.role(last) == .runningText { body.removeLast() }
        return body
    }

    /// The body lines a line's height or less above line `i` (`cellLinePitchRatio`): where a
    /// cell wrapped onto line `i` starts, past a centred amount of another column between them.
    private func linesAbove(_ i: Int, in body: [Int], _ page: PageLines) -> [Int] {
        let top = page.lines[i].box.minY
        let reach = settings.cellLinePitchRatio * page.lines[i].fontSize
        return body.reversed().prefix { top - page.lines[$0].box.minY <= reach }
    }

    /// A line whose first word is a bullet on its own ("•") left of the price columns: a list
    /// after the table. A dash under a price header is an empty cell of a row whose name
    /// stands on the lines around it.
    private func startsWithBullet(_ line: Line, before firstPriceX: Double) -> Bool {
        guard let first = line.words.first, first.box.maxX < firstPriceX else { return false }
        return vocabulary.bullets.contains(first.text)
    }

    /// The majority vote of the line's style over its name-column words; nil without any.
    static func nameIsBold(_ line: Line, _ zones: ColumnZones) -> Bool? {
        let names = line.words.filter { zones.isName($0.box) }
        return names.isEmpty ? nil : Line.isMostly(names, \.isBold)
    }

    /// Price-free text running from the table's left edge into the price columns: a paragraph.
    /// (A line with a price, an amount or a worded cell such as "op aanvraag", is a row however
    /// close its name runs to an attribute cell: "Servicenummer Rapportage 50 Mbit/s".)
    /// (A cell's wrapped annotation may start left of a short label, but never at the left edge;
    /// a cell word right after a name starts a cell.)
    /// A line ending a cell wrapped from the body lines above (`body`) is the table's: a
    /// paragraph never closes a "(" a cell above left open, so the name beside "gebruiker)" is
    /// a row's however close it runs to an attribute cell ("Finland (alleen bij Plus user) 10 GB").
    private func crossesColumns(_ i: Int, under body: [Int], _ firstPriceX: Double, leftEdge: Double,
                                _ page: PageLines) -> Bool {
        guard !page.hasPrice(i) else { return false }
        let line = page.lines[i]
        let size = line.fontSize
        // So is a line inside such a cell: the line after it closes the "(".
        let above = linesAbove(i, in: body, page)
        let next = i + 1 < page.lines.count ? [page.lines[i + 1]] : []
        guard !([line] + next).contains(where: { page.endsWrappedCell($0, under: above, gapRatio: settings.cellGapRatio) })
        else { return false }
        // A cell word in the price columns ("Gratis", "op aanvraag") a word space after a long
        // name is a cell of the row, as an amount there would be.
        let cellWords = page.tokens[i].filter { $0.box.minX >= firstPriceX - size }.map(\.wordRange.lowerBound)
        return line.segmentRanges(gapRatio: settings.segmentGapRatio).contains { segment in
            sameSizeRuns(segment, line, cutAt: Set(cellWords)).contains { run in
                let box = line.box(of: run)
                return box.minX <= leftEdge + settings.nameClearanceRatio * size && box.maxX > firstPriceX + size
            }
        }
    }

    /// A word that opens "(" and leaves it open ("(per").
    static func opensAnnotation(_ text: String) -> Bool {
        text.unicodeScalars.contains("(") && !text.unicodeScalars.contains(")")
    }

    /// A word that closes a ")" it did not open ("gebruiker)").
    static func closesAnnotation(_ text: String) -> Bool {
        text.hasSuffix(")") && !text.unicodeScalars.contains("(")
    }

    /// A segment cut where the type size changes, and where a cell word starts (`cutAt`): a
    /// paragraph is set in one size, so a remark set smaller than names, a word space from a
    /// cell, is two runs and no paragraph across the columns. Sizes differ as a remark's does
    /// (`remarkSizeRatio`).
    private func sameSizeRuns(_ segment: Range<Int>, _ line: Line, cutAt cellWords: Set<Int>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = segment.lowerBound
        for w in segment.dropFirst() where differInSize(line.words[w - 1], line.words[w]) || cellWords.contains(w) {
            runs.append(start..<w)
            start = w
        }
        runs.append(start..<segment.upperBound)
        return runs
    }

    private func differInSize(_ a: Word, _ b: Word) -> Bool {
        min(a.fontSize, b.fontSize) < settings.remarkSizeRatio * max(a.fontSize, b.fontSize)
    }

    /// Body lines split into row blocks at vertical gaps and at a change of weight.
    private func blocks(_ body: [Int], _ zones: ColumnZones, _ page: PageLines) -> [[Int]] {
        var blocks: [[Int]] = []
        // The weight compared is the last name text's: a line with only a price cell's
        // wrapped end ("gebruiker)") between a product and a bold group row changes nothing.
        // Each line's name weight is voted once, with no line built (nil: no name text).
        var lastNameBold: Bool?
        for i in body {
            let nameBold = Self.nameIsBold(page.lines[i], zones)
            if let last = blocks.last?.last, !startsBlock(i, nameBold, after: last, lastNameBold, page) {
                blocks[blocks.count - 1].append(i)
            } else {
                blocks.append([i])
            }
            if let nameBold { lastNameBold = nameBold }
        }
        return blocks
    }

    private func startsBlock(_ i: Int, _ nameBold: Bool?, after previous: Int, _ previousNameBold: Bool?, _ page: PageLines) -> Bool {
        if page.gap(previous, i) > settings.rowGapRatio * page.lines[i].fontSize { return true }
        guard let nameBold, let previousNameBold else { return false }
        return previousNameBold != nameBold
    }
}
