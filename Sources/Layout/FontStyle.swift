/// What a font's name says of its style: a PDF's text layer carries no other style flag.
public struct FontStyle: Sendable, Equatable {
    public var isBold: Bool
    public var isItalic: Bool

    public init(fontName: String) {
        let name = SearchableText(fontName.lowercased())
        isBold = Self.boldWords.contains(where: name.contains)
        isItalic = Self.italicWords.contains(where: name.contains)
    }

    /// What a bold or an italic font's name says, in lower case (font naming, not sheet words).
    static let boldWords = ["bold", "black", "heavy", "semibold", "demi"]
    static let italicWords = ["italic", "oblique"]
}

/// Font styles read once per font name: a page uses a handful of fonts for its hundreds of
/// words, and neighbouring words mostly share one.
struct FontStyles {
    private var known: [String: FontStyle] = [:]
    private var last: (fontName: String, style: FontStyle)?

    mutating func style(of fontName: String) -> FontStyle {
        if let last, last.fontName == fontName { return last.style }
        let style = known[fontName] ?? FontStyle(fontName: fontName)
        known[fontName] = style
        last = (fontName, style)
        return style
    }
}
