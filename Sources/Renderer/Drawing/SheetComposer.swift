/// Walks a sheet's pages and blocks, sending each block to its composer and each page's
/// footnotes to the bottom of the physical page where the page's blocks end.
struct SheetComposer {
    private let sheet: SheetSpec
    private let metrics: SheetMetrics
    private let typesetter: Typesetter
    private let cursor: PageCursor
    private let canvas: Canvas
    private let prose: ProseComposer

    init(sheet: SheetSpec, document: PdfDocument) {
        self.sheet = sheet
        metrics = SheetMetrics(style: sheet.style)
        typesetter = Typesetter(cairo: document.cairo, style: sheet.style)
        cursor = PageCursor(document: document, typesetter: typesetter, metrics: metrics, title: sheet.title)
        canvas = Canvas(cairo: document.cairo)
        prose = ProseComposer(typesetter: typesetter, metrics: metrics, cursor: cursor)
    }

    /// Draws every page of the sheet and reports where each block, row and footnote landed.
    @discardableResult
    func compose() -> RenderReport {
        var report = RenderReport()
        for (index, page) in sheet.pages.enumerated() {
            compose(page, index: index, into: &report)
        }
        report.pageCount = cursor.pageNumber
        return report
    }

    private func compose(_ page: PageSpec, index: Int, into report: inout RenderReport) {
        let notes = FootnoteStack(page.footnotes, typesetter: typesetter, metrics: metrics)
        // The footnote area is reserved on every physical page of this PageSpec: where its
        // blocks end is only known once they are drawn.
        let notesTop = cursor.footnoteBottom - notes.height
        cursor.beginPage(limit: notes.isEmpty ? cursor.footnoteBottom : notesTop - metrics.footGap)
        _ = cursor.takePlacedPages()
        for (blockIndex, block) in page.blocks.enumerated() {
            compose(block, page: index, block: blockIndex, into: &report)
            let placed = cursor.takePlacedPages()
            if let first = placed.min(), let last = placed.max() {
                report.blocks.append(BlockPlacement(page: index, block: blockIndex, physicalPages: first...last))
            }
            if case .footnotes(let inPlace) = block {
                for (n, note) in inPlace.enumerated() {
                    report.footnotes.append(FootnotePlacement(page: index, block: blockIndex, index: n,
                                                              marker: note.marker, physicalPage: cursor.pageNumber))
                }
            }
        }
        if !notes.isEmpty {
            drawSeparator(above: notesTop)
            notes.draw(top: notesTop)
            for (n, note) in page.footnotes.enumerated() {
                report.footnotes.append(FootnotePlacement(page: index, block: nil, index: n, marker: note.marker,
                                                          physicalPage: cursor.pageNumber))
            }
        }
        cursor.endPage()
    }

    private func compose(_ block: Block, page: Int, block blockIndex: Int, into report: inout RenderReport) {
        switch block {
        case .sectionTitle(let text): prose.sectionTitle(text)
        case .table(let table):
            var rows: [RowPlacement] = []
            TableComposer(table: table, typesetter: typesetter, metrics: metrics, cursor: cursor,
                          canvas: canvas, rowPlaced: { row, physicalPage in
                rows.append(RowPlacement(page: page, block: blockIndex, row: row, physicalPage: physicalPage))
            }).compose()
            report.rows += rows
        case .paragraph(let text, let bold): prose.paragraph(text, bold: bold)
        case .bullets(let items): prose.bullets(items)
        case .footnotes(let notes): prose.footnotes(notes)
        case .spacer(let points): cursor.skip(points)
        }
    }

    /// The short rule that traditionally sets page footnotes off from the text above.
    private func drawSeparator(above top: Double) {
        let y = top - metrics.footGap / 2
        canvas.rule(y: y, from: metrics.left, to: metrics.left + min(72, metrics.textWidth))
    }
}
