import Geometry
import Layout
import Testing
import TestSupport

/// Footnote markers: raised or smaller digits and Unicode superscripts become markers of the
/// word they follow, never words of their own, never glued onto a name or an amount.
@Suite struct FootnoteMarkerTests {
    typealias G = GlyphFactory

    @Test func raisedSmallerDigitIsAMarkerOfTheWordBefore() {
        let name = G.run("KPN EEN Connext Centrale", x: 50, baseline: 100)
        let layout = PageLayout(page: G.page(name + G.marker("2", after: name)))
        #expect(layout.lines.count == 1)
        #expect(layout.lines[0].text == "KPN EEN Connext Centrale")
        #expect(layout.lines[0].words.last?.markers.map(\.label) == ["2"])
    }

    @Test func markerIsNeverGluedOntoAnAmount() {
        let amount = G.run("250", x: 300, baseline: 100)
        let layout = PageLayout(page: G.page(amount + G.marker("9", after: amount)))
        #expect(layout.lines[0].words.map(\.text) == ["250"])
        #expect(layout.lines[0].words[0].markers.map(\.label) == ["9"])
    }

    @Test func unicodeSuperscriptIsAMarker() {
        let layout = PageLayout(page: G.page(G.run("nieuwe locatie¹", x: 50, baseline: 100)))
        #expect(layout.lines[0].text == "nieuwe locatie")
        #expect(layout.lines[0].words.last?.markers.map(\.label) == ["1"])
    }

    @Test func multiDigitMarker() {
        let name = G.run("Gebruikers", x: 50, baseline: 100)
        let layout = PageLayout(page: G.page(name + G.marker("12", after: name)))
        #expect(layout.lines[0].words[0].markers.map(\.label) == ["12"])
    }

    @Test func sameSizeDigitsStayText() {
        let layout = PageLayout(page: G.page(G.run("Gespreksopname 90 dagen", x: 50, baseline: 100)))
        #expect(layout.lines[0].words.map(\.text) == ["Gespreksopname", "90", "dagen"])
        #expect(layout.lines[0].words.allSatisfy { $0.markers.isEmpty })
    }

    /// Tight rows: the raised marker's box sits closer to the row above than to its own, yet it
    /// belongs to the word it follows horizontally.
    @Test func markerInATightRowStaysWithItsOwnRow() {
        let above = G.run("KPN EEN Webex Standaard", x: 50, baseline: 100)
        let own = G.run("KPN EEN Callcenter Basis", x: 50, baseline: 109.5)
        let layout = PageLayout(page: G.page(above + own + G.marker("3", after: own)))
        #expect(layout.lines.map(\.text) == ["KPN EEN Webex Standaard", "KPN EEN Callcenter Basis"])
        #expect(layout.lines[0].words.allSatisfy { $0.markers.isEmpty })
        #expect(layout.lines[1].words.last?.markers.map(\.label) == ["3"])
    }

    @Test func footnoteNumberLeadsItsText() {
        let number = G.run("1", x: 48, baseline: 780, size: 4.7)
        let text = G.run("1e installatie betekent", x: 58.8, baseline: 782.5, size: 7.2)
        let layout = PageLayout(page: G.page(number + text))
        #expect(layout.lines.count == 1)
        #expect(layout.lines[0].words.first?.isLeadingMarker == true)
        #expect(layout.lines[0].words.map(\.text) == ["1", "1e", "installatie", "betekent"])
    }
}

/// Producers whose glyph boxes are taller than the line pitch (LibreOffice: 11.7 pt boxes on a
/// 10.5 pt pitch) make boxes of consecutive lines overlap a little.
@Suite struct OverlappingLineBoxTests {
    typealias G = GlyphFactory

    static func tall(_ glyphs: [Glyph]) -> [Glyph] {
        glyphs.map { var g = $0; g.box.minY -= 0.7; g.box.maxY += 0.6; return g }
    }

    @Test func digitAboveAWrappedLineIsNotAMarker() {
        let first = Self.tall(G.run("€ 15,00 (per", x: 340, baseline: 100))
        let second = Self.tall(G.run("gebruiker)", x: 340, baseline: 110.5))
        let layout = PageLayout(page: G.page(first + second))
        #expect(layout.lines.map(\.text) == ["€ 15,00 (per", "gebruiker)"])
        #expect(layout.lines.flatMap(\.words).allSatisfy { $0.markers.isEmpty })
    }
}
