import Geometry
import Layout

/// Writes real pages as glyph streams: the seed corpus, so the fuzzer starts from sheets that
/// reach deep into the table parser instead of from noise.
///
/// Lossy on purpose: coordinates are rounded to 1/32 pt, fonts keep only their style, and a
/// text the alphabet lacks becomes "?". Decoding and re-encoding the result is exact.
public enum GlyphStreamEncoder {
    public static func encode(_ pages: [TextPage]) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(min(pages.count, GlyphStreamFormat.maxPages))]
        for page in pages.prefix(GlyphStreamFormat.maxPages) {
            number(page.width, into: &bytes)
            number(page.height, into: &bytes)
            let glyphs = page.glyphs.prefix(Int(UInt16.max))
            bytes += [UInt8(glyphs.count >> 8), UInt8(glyphs.count & 0xFF)]
            for glyph in glyphs { encode(glyph, into: &bytes) }
        }
        return bytes
    }

    private static func encode(_ glyph: Glyph, into bytes: inout [UInt8]) {
        let style = FontStyle(fontName: glyph.fontName)
        let font = (style.isBold ? 1 : 0) + (style.isItalic ? 2 : 0)
        var flags = GlyphStreamFormat.Flags.font(font)
        if glyph.spaceBefore { flags.insert(.spaceBefore) }
        bytes += [flags.rawValue, textByte(glyph.text)]
        for value in [glyph.box.minX, glyph.box.minY, glyph.box.width, glyph.box.height, glyph.fontSize] {
            number(value, into: &bytes)
        }
    }

    /// The byte that decodes to `text`, or to "?" when there is none.
    static func textByte(_ text: String) -> UInt8 {
        if text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first, scalar.isASCII {
            return UInt8(scalar.value)
        }
        guard let index = FuzzAlphabet.texts.firstIndex(of: text), index < 0x80 else { return UInt8(ascii: "?") }
        return 0x80 + UInt8(index)
    }

    static func number(_ value: Double, into bytes: inout [UInt8]) {
        let scale = GlyphStreamFormat.fixedScale
        let steps = (abs(value) * scale).rounded()
        if value.isFinite, steps < Double(UInt16(GlyphStreamFormat.specialStart) << 8) {
            let fixed = UInt16(steps)
            if value >= 0 || fixed == 0 {
                bytes += [UInt8(fixed >> 8), UInt8(fixed & 0xFF)]
            } else {
                bytes += [FuzzAlphabet.Escape.negative.rawValue, UInt8(fixed >> 8), UInt8(fixed & 0xFF)]
            }
            return
        }
        bytes.append(FuzzAlphabet.Escape.raw.rawValue)
        bytes += (0..<8).reversed().map { UInt8(truncatingIfNeeded: value.bitPattern >> ($0 * 8)) }
    }
}
