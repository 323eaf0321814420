/// The tables the glyph-stream format indexes into: texts, font names and special numbers.
///
/// Entries are chosen to reach the parser's odd corners: Unicode superscripts (footnote
/// markers), currency and dashes (money tokens), combining marks and joiners (they merge into
/// the previous character when glyphs are concatenated into words), right-to-left text,
/// non-ASCII digits (`Character.isNumber` without being ASCII), and scalars at the edges of
/// Unicode. Swift strings cannot hold surrogates, so none are listed.
public enum FuzzAlphabet {
    /// Glyph texts for text bytes 0x80…0xFF (index = byte − 0x80, modulo the count).
    /// Text bytes below 0x80 are the ASCII scalar itself, NUL and control characters included.
    public static let texts: [String] = [
        // Currency, footnote markers and what the sheets print anyway.
        "€", "¹", "²", "³", "⁰", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "†", "‡",
        "é", "ë", "è", "ï", "ö", "ü", "á", "à", "ç", "ñ", "ó", "ê",
        "–", "—", "−", "’", "‘", "“", "”", "•", "▪", "◦", "●", "‣", "…", "×",
        // Spaces and invisible format characters a producer may emit as glyphs.
        "\u{00A0}", "\u{2009}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{00AD}", "\u{2060}",
        // Combining marks: alone they fuse with whatever glyph comes before them in a word.
        "\u{0301}", "\u{0308}", "\u{20DD}", "\u{0336}", "e\u{0301}", "5\u{20E3}",
        // Right-to-left scripts and bidi controls.
        "\u{05D0}", "\u{05E9}", "\u{0627}", "\u{0644}", "\u{202E}", "\u{202C}", "\u{200F}", "\u{061C}",
        // Digits that are numbers but not ASCII, and their separators.
        "\u{0661}", "\u{06F2}", "\u{0966}", "\u{FF15}", "\u{FF0C}", "\u{066B}", "\u{066C}", "\u{1D7CE}",
        "½", "⅓", "ⁿ", "₂", "Ⅻ",
        // Line breaks that are one Character, or not whitespace in ASCII terms.
        "\r\n", "\u{0085}", "\u{2028}", "\u{2029}", "\u{000B}",
        // Edges of Unicode and of case mapping.
        "\u{FFFD}", "\u{FFFF}", "\u{10FFFF}", "\u{E000}", "\u{0130}", "ß", "\u{1F4A9}",
        "\u{1F1F3}", "\u{1F1F1}", "\u{1F468}\u{200D}\u{1F469}", "\u{FB01}", "\u{FB03}", "ffi",
        // Whole tokens in one glyph: ligature-like runs a producer can emit.
        "EUR", "eur", "€5,00", "0,22-0,43", "tot", "n.v.t.", "gratis", "Prijs", "maand", "/",
    ]

    /// Font names for the three font bits of a glyph's flags. The first four are what the
    /// sample sheets use (plain, bold, oblique, both); the rest are odd names.
    public static let fonts: [String] = [
        "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique",
        "", "ABCDEF+Arial,BoldItalic", "Times-Italic", "We\u{0}ird Fönt-Black 💥",
    ]

    /// Number bytes 0xE0…0xFF: values no real page has, and ones that break arithmetic.
    /// `nil` entries read their value from the bytes that follow (see `GlyphStreamDecoder`).
    public static let specialNumbers: [Double?] = [
        .nan, .infinity, -.infinity, 1e300, -1e300, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
        .leastNonzeroMagnitude, -0.0, 1e-300, nil, nil, nil, 1e15, -1e15, .signalingNaN,
        .ulpOfOne, 0, 1, -1, 0.5, 1e9, -1e9, Double(Int.max), -Double(Int.max), 9.2233720368547758e18,
        4_503_599_627_370_496, 1e-9, 32767, -32768, 0.01, 1e6,
    ]

    /// Special number bytes that read their value from the following bytes.
    enum Escape: UInt8 {
        /// −(two bytes / 32): a negative coordinate.
        case negative = 0xEA
        /// Eight bytes: any Double bit pattern.
        case raw = 0xEB
        /// Two bytes × 1024: far off the page, yet finite.
        case far = 0xEC
    }
}
