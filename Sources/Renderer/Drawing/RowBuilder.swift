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
        // A transposed table has a column per product, not per ColumnSpec.
        columns = metrics.priceColumns(count: table.transposed ? table.products.count : table.columns.count)
    }

    private var style: SheetStyle { metrics.style }
    /// Text in the name column starts a padding in from the table's left edge.
    private var nameX: Double { metrics.left + metrics.cellPadding }

    /// The caption in bold at the left and the note at the right, sharing a baseline (or the note
    /// on a line of its own under the caption, per `notePlacement`); nil if the table has neither.
    func caption(_ table: TableSpec) -> RowLayout? {
        guard table.caption != nil || table.captionNote != nil else { return nil }
        if table.notePlacement == .ownLine { return captionOverNote(table) }
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

    /// The caption in bold, and right under it the note, left-aligned in the regular font.
    private func captionOverNote(_ table: TableSpec) -> RowLayout {
        var pieces: [RowLayout.Piece] = []
        var dy = 0.0
        if let caption = table.caption {
            let box = typesetter.text(caption, metrics.captionFont, width: metrics.textWidth)
            pieces.append(.init(box: box, x: metrics.left, dy: 0))
            dy = box.height
        }
        if let note = table.captionNote {
            pieces.append(.init(box: typesetter.text(note, metrics.bodyFont, width: metrics.textWidth),
                                x: metrics.left, dy: dy))
        }
        return RowLayout(pieces: pieces, height: contentHeight(pieces) + metrics.captionGap)
    }

    /// The header row: bold labels, top-aligned, price labels wrapping in their columns and
    /// aligned like the amounts under them; a grey band behind when the style has rules.
    /// Columns with a `group` get their spanning label on a line above, centred over them, with
    /// a thin rule under it; every other label sits on the lower line, with the columns' own.
    func header(_ table: TableSpec) -> RowLayout {
        if table.transposed { return transposedHeader(table) }
        let padding = metrics.headerPadding
        var pieces: [RowLayout.Piece] = []
        var rules: [RowLayout.Rule] = []
        var lower = padding
        let spans = Self.groupSpans(table.columns)
        if !spans.isEmpty {
            var spanHeight = 0.0
            for span in spans {
                let x1 = columns[span.columns.lowerBound].x + metrics.cellPadding
                let last = columns[span.columns.upperBound - 1]
                let x2 = last.x + last.width - metrics.cellPadding
                var box = typesetter.text(span.label, metrics.boldFont, width: nil)
                if box.width > x2 - x1 { box = typesetter.text(span.label, metrics.boldFont, width: x2 - x1) }
                pieces.append(.init(box: box, x: (x1 + x2 - box.width) / 2, dy: padding))
                spanHeight = max(spanHeight, box.height)
                rules.append(.init(dy: padding + spanHeight, x1: x1, x2: x2))
            }
            let ruleY = padding + spanHeight + metrics.spannerGap
            rules = rules.map { .init(dy: ruleY, x1: $0.x1, x2: $0.x2) }
            lower = ruleY + metrics.spannerGap
        }
        if !table.nameHeader.isEmpty {
            let name = typesetter.text(table.nameHeader, metrics.boldFont, width: metrics.nameTextWidth)
            pieces.append(.init(box: name, x: nameX, dy: lower))
        }
        for (column, spec) in zip(columns, table.columns) {
            let label = typesetter.text(spec.label, metrics.boldFont, width: cellTextWidth(column.width),
                                        alignment: style.amountAlignment)
            pieces.append(.init(box: label, x: column.x + metrics.cellPadding, dy: lower))
        }
        return RowLayout(pieces: pieces, height: max(contentHeight(pieces), lower + emptyLineHeight) + padding,
                         band: style.rules ? Ink.headerBand : nil, rules: rules)
    }

    /// Runs of consecutive columns with the same group, by column index.
    static func groupSpans(_ columns: [ColumnSpec]) -> [(label: String, columns: Range<Int>)] {
        var spans: [(label: String, columns: Range<Int>)] = []
        for (index, column) in columns.enumerated() {
            guard let group = column.group else { continue }
            if let last = spans.last, last.label == group, last.columns.upperBound == index {
                spans[spans.count - 1].columns = last.columns.lowerBound..<(index + 1)
            } else {
                spans.append((group, index..<(index + 1)))
            }
        }
        return spans
    }

    /// A transposed table's header: `nameHeader` at the left, then each product's name (with its
    /// annotation) in bold, wrapping in its column, aligned like the cells under it.
    private func transposedHeader(_ table: TableSpec) -> RowLayout {
        let padding = metrics.headerPadding
        var pieces: [RowLayout.Piece] = []
        if !table.nameHeader.isEmpty {
            let name = typesetter.text(table.nameHeader, metrics.boldFont, width: metrics.nameTextWidth)
            pieces.append(.init(box: name, x: nameX, dy: padding))
        }
        for (column, product) in zip(columns, table.products) {
            let box = nameBox(product, font: metrics.boldFont, width: cellTextWidth(column.width),
                              alignment: style.amountAlignment)
            pieces.append(.init(box: box, x: column.x + metrics.cellPadding, dy: padding))
        }
        return RowLayout(pieces: pieces, height: max(contentHeight(pieces), padding + emptyLineHeight) + padding,
                         band: style.rules ? Ink.headerBand : nil)
    }

    /// A transposed table's body: one row per column spec, its label in the name column and
    /// every product's cell of that column in the product's column.
    func transposedRows(_ table: TableSpec) -> [RowLayout] {
        let products = table.products
        return table.columns.indices.map { index in
            let label = typesetter.text(table.columns[index].label, metrics.bodyFont, width: metrics.nameTextWidth)
            var pieces = [RowLayout.Piece(box: label, x: nameX, dy: 0)]
            for (column, product) in zip(columns, products) {
                guard index < product.cells.count, let cell = product.cells[index] else { continue }
                let box = typesetter.amount(cell, metrics.bodyFont, width: cellTextWidth(column.width),
                                            alignment: style.amountAlignment)
                let dy = amountOffset(box, name: label, blockHeight: label.height)
                pieces.append(.init(box: box, x: column.x + metrics.cellPadding, dy: dy))
            }
            let padded = pieces.map { RowLayout.Piece(box: $0.box, x: $0.x, dy: $0.dy + style.rowPadding) }
            return RowLayout(pieces: padded, height: contentHeight(padded) + style.rowPadding)
        }
    }

    /// The height of one line of bold text: an empty header cell still has it.
    private var emptyLineHeight: Double {
        typesetter.text("X", metrics.boldFont, width: nil).height
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
        nameBox(product, font: metrics.bodyFont, width: metrics.nameTextWidth, alignment: .left)
    }

    private func nameBox(_ product: ProductRowSpec, font: TextFont, width: Double,
                         alignment: SheetStyle.Alignment) -> TextBox {
        var markup = Markup.text(product.name, size: font.size, markers: style.markerStyle)
        if let annotation = product.annotation {
            markup += " " + Markup.text(annotation, size: font.size, markers: style.markerStyle)
        }
        return typesetter.box(markup, font, width: width, alignment: alignment)
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
