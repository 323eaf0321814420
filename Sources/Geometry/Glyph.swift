/// One character placed on a page, as the PDF draws it: its text, box and font.
///
/// Plain bytes, no references (see `InternedString`): layout copies glyphs freely.
public struct Glyph: Sendable, Equatable {
    /// The glyph's character. Poppler gives one Unicode scalar a glyph, kept as a scalar: a
    /// page has a thousand glyphs or more, and a String each cost more to make and to copy
    /// than the rest of the glyph.
    public var scalar: Unicode.Scalar
    /// The glyph's text when it is not one scalar (a ligature, or test and fuzz input); nil
    /// when `scalar` is the whole text.
    public var longTextID: InternedString?
    /// The glyph's box: its advance width by the font's ascent-to-descent height.
    public var box: Rect
    /// The font's PostScript name without a subset prefix ("DejaVuSans-Bold").
    public var font: InternedString
    /// The font size in points as drawn on the page.
    public var fontSize: Double
    /// True when the PDF's own text stream puts a space before this glyph on the same line:
    /// a hint for word breaks on top of the geometry.
    public var spaceBefore: Bool

    public init(scalar: Unicode.Scalar, box: Rect, font: InternedString, fontSize: Double, spaceBefore: Bool = false) {
        self.scalar = scalar
        self.longTextID = nil
        self.box = box
        self.font = font
        self.fontSize = fontSize
        self.spaceBefore = spaceBefore
    }

    public init(text: String, box: Rect, fontName: String, fontSize: Double, spaceBefore: Bool = false) {
        var scalars = text.unicodeScalars.makeIterator()
        let first = scalars.next()
        self.init(scalar: first ?? " ", box: box, font: InternedString(fontName), fontSize: fontSize, spaceBefore: spaceBefore)
        if first == nil || scalars.next() != nil { longTextID = InternedString(text) }
    }

    /// The text when it is not one scalar, else nil.
    public var longText: String? { longTextID?.text }

    /// The Unicode text of the glyph (one scalar; a ligature may give more).
    public var text: String { longText ?? String(scalar) }

    /// The font's name (see `font`).
    public var fontName: String { font.text }

    /// True when the glyph's text is one ASCII character: most of a sheet's, answered
    /// without making a String.
    public var isASCII: Bool { longTextID == nil && scalar.isASCII }

    /// Appends the text's UTF-8 bytes: how words gather their glyphs' text.
    public func appendUTF8(to bytes: inout [UInt8]) {
        if let longText {
            bytes.append(contentsOf: longText.utf8)
        } else if scalar.isASCII {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// Whether two glyphs read the same, as their texts compare (canonical equivalence): by
    /// the scalars when both are one ASCII character, else by the Strings.
    public func hasSameText(as other: Glyph) -> Bool {
        if isASCII, other.isASCII { return scalar == other.scalar }
        return text == other.text
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
///
/// Font names are plain ASCII in practice, and their bytes are searched directly: Swift's
/// generic `contains` on lower-cased Strings cost ~15,000 instructions a search, ~62,000 a
/// bold test (measured). A name with other characters takes the Unicode path, whose case
/// mapping then decides.
public enum FontTraits {
    public static func isBold(_ fontName: String) -> Bool {
        if let found = asciiContainsAny(fontName, boldBytes) { return found }
        let name = fontName.lowercased()
        return boldWords.contains { name.contains($0) }
    }

    public static func isItalic(_ fontName: String) -> Bool {
        if let found = asciiContainsAny(fontName, italicBytes) { return found }
        let name = fontName.lowercased()
        return italicWords.contains { name.contains($0) }
    }

    /// What a bold or an italic font's name says, in lower case.
    static let boldWords = ["bold", "black", "heavy", "semibold", "demi"]
    static let italicWords = ["italic", "oblique"]
    private static let boldBytes = boldWords.map { Array($0.utf8) }
    private static let italicBytes = italicWords.map { Array($0.utf8) }

    /// Whether one of `words` (lower-case ASCII) occurs in `name` in any case; nil when the
    /// name is not all ASCII.
    private static func asciiContainsAny(_ name: String, _ words: [[UInt8]]) -> Bool? {
        var name = name
        return name.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return words.contains { ASCIIBytes.contains($0, ignoringCaseIn: bytes) }
        }
    }
}
