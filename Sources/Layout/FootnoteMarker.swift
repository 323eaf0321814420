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

    /// Unicode superscript digits and their plain equivalents.
    static let superscripts: [Unicode.Scalar: String] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    ]

    /// The plain label of a glyph that is a Unicode superscript digit, else nil.
    static func superscriptLabel(of glyph: Glyph) -> String? {
        guard let scalar = glyph.scalar, !scalar.isASCII else { return nil }
        return superscripts[scalar]
    }
}
