/// One character placed on a page, as the PDF draws it: its text, box and font.
public struct Glyph: Sendable, Equatable {
    /// The character: one Unicode scalar as poppler gives it (a ligature may give more).
    public let text: String
    /// The text's scalar when it is exactly one (nearly always): what the marker detector asks
    /// of every glyph of a page, worked out once.
    public let scalar: Unicode.Scalar?
    /// The glyph's box: its advance width by the font's ascent-to-descent height.
    public var box: Rect
    /// The font's PostScript name without a subset prefix ("DejaVuSans-Bold").
    public var fontName: String
    /// The font size in points as drawn on the page.
    public var fontSize: Double
    /// True when the PDF's own text stream puts a space before this glyph on the same line:
    /// a hint for word breaks on top of the geometry.
    public var spaceBefore: Bool

    public init(text: String, box: Rect, fontName: String, fontSize: Double, spaceBefore: Bool = false) {
        self.text = text
        var scalars = text.unicodeScalars.makeIterator()
        let first = scalars.next()
        scalar = scalars.next() == nil ? first : nil
        self.box = box
        self.fontName = fontName
        self.fontSize = fontSize
        self.spaceBefore = spaceBefore
    }
}
