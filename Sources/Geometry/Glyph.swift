/// One character placed on a page, as the PDF draws it: its text, box and font.
public struct Glyph: Sendable, Equatable {
    /// The Unicode text of the glyph (one scalar; a ligature may give more).
    public var text: String
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
        self.box = box
        self.fontName = fontName
        self.fontSize = fontSize
        self.spaceBefore = spaceBefore
    }
}

// MARK: - Font style

extension Glyph {
    /// Bold by the font's name, the only place a PDF's text layer says so.
    public var isBold: Bool { FontTraits.isBold(fontName) }
    /// Italic or oblique by the font's name.
    public var isItalic: Bool { FontTraits.isItalic(fontName) }
}

/// Reads style from a font's name: PDFs carry no other style flag in their text layer.
public enum FontTraits {
    public static func isBold(_ fontName: String) -> Bool {
        let name = fontName.lowercased()
        return ["bold", "black", "heavy", "semibold", "demi"].contains { name.contains($0) }
    }

    public static func isItalic(_ fontName: String) -> Bool {
        let name = fontName.lowercased()
        return name.contains("italic") || name.contains("oblique")
    }
}
