/// Footnotes laid out one under the other: a small raised marker at the left, the text at a
/// fixed indent with a hanging indent, so every note's text starts on the same x.
struct FootnoteStack {
    private struct Entry {
        let marker: TextBox
        let text: TextBox
        /// Marker top relative to the text top (puts the marker on its raised baseline).
        let markerOffset: Double
    }

    private let entries: [Entry]
    private let metrics: SheetMetrics
    private let indent: Double

    init(_ notes: [FootnoteSpec], typesetter: Typesetter, metrics: SheetMetrics) {
        self.metrics = metrics
        let markers = notes.map { Self.markerBox($0.marker, typesetter: typesetter, metrics: metrics) }
        // The indent is shared so the texts line up; a wide marker ("12") pushes it out rather
        // than touching its text.
        let widest = markers.map(\.width).max() ?? 0
        indent = max(metrics.footnoteIndent, widest + metrics.body * 0.4)
        let textWidth = metrics.textWidth - indent
        entries = zip(notes, markers).map { note, marker in
            let text = typesetter.text(note.text, metrics.footnoteFont, width: textWidth)
            let raised = metrics.style.markerStyle == .raised && !Self.isStars(note.marker)
            let rise = raised ? metrics.footnoteFont.size * Markup.markerRise : 0
            return Entry(marker: marker, text: text,
                         markerOffset: text.firstBaseline - rise - marker.firstBaseline)
        }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Total height, gaps included.
    var height: Double {
        let texts = entries.reduce(0) { $0 + $1.text.height }
        return texts + Double(max(entries.count - 1, 0)) * metrics.itemGap
    }

    /// Draws the stack with its top at `top`.
    func draw(top: Double) {
        var y = top
        for entry in entries {
            entry.marker.draw(x: metrics.left, y: y + entry.markerOffset)
            entry.text.draw(x: metrics.left + indent, y: y)
            y += entry.text.height + metrics.itemGap
        }
    }

    /// A marker of stars only ("*", "**"), printed as plain text.
    static func isStars(_ marker: String) -> Bool {
        !marker.isEmpty && marker.allSatisfy { $0 == "*" }
    }

    /// The marker alone: a smaller digit (raised when drawn) or Unicode superscript digits;
    /// stars in the note's own size on its baseline ("* Alleen bij …").
    private static func markerBox(_ marker: String, typesetter: Typesetter, metrics: SheetMetrics) -> TextBox {
        let font = metrics.footnoteFont
        if isStars(marker) { return typesetter.box(Markup.escape(marker), font, width: nil) }
        switch metrics.style.markerStyle {
        case .raised:
            return typesetter.box(Markup.escape(marker), TextFont(size: font.size * Markup.markerScale), width: nil)
        case .unicode:
            return typesetter.box(Markup.escape(Markup.superscript(marker)), font, width: nil)
        }
    }
}
