/// Draws one table at the cursor, continuing it on new pages (header repeated, caption not)
/// when rows run out of room.
struct TableComposer {
    let table: TableSpec
    let typesetter: Typesetter
    let metrics: SheetMetrics
    let cursor: PageCursor
    let canvas: Canvas
    /// Told the index of each body row and the physical page it was drawn on.
    var rowPlaced: (_ row: Int, _ physicalPage: Int) -> Void = { _, _ in }

    func compose() {
        let builder = RowBuilder(table: table, typesetter: typesetter, metrics: metrics)
        let caption = builder.caption(table)
        let header = builder.header(table)
        let rows = table.transposed ? builder.transposedRows(table) : table.rows.map(builder.row)

        // Caption, header and first row travel together: a caption alone at a page's foot says nothing.
        let opening = (caption?.height ?? 0) + header.height + (rows.isEmpty ? 0 : neededHeight(rows, at: 0))
        if !cursor.fits(opening) { cursor.breakPage() }
        if let caption { place(caption) }
        place(header)
        // A transposed table's products are its header's columns: placed with the header.
        if table.transposed {
            for index in table.rows.indices { rowPlaced(index, cursor.pageNumber) }
        }

        for index in rows.indices {
            if !cursor.fits(neededHeight(rows, at: index)) {
                cursor.breakPage()
                place(header)
            }
            place(rows[index])
            if !table.transposed { rowPlaced(index, cursor.pageNumber) }
            if metrics.style.rules {
                canvas.rule(y: cursor.y, from: metrics.left, to: metrics.right)
            }
        }
        cursor.skip(metrics.blockGap)
    }

    /// A row's height, plus its successor's when it is a group row that must not end a page.
    private func neededHeight(_ rows: [RowLayout], at index: Int) -> Double {
        let row = rows[index]
        let next = row.keepWithNext && index + 1 < rows.count ? rows[index + 1].height : 0
        return row.height + next
    }

    private func place(_ row: RowLayout) {
        row.draw(top: cursor.y, left: metrics.left, right: metrics.right, canvas: canvas)
        cursor.advance(row.height)
    }
}
