import Geometry

/// A footnote reference printed as a raised or smaller number (or a Unicode superscript)
/// after a word: "Centrale²". Never part of the word's text or of an amount.
public struct FootnoteMarker: Sendable, Equatable, Hashable {
    /// The marker's label as plain characters ("2", "12", "*").
    public var label: String
    public var box: Rect

    public init(label: String, box: Rect) {
        self.label = label
        self.box = box
    }

    /// Unicode superscript characters and their plain equivalents.
    static let superscripts: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    ]

    /// `superscriptLabel` of a glyph's text; plain ASCII (nearly every glyph) answered at once.
    static func superscriptLabel(of glyph: Glyph) -> String? {
        glyph.isASCII ? nil : superscriptLabel(glyph.text)
    }

    /// The plain label of a glyph that is a Unicode superscript digit, else nil.
    static func superscriptLabel(_ text: String) -> String? {
        // Every glyph of a page is asked: plain ASCII (nearly all of them) is answered at once.
        guard let lead = text.utf8.first, lead >= 0x80 else { return nil }
        guard text.count == 1, let plain = superscripts[text.first!] else { return nil }
        return String(plain)
    }
}
