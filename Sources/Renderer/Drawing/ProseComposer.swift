/// Draws the text blocks around tables: section titles, paragraphs, bullet lists and
/// in-place footnotes. Each moves whole to a new page when it does not fit.
struct ProseComposer {
    let typesetter: Typesetter
    let metrics: SheetMetrics
    let cursor: PageCursor

    /// A large bold title over the full width, kept with a few lines of what follows.
    func sectionTitle(_ text: String) {
        let box = typesetter.text(text, metrics.sectionTitleFont, width: metrics.textWidth)
        place(box, x: metrics.left, keepBelow: metrics.body * 4)
        cursor.skip(metrics.titleGap)
    }

    /// A paragraph over the full width; a bold one is a small heading and keeps with its next lines.
    func paragraph(_ text: String, bold: Bool) {
        let box = typesetter.text(text, bold ? metrics.boldFont : metrics.bodyFont, width: metrics.textWidth)
        place(box, x: metrics.left, keepBelow: bold ? metrics.body * 3 : 0)
        cursor.skip(bold ? metrics.itemGap : metrics.blockGap)
    }

    /// Bullet items: "•" at the margin, text at a hanging indent; an item never splits.
    func bullets(_ items: [String]) {
        let textWidth = metrics.textWidth - metrics.bulletIndent
        for (index, item) in items.enumerated() {
            let box = typesetter.text(item, metrics.bodyFont, width: textWidth)
            let bullet = typesetter.box("•", metrics.bodyFont, width: nil)
            if !cursor.fits(box.height) { cursor.breakPage() }
            bullet.draw(x: metrics.left + 2, y: cursor.y + box.firstBaseline - bullet.firstBaseline)
            box.draw(x: metrics.left + metrics.bulletIndent, y: cursor.y)
            cursor.advance(box.height)
            cursor.skip(index == items.count - 1 ? metrics.blockGap : metrics.itemGap)
        }
    }

    /// Footnotes printed where they stand (under a table), in the page-footnote format.
    func footnotes(_ notes: [FootnoteSpec]) {
        let stack = FootnoteStack(notes, typesetter: typesetter, metrics: metrics)
        guard !stack.isEmpty else { return }
        if !cursor.fits(stack.height) { cursor.breakPage() }
        stack.draw(top: cursor.y)
        cursor.advance(stack.height)
        cursor.skip(metrics.blockGap)
    }

    /// Draws `box` at the cursor, first moving to a new page unless it and `keepBelow` more fit.
    private func place(_ box: TextBox, x: Double, keepBelow: Double) {
        if !cursor.fits(box.height + keepBelow) { cursor.breakPage() }
        box.draw(x: x, y: cursor.y)
        cursor.advance(box.height)
    }
}
