import Geometry

/// A page rebuilt from its glyphs: lines of words, top to bottom.
public struct PageLayout: Sendable {
    public var number: Int
    public var width: Double
    public var height: Double
    public var lines: [Line]

    public init(number: Int, width: Double, height: Double, lines: [Line]) {
        self.number = number
        self.width = width
        self.height = height
        self.lines = lines
    }

    /// Runs the layout stage on one page: markers, then lines, then words.
    public init(page: TextPage, settings: ParserSettings = .standard) {
        let clean = GlyphCleaner.clean(page.glyphs, settings: settings)
        let markers = MarkerDetector(settings: settings).detect(clean.glyphs)
        let lines = LineBuilder(settings: settings).lines(clean, markers: markers)
        self.init(number: page.number, width: page.width, height: page.height, lines: lines)
    }
}
