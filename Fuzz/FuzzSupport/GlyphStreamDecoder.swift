import Geometry

/// Turns any byte string into pages of glyphs, deterministically: the fuzzer's bytes become
/// the text layer the layout stage would get from poppler, odd values included (NaN and
/// infinite boxes, inverted and overlapping boxes, zero and huge font sizes, odd Unicode).
/// The format is described in `GlyphStreamFormat`.
public enum GlyphStreamDecoder {
    public static func decode(_ bytes: [UInt8]) -> [TextPage] {
        var reader = ByteReader(bytes)
        let pageCount = Int(reader.byte()) % (GlyphStreamFormat.maxPages + 1)
        var pages: [TextPage] = []
        for number in 1..<(pageCount + 1) {
            guard reader.hasMore else { break }
            pages.append(page(number, &reader))
        }
        return pages
    }

    private static func page(_ number: Int, _ reader: inout ByteReader) -> TextPage {
        let width = self.number(&reader), height = self.number(&reader)
        let count = Int(reader.uint16())
        var glyphs: [Glyph] = []
        var previous: Glyph?
        // The count may promise more than the bytes hold: stop at the end instead.
        while glyphs.count < count, reader.hasMore {
            let next = glyph(after: previous, &reader)
            if reader.isExhausted { break }
            glyphs.append(next)
            previous = next
        }
        return TextPage(number: number, width: width, height: height, glyphs: glyphs)
    }

    private static func glyph(after previous: Glyph?, _ reader: inout ByteReader) -> Glyph {
        let flags = GlyphStreamFormat.Flags(rawValue: reader.byte())
        var text = self.text(reader.byte())
        if flags.contains(.secondText) { text += self.text(reader.byte()) }
        let box = self.box(flags, after: previous?.box, &reader)
        let size = flags.contains(.repeatSize) ? previous?.fontSize ?? 0 : number(&reader)
        return Glyph(text: text, box: box, fontName: FuzzAlphabet.fonts[flags.fontIndex], fontSize: size,
                     spaceBefore: flags.contains(.spaceBefore))
    }

    private static func box(_ flags: GlyphStreamFormat.Flags, after previous: Rect?,
                            _ reader: inout ByteReader) -> Rect {
        let origin = previous ?? Rect(minX: 0, minY: 0, maxX: 0, maxY: 0)
        if flags.contains(.repeatBox) { return origin }
        if flags.contains(.advance) {
            let minX = origin.maxX + number(&reader)
            return Rect(minX: minX, minY: origin.minY, maxX: minX + number(&reader), maxY: origin.maxY)
        }
        let minX = number(&reader), minY = number(&reader)
        return Rect(minX: minX, minY: minY, maxX: minX + number(&reader), maxY: minY + number(&reader))
    }

    static func text(_ byte: UInt8) -> String {
        if byte < 0x80 { return String(Character(Unicode.Scalar(byte))) }
        return FuzzAlphabet.texts[Int(byte - 0x80) % FuzzAlphabet.texts.count]
    }

    static func number(_ reader: inout ByteReader) -> Double {
        let first = reader.byte()
        guard first >= GlyphStreamFormat.specialStart else {
            return Double(UInt16(first) << 8 | UInt16(reader.byte())) / GlyphStreamFormat.fixedScale
        }
        switch FuzzAlphabet.Escape(rawValue: first) {
        case .negative: return -Double(reader.uint16()) / GlyphStreamFormat.fixedScale
        case .raw: return Double(bitPattern: reader.uint64())
        case .far: return Double(reader.uint16()) * 1024
        case nil: return FuzzAlphabet.specialNumbers[Int(first - GlyphStreamFormat.specialStart)]!
        }
    }
}
