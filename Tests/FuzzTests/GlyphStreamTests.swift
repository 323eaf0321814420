import Foundation
import FuzzSupport
import Geometry
import Layout
import Testing
import TestSupport

/// The byte → glyph decoder the fuzzer relies on: total, deterministic, and able to express
/// both real pages (through the encoder) and the odd values it exists for.
@Suite struct GlyphStreamTests {
    @Test func emptyAndTinyInputsDecode() {
        #expect(GlyphStreamDecoder.decode([]).isEmpty)
        #expect(GlyphStreamDecoder.decode([0]).isEmpty)
        #expect(GlyphStreamDecoder.decode([1, 0, 0]).count == 1)
    }

    @Test func specialNumbersDecode() throws {
        // One page of 512 × 512 pt, two glyphs.
        let bytes: [UInt8] = [1, 0x40, 0x00, 0x40, 0x00, 0, 2,
                              // "A" at x = NaN, y = 1, 1 × 10 pt, size +inf.
                              0x00, 0x41, 0xE0, 0x00, 0x20, 0x00, 0x20, 0x01, 0x40, 0xE1,
                              // "€" at x = −8 (escape 0xEA), y = 1, 1 × 10 pt, size 10.
                              0x00, 0x80, 0xEA, 0x01, 0x00, 0x00, 0x20, 0x00, 0x20, 0x01, 0x40, 0x01, 0x40]
        let page = try #require(GlyphStreamDecoder.decode(bytes).first)
        #expect(page.width == 512 && page.height == 512)
        #expect(page.glyphs.count == 2)
        #expect(page.glyphs[0].box.minX.isNaN && page.glyphs[0].fontSize == .infinity)
        #expect(page.glyphs[1].text == "€" && page.glyphs[1].box.minX == -8)
    }

    @Test func reEncodingADecodedPageIsExact() {
        let page = TextPage(number: 1, width: 595.3, height: 841.9, glyphs: [
            Glyph(text: "P", box: Rect(minX: 56.7, minY: 100.01, maxX: 63.2, maxY: 110.4), fontName: "DejaVuSans-Bold", fontSize: 9),
            Glyph(text: "²", box: Rect(minX: 63.2, minY: 99, maxX: 66, maxY: 105), fontName: "DejaVuSans", fontSize: 6, spaceBefore: true),
            Glyph(text: "ẞ", box: Rect(minX: -3, minY: 1e9, maxX: .infinity, maxY: .nan), fontName: "X-Oblique", fontSize: 0),
        ])
        let once = GlyphStreamEncoder.encode([page])
        let decoded = GlyphStreamDecoder.decode(once)
        #expect(GlyphStreamEncoder.encode(decoded) == once)
        #expect(decoded[0].glyphs.map(\.text) == ["P", "²", "?"])
        #expect(FontStyle(fontName: decoded[0].glyphs[0].fontName).isBold && FontStyle(fontName: decoded[0].glyphs[2].fontName).isItalic)
    }

    /// Random bytes (seeded) never trap the decoder or the pipeline behind it.
    @Test func randomBytesRunThroughThePipeline() {
        var generator = SeededGenerator(seed: 0x7A21FF)
        for _ in 0..<300 {
            let count = Int(generator.next() % 600)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            #expect(FuzzPipeline.run(bytes).hasSuffix("}\n"))
        }
    }
}
