/// One page's text layer: every visible glyph with its box, plus the page size.
public struct TextPage: Sendable {
    /// 1-based page number.
    public var number: Int
    public var width: Double
    public var height: Double
    public var glyphs: [Glyph]

    public init(number: Int, width: Double, height: Double, glyphs: [Glyph]) {
        self.number = number
        self.width = width
        self.height = height
        self.glyphs = glyphs
    }
}
