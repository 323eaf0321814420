/// Measures the rows of one table: where each column starts, and how every row's text
/// is placed inside it per the sheet's style.
struct RowBuilder {
    let typesetter: Typesetter
    let metrics: SheetMetrics
    /// The price columns' left edges and widths.
    let columns: [(x: Double, width: Double)]

    init(table: TableSpec, typesetter: Typesetter, metrics: SheetMetrics) {
        self.typesetter = typesetter
        self.metrics = metrics
        columns = metrics.priceColumns(count: table.columns.count)
    }

    private var style: SheetStyle { metrics.style }
    /// Text in the name column starts a padding in from the table's left edge.
    private var nameX: Double { metrics.left + metrics.cellPadding }

    /// The caption in bold at the left and the note at the right, sharing a baseline; nil if
    /// the table has neither.
    func caption(_ table: TableSpec) -> RowLayout? {
        guard table.caption != nil || table.captionNote != nil else { return nil }
        let note = table.captionNote.map { typesetter.text($0, metrics.bodyFont, width: nil) }
        let captionWidth = metrics.textWidth - (note.map { $0.width + metrics.body * 2 } ?? 0)
        let caption = table.caption.map { typesetter.text($0, metrics.captionFont, width: captionWidth) }
        let baseline = max(caption?.firstBaseline ?? 0, note?.firstBaseline ?? 0)
        var pieces: [RowLayout.Piece] = []
        if let caption {
            pieces.append(.init(box: caption, x: metrics.left, dy: baseline - caption.firstBaseline))
        }
        if let note {
            pieces.append(.init(box: note, x: metrics.right - note.width, dy: baseline - note.firstBaseline))
        }
        return RowLayout(pieces: pieces, height: contentHeight(pieces) + metrics.captionGap)
    }

    /// The header row: bold labels, top-aligned, price labels wrapping in their columns and
    /// aligned like the amounts under them; a grey band behind when the style has rules.
    func header(_ table: TableSpec) -> RowLayout {
        let padding = metrics.headerPadding
        let name = typesetter.text(table.nameHeader, metrics.boldFont, width: metrics.nameTextWidth)
        var pieces = [RowLayout.Piece(box: name, x: nameX, dy: padding)]
        for (column, spec) in zip(columns, table.columns) {
            let label = typesetter.text(spec.label, metrics.boldFont, width: cellTextWidth(column.width),
                                        alignment: style.amountAlignment)
            pieces.append(.init(box: label, x: column.x + metrics.cellPadding, dy: padding))
        }
        return RowLayout(pieces: pieces, height: contentHeight(pieces) + padding,
                         band: style.rules ? Ink.headerBand : nil)
    }

    /// A body row, whichever kind.
    func row(_ row: RowSpec) -> RowLayout {
        switch row {
        case .group(let text): return group(text)
        case .product(let product): return self.product(product)
        }
    }

    /// A group row: its text in the name column, bold, on a band, or plain per the style.
    func group(_ text: String) -> RowLayout {
        let font = style.groupStyle == .bold ? metrics.boldFont : metrics.bodyFont
        let box = typesetter.text(text, font, width: metrics.nameTextWidth)
        return RowLayout(pieces: [.init(box: box, x: nameX, dy: style.rowPadding)],
                         height: box.height + 2 * style.rowPadding,
                         band: style.groupStyle == .filled ? Ink.groupBand : nil,
                         keepWithNext: true)
    }

    /// A product row: name and annotation as one wrapping paragraph, remarks under it in italic,
    /// and each amount placed vertically per `amountPlacement`.
    func product(_ product: ProductRowSpec) -> RowLayout {
        let name = nameBox(product)
        var pieces = [RowLayout.Piece(box: name, x: nameX, dy: 0)]
        var blockHeight = name.height
        for remark in product.remarks {
            let box = typesetter.text(remark, metrics.remarkFont, width: metrics.nameTextWidth)
            pieces.append(.init(box: box, x: nameX, dy: blockHeight + metrics.remarkGap))
            blockHeight += metrics.remarkGap + box.height
        }
        for (column, cell) in zip(columns, product.cells) {
            guard let cell else { continue }
            let box = typesetter.amount(cell, metrics.bodyFont, width: cellTextWidth(column.width),
                                        alignment: style.amountAlignment)
            let dy = amountOffset(box, name: name, blockHeight: blockHeight)
            pieces.append(.init(box: box, x: column.x + metrics.cellPadding, dy: dy))
        }
        let padded = pieces.map { RowLayout.Piece(box: $0.box, x: $0.x, dy: $0.dy + style.rowPadding) }
        return RowLayout(pieces: padded, height: contentHeight(padded) + style.rowPadding)
    }

    /// The name, then the annotation after a space in the same paragraph so it wraps with it.
    private func nameBox(_ product: ProductRowSpec) -> TextBox {
        let size = metrics.bodyFont.size
        var markup = Markup.text(product.name, size: size, markers: style.markerStyle)
        if let annotation = product.annotation {
            markup += " " + Markup.text(annotation, size: size, markers: style.markerStyle)
        }
        return typesetter.box(markup, metrics.bodyFont, width: metrics.nameTextWidth)
    }

    /// How far below the row's content top an amount starts; never above it, so a tall
    /// amount grows the row instead of poking into the row above.
    private func amountOffset(_ amount: TextBox, name: TextBox, blockHeight: Double) -> Double {
        let offset: Double
        switch style.amountPlacement {
        case .firstLine: offset = name.firstBaseline - amount.firstBaseline
        case .lastLine: offset = name.lastBaseline - amount.lastBaseline
        case .centered: offset = (blockHeight - amount.height) / 2
        }
        return max(offset, 0)
    }

    private func cellTextWidth(_ columnWidth: Double) -> Double {
        columnWidth - 2 * metrics.cellPadding
    }

    /// Bottom of the lowest piece, measured from the row's top.
    private func contentHeight(_ pieces: [RowLayout.Piece]) -> Double {
        pieces.map { $0.dy + $0.box.height }.max() ?? 0
    }
}
