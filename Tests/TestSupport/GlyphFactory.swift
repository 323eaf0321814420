import Geometry

/// Glyphs as a PDF producer sets them: fixed advance, DejaVu-like ascent and descent.
public enum GlyphFactory {
    public static let advance = 0.55, ascent = 0.93, descent = 0.24

    /// One glyph per character of `text`, starting at `x` on `baseline`.
    public static func run(_ text: String, x: Double, baseline: Double, size: Double = 9, font: String = "DejaVuSans",
                    spaced: Bool = true) -> [Glyph] {
        var glyphs: [Glyph] = []
        var cursor = x
        var pendingSpace = false
        for character in text {
            if character == " " {
                cursor += 0.32 * size
                pendingSpace = spaced
                continue
            }
            let box = Rect(minX: cursor, minY: baseline - ascent * size, maxX: cursor + advance * size,
                           maxY: baseline + descent * size)
            glyphs.append(Glyph(text: String(character), box: box, fontName: font, fontSize: size, spaceBefore: pendingSpace))
            cursor += advance * size
            pendingSpace = false
        }
        return glyphs
    }

    /// A raised, smaller footnote marker right after the glyphs given.
    public static func marker(_ label: String, after glyphs: [Glyph], size: Double = 9) -> [Glyph] {
        let last = glyphs.last!
        return run(label, x: last.box.maxX + 0.04, baseline: last.box.maxY - descent * size - 0.35 * size, size: 0.65 * size)
    }

    public static func page(_ glyphs: [Glyph]) -> TextPage {
        TextPage(number: 1, width: 595, height: 842, glyphs: glyphs)
    }
}
