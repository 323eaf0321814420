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

    public init() {}

    /// The settings the project ships with.
    public static let standard = LayoutSettings()
}
