/// Every tolerance of the layout stage, named. Ratios are relative to the font size of the
/// glyphs involved, so one setting serves 7.5 pt and 11 pt sheets alike.
public struct LayoutSettings: Sendable, Equatable {
    /// A horizontal gap wider than this × font size between two glyphs on a line ends a word.
    /// A space in common fonts is ≈0.25–0.33 em; letters within a word sit ≈0 apart.
    public var wordGapRatio = 0.18
    /// A gap wider than this × font size between words splits a line into segments
    /// (the text of different columns).
    public var segmentGapRatio = 1.0
    /// Glyphs whose box bottoms differ by at most this × font size share a baseline (one line).
    public var baselineToleranceRatio = 0.3
    /// A digit at most this × the size of the glyph it follows is a footnote marker.
    public var markerSizeRatio = 0.82
    /// A same-size digit whose bottom sits this × font size above its neighbour's is raised: a marker.
    public var markerRiseRatio = 0.25
    /// A marker belongs to the glyph before it when the gap is at most this × that glyph's size.
    public var markerAttachGapRatio = 0.6
    /// A marker and the glyph it follows share at least this share of the marker's height.
    /// Some producers draw boxes taller than the line pitch, so a glyph of the next line can
    /// overlap a digit a little; that glyph is not its host.
    public var markerHostOverlapShare = 0.5
    /// A marker with nothing before it (a footnote's own number) leads the text after it when
    /// that text starts within this × the text's size.
    public var leadingMarkerGapRatio = 2.5
    /// Two glyphs with the same text whose boxes differ by less than this many points are one
    /// glyph drawn twice (a fake-bold or shadow trick of some producers).
    public var duplicateGlyphDistance = 0.5
    /// Pages are drawn at this many pixels a point across and down to find rules: a hairline
    /// (0.25–0.5 pt) then fills whole pixel rows, and word spaces stay clear pixels.
    public var ruleRasterScaleX = 2.0
    public var ruleRasterScaleY = 4.0
    /// A pixel darker than this (0 black … 255 white) is ink: a light grey rule or band is
    /// still ink, the anti-aliased fringe of a letter mostly is too, paper is not.
    public var ruleInkLevel: UInt8 = 245
    /// A pixel row is a rule where one unbroken run of ink spans this share of the region's
    /// width: text never does (word spaces break it), a rule or a band across the table does.
    public var ruleSpanShare = 0.9

    public init() {}

    /// The settings the project ships with.
    public static let standard = LayoutSettings()
}
