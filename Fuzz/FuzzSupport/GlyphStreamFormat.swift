/// The byte layout of a glyph stream, shared by the decoder and the seed encoder.
///
/// ```
/// stream := pageCount:u8 (mod 9: 0…8 pages) page*
/// page   := width:num height:num glyphCount:u16 glyph*
/// glyph  := flags:u8 text:u8 [text2:u8] box size
///   flags bit 0    spaceBefore
///         bits 1-3 font (FuzzAlphabet.fonts)
///         bit 4    box: the previous glyph's box again (nothing follows): duplicates, overlaps
///         bit 5    box: gap:num width:num after the previous glyph, on its rows: words
///         bit 6    a second text byte follows: two-part glyphs (ligatures, base + mark)
///         bit 7    size: the previous glyph's (nothing follows)
///   box (bits 4, 5 clear) := minX:num minY:num width:num height:num
///   size (bit 7 clear)    := num
/// text   := byte < 0x80: that ASCII scalar; else FuzzAlphabet.texts[(byte − 0x80) mod count]
/// num    := b0 < 0xE0: (b0 << 8 | b1) / 32, 0…1792 pt in 1/32 pt
///           else FuzzAlphabet.specialNumbers[b0 − 0xE0], escapes read more bytes
/// ```
/// Reading past the end gives zeros; a page or glyph begun past the end is dropped.
public enum GlyphStreamFormat {
    static let maxPages = 8
    /// Fixed-point numbers carry this many steps per point.
    static let fixedScale = 32.0
    /// First byte of a special number.
    static let specialStart: UInt8 = 0xE0

    struct Flags: OptionSet {
        let rawValue: UInt8
        static let spaceBefore = Flags(rawValue: 1 << 0)
        static let repeatBox = Flags(rawValue: 1 << 4)
        static let advance = Flags(rawValue: 1 << 5)
        static let secondText = Flags(rawValue: 1 << 6)
        static let repeatSize = Flags(rawValue: 1 << 7)

        var fontIndex: Int { Int(rawValue >> 1) & 0b111 }
        static func font(_ index: Int) -> Flags { Flags(rawValue: UInt8(index & 0b111) << 1) }
    }
}
