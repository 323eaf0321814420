import Geometry
import Layout
import Testing
import TestSupport

/// Lines and words rebuilt from boxes, whatever order the PDF stores the glyphs in.
@Suite struct LineBuildingTests {
    typealias G = GlyphFactory

    @Test func columnsOnOneBaselineFormOneLineWithSegments() {
        let glyphs = G.run("KPN EEN Bel-me-nu", x: 50, baseline: 100) + G.run("€ 5,00", x: 280, baseline: 100)
            + G.run("€ 0,00", x: 380, baseline: 100)
        let line = PageLayout(page: G.page(glyphs.reversed())).lines[0]
        #expect(line.text == "KPN EEN Bel-me-nu € 5,00 € 0,00")
        #expect(line.segments(gapRatio: ParserSettings.standard.segmentGapRatio).map { $0.map(\.text).joined(separator: " ") } == ["KPN EEN Bel-me-nu", "€ 5,00", "€ 0,00"])
    }

    /// "Afrika² Bellen": the space to the next word starts after the marker, so a marker's width
    /// never turns a word space into a column gap.
    @Test func aGapIsMeasuredAfterTheWordsMarker() {
        let marker = FootnoteMarker(label: "2", box: Rect(minX: 30, minY: 98, maxX: 34, maxY: 103))
        let words = [Word(text: "Afrika", box: Rect(minX: 0, minY: 100, maxX: 30, maxY: 109), fontName: "DejaVuSans",
                          fontSize: 9, markers: [marker]),
                     Word(text: "Bellen", box: Rect(minX: 37, minY: 100, maxX: 70, maxY: 109), fontName: "DejaVuSans", fontSize: 9)]
        #expect(words[0].inkMaxX == 34)
        #expect(Line(words: words).segments(gapRatio: 0.6).count == 1)
    }

    @Test func wordsBreakAtGapsEvenWithoutSpaceCharacters() {
        let glyphs = G.run("Prijs maand", x: 50, baseline: 100, spaced: false)
        #expect(PageLayout(page: G.page(glyphs)).lines[0].words.map(\.text) == ["Prijs", "maand"])
    }

    @Test func linesAreOrderedTopToBottom() {
        let glyphs = G.run("tweede", x: 50, baseline: 120) + G.run("eerste", x: 50, baseline: 100)
        #expect(PageLayout(page: G.page(glyphs)).lines.map(\.text) == ["eerste", "tweede"])
    }

    @Test func glyphDrawnTwiceCountsOnce() {
        let glyphs = G.run("Bold", x: 50, baseline: 100)
        #expect(PageLayout(page: G.page(glyphs + glyphs)).lines[0].text == "Bold")
    }

    @Test func brokenBoxesAreDropped() {
        var glyphs = G.run("ok", x: 50, baseline: 100)
        glyphs.append(Glyph(text: "x", box: Rect(minX: .nan, minY: 0, maxX: 1, maxY: 1), fontName: "F", fontSize: 9))
        glyphs.append(Glyph(text: "y", box: Rect(minX: 60, minY: 90, maxX: 65, maxY: 100), fontName: "F", fontSize: .infinity))
        #expect(PageLayout(page: G.page(glyphs)).lines.map(\.text) == ["ok"])
    }

    @Test func boldAndItalicComeFromTheFontName() {
        let bold = PageLayout(page: G.page(G.run("Gebruikers", x: 50, baseline: 100, font: "DejaVuSans-Bold"))).lines[0]
        let italic = PageLayout(page: G.page(G.run("Minuten", x: 50, baseline: 100, font: "DejaVuSans-Oblique"))).lines[0]
        #expect(bold.isBold && !bold.isItalic)
        #expect(italic.isItalic && !italic.isBold)
    }
}
