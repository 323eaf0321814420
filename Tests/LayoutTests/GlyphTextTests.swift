@testable import Geometry
@testable import Layout
import Testing

/// A glyph keeps its text as one scalar (or a String when it is more), and font styles are
/// read from names by bytes: both must answer exactly as the String-based code did.
@Suite struct GlyphTextTests {
    private func glyph(_ text: String) -> Glyph {
        Glyph(text: text, box: Rect(minX: 0, minY: 0, maxX: 5, maxY: 9), fontName: "F", fontSize: 9)
    }

    @Test(arguments: ["a", "€", "²", "fi", "e\u{301}", "", "Å", "\u{212B}"])
    func textSurvivesTheScalarForm(text: String) {
        let g = glyph(text)
        #expect(g.text == text)
        #expect(g.longText == (text.unicodeScalars.count == 1 ? nil : text))
        var bytes: [UInt8] = []
        g.appendUTF8(to: &bytes)
        #expect(bytes == Array(text.utf8))
    }

    @Test func sameTextIsStringEquality() {
        // U+212B ANGSTROM SIGN and U+00C5 are canonically equivalent: equal as Strings.
        let pairs = [("a", "a"), ("a", "b"), ("Å", "\u{212B}"), ("é", "e\u{301}"), ("fi", "fi"), ("1", "¹")]
        for (a, b) in pairs {
            #expect(glyph(a).hasSameText(as: glyph(b)) == (a == b), "\(a) vs \(b)")
        }
    }

    @Test func fontStylesReadByBytesAsByStrings() {
        let names = ["DejaVuSans-Bold", "DejaVuSans", "Arial-BoldItalicMT", "LiberationSerif-Italic", "Helvetica-Oblique",
                     "SourceSansPro-Semibold", "OpenSans-ExtraBold", "Roboto-Black", "Inter-Heavy", "Avenir-DemiBold",
                     "", "BOLD", "Dëmi", "Times-Roman", "Schrift-Fett", "İtalic", "HeavyMetal\u{212A}"]
        for name in names {
            let lower = name.lowercased()
            #expect(FontTraits.isBold(name) == FontTraits.boldWords.contains { lower.contains($0) }, "\(name)")
            #expect(FontTraits.isItalic(name) == FontTraits.italicWords.contains { lower.contains($0) }, "\(name)")
        }
        #expect(FontTraits.isBold("Arial-BoldMT") && !FontTraits.isBold("Arial") && FontTraits.isItalic("X-OBLIQUE"))
    }

    /// Interned strings come back byte for byte: two canonically equivalent texts (equal as
    /// Strings) are two entries, so a glyph's text is never swapped for its equivalent.
    @Test func internedStringsKeepTheirBytes() {
        let a = "a\u{323}\u{302}", b = "a\u{302}\u{323}"
        #expect(a == b && Array(a.utf8) != Array(b.utf8))
        #expect(Array(InternedString(a).text.utf8) == Array(a.utf8))
        #expect(Array(InternedString(b).text.utf8) == Array(b.utf8))
        #expect(InternedString(a) != InternedString(b))
        #expect(InternedString("DejaVuSans-Bold") == InternedString("DejaVuSans-Bold"))
        #expect(glyph(b).text.utf8.elementsEqual(b.utf8) && glyph(a).fontName == "F")
    }
}
