/// Every size and position derived from a `SheetStyle`, so the composers share one set of rules.
struct SheetMetrics {
    let style: SheetStyle

    /// Space between a cell's edge and its text.
    let cellPadding = 4.0
    /// How far bullet text sits right of the bullet (its hanging indent).
    let bulletIndent = 12.0

    var left: Double { style.marginX }
    var right: Double { style.pageWidth - style.marginX }
    var textWidth: Double { right - left }
    var body: Double { style.bodySize }

    // MARK: Fonts

    var bodyFont: TextFont { TextFont(size: body) }
    var boldFont: TextFont { TextFont(size: body, bold: true) }
    var runningHeadFont: TextFont { TextFont(size: body * 0.85) }
    var sectionTitleFont: TextFont { TextFont(size: body * 1.6, bold: true) }
    var captionFont: TextFont { TextFont(size: body * 1.25, bold: true) }
    var remarkFont: TextFont { TextFont(size: body * 0.85, italic: true) }
    var footnoteFont: TextFont { TextFont(size: body * 0.8) }

    // MARK: Vertical rhythm

    /// Gap between the caption line and the header row.
    var captionGap: Double { body * 0.6 }
    /// Space after a table, a paragraph or a list.
    var blockGap: Double { body * 0.9 }
    /// Space after a section title.
    var titleGap: Double { body * 0.8 }
    /// Space between bullet items and between stacked footnotes.
    var itemGap: Double { body * 0.25 }
    /// Space between a name and its remarks.
    var remarkGap: Double { body * 0.15 }
    /// Header row padding: never tight, so labels stay off the band's edges even with `rowPadding` 0.
    var headerPadding: Double { max(style.rowPadding, 3) }
    /// Gap between the running header and the first block.
    var headGap: Double { body * 1.6 }
    /// Gap above and below the rule under a two-level header's spanning label.
    var spannerGap: Double { body * 0.25 }
    /// Gap between the body and the page footnotes, and between footnotes and the page number.
    var footGap: Double { body * 1.0 }
    /// Where footnote text starts, right of its marker.
    var footnoteIndent: Double { body * 1.2 }

    // MARK: Table columns

    /// Left edge and width of each of `count` price columns: the style's widths when it gives one
    /// for every column, else equal shares of what the name column leaves.
    func priceColumns(count: Int) -> [(x: Double, width: Double)] {
        let widths: [Double]
        if let explicit = style.columnWidths, explicit.count == count {
            widths = explicit
        } else {
            let share = (textWidth - style.nameColumnWidth) / Double(max(count, 1))
            widths = Array(repeating: share, count: count)
        }
        var x = left + style.nameColumnWidth
        return widths.map { width in
            defer { x += width }
            return (x, width)
        }
    }

    /// Text width inside the name column.
    var nameTextWidth: Double { style.nameColumnWidth - 2 * cellPadding }

    /// Checks the style leaves room to draw anything at all.
    func validate() throws {
        guard style.bodySize > 0 else { throw RenderError.invalidSpec("bodySize must be positive") }
        guard textWidth > 0, style.pageHeight > style.marginTop + style.marginBottom else {
            throw RenderError.invalidSpec("margins leave no room on the page")
        }
        guard style.nameColumnWidth > 2 * cellPadding, style.nameColumnWidth < textWidth else {
            throw RenderError.invalidSpec("nameColumnWidth \(style.nameColumnWidth) does not fit "
                                          + "the text width \(textWidth)")
        }
    }
}
