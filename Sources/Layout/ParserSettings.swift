/// Every tolerance of the parser, layout and tables alike, named in one place. Ratios are ×
/// the font size of the text involved, so one setting serves 7.5 pt and 11 pt sheets; the
/// README's rule table names the rule each setting serves (`ParserRule`).
public struct ParserSettings: Sendable, Equatable {
    // MARK: Words and lines

    /// A horizontal gap wider than this × font size between two glyphs on a line ends a word.
    /// A space in common fonts is about a quarter to a third of an em; letters of a word touch.
    public var wordGapRatio = 0.18
    /// A glyph the text stream puts a space before starts a word when it stands at least this
    /// × font size from the glyph before (a kerned pair drawn with a space hint stays one word).
    public var spaceHintGapRatio = 0.05
    /// A gap wider than this × font size between words splits a line into segments: the text
    /// of different columns.
    public var segmentGapRatio = 1.0
    /// Glyphs whose box bottoms differ by at most this × font size share a baseline (one line).
    public var baselineToleranceRatio = 0.3
    /// Two glyphs with the same text whose boxes differ by less than this many points are one
    /// glyph drawn twice (a fake-bold or shadow trick of some producers).
    public var duplicateGlyphDistance = 0.5
    /// Font sizes within this share of each other are one size: a producer's rounding, never
    /// a remark's or a marker's smaller type.
    public var sameSizeTolerance = 0.05

    // MARK: Footnote markers

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
    /// A glyph's neighbour may overlap it by up to this × its size (side bearings, kerning).
    public var neighbourOverlapRatio = 0.3
    /// A marker with nothing before it (a footnote's own number) leads the text after it when
    /// that text starts within this × the text's size.
    public var leadingMarkerGapRatio = 2.5

    // MARK: Rules and bands drawn on the page

    /// Pages are drawn at this many pixels a point across and down to find rules: a hairline
    /// then fills whole pixel rows, and word spaces stay clear pixels.
    public var ruleRasterScaleX = 2.0
    public var ruleRasterScaleY = 4.0
    /// A pixel darker than this (0 black … 255 white) is ink: a light grey rule or band is
    /// still ink, the anti-aliased fringe of a letter mostly is too, paper is not.
    public var ruleInkLevel: UInt8 = 245
    /// A pixel row is a rule where one unbroken run of ink spans this share of the region's
    /// width: text never does (word spaces break it), a rule or a band across the table does.
    public var ruleSpanShare = 0.9
    /// A rule may stop this many points short of the name column's ends (the column is
    /// measured from the text, which may overhang the rule by its side bearing).
    public var ruleEdgeSlack = 2.0

    // MARK: Running text

    /// Running headers and footers live in this share of the page height at the top and bottom.
    public var runningBandShare = 0.1
    /// Running text repeats at the same place (± this many points) on different pages.
    public var runningPositionTolerance = 3.0
    /// Running text repeats on at least this share of the pages (and on two at least).
    public var runningRepeatShare = 0.6
    /// Repetition is counted over this many pages before and after a page: wide enough to see
    /// a running header, narrow enough to stream a long archive.
    public var runningWindow = 8

    // MARK: Headers and captions

    /// Header labels of neighbouring columns can stand closer than body text's column gap
    /// (a wide label in a narrow column): a gap wider than this splits header cells.
    public var headerSegmentGapRatio = 0.6
    /// Header label lines of one header row sit at most this far apart (box to box).
    public var headerLineGapRatio = 0.45
    /// A header label over two or more columns overlaps at least this share of the width of
    /// each of two labels under it, or stands centred over the gap between two of them.
    public var spannerOverlapShare = 0.25
    /// An upper-level label set apart reaches into the zone of each column it spans by at
    /// least this many times its font size (or stands centred over the gap between two).
    public var spannerZoneReachRatio = 1.0
    /// The upper level of a two-level header stands at least this many times the font size
    /// above the lower (a rule is often drawn between them; a wrapped label's lines stand
    /// closer)...
    public var spannerApartRatio = 0.33
    /// ...and at most this many times.
    public var spannerLineGapRatio = 1.2
    /// A rule drawn between the levels under an upper-level label, at least this many times
    /// the label's size long, says which columns the label spans: those whose labels stand
    /// mostly (`spannerRuleCoverShare` of their width) within its run. Word shapes never
    /// leave one unbroken run of ink that long in the clear band between two lines.
    public var spannerRuleMinWidthRatio = 2.0
    public var spannerRuleCoverShare = 0.5
    /// Runs of ink shorter than this many points are not kept as short rules at all (the
    /// header judges the rest against its labels' size).
    public var shortRuleMinWidth = 6.0
    /// Such a rule is this many grey levels (of 255) darker than the paper around it, which
    /// may be a band's grey: text's anti-aliased fringe is fainter, a hairline rule is not.
    public var spannerRuleContrast = 48
    /// The band searched for that rule reaches this many times the font size into the line
    /// boxes above and below it (a border may touch the text's box).
    public var spannerRuleBandSlackRatio = 0.2
    /// A header of one label (a one-column table whose name header is empty) stands over an
    /// amount of the first row with amounts, at most this many lines below it: a group row and
    /// a name, each wrapped over lines, may come first, and a name's amount may be on its last.
    public var loneLabelRowReach = 8
    /// A cell word ("Gratis") is read as a cell, even a word space after a name or the cell
    /// before it, when it starts no further than this many times the header's size left of a
    /// price label.
    public var cellEdgeSlackRatio = 0.5
    /// The cells of a table printed with products as columns are flush left (or right) when
    /// their edges differ by at most this × the font size: their column starts (or ends) there.
    public var transposedAlignmentToleranceRatio = 0.3
    /// A header line's font size may differ from the header's by at most this factor.
    public var headerSizeSpread = 1.18
    /// A header label line holds at most this many words in one cell; a longer run is prose.
    public var headerLabelMaxWords = 8
    /// A line starting within this × its size of the header's left edge stands at the table's
    /// left edge (where names and group rows start).
    public var leftEdgeRatio = 1.0
    /// The caption line sits at most this far above its header.
    public var captionGapRatio = 3.0
    /// A repeated line above a header whose title is this × the header's size or larger is a
    /// caption set large, not a running header.
    public var captionSizeRatio = 1.1
    /// A caption line holds a title and at most a note: more segments or words are prose.
    public var captionMaxSegments = 3
    public var captionMaxWords = 14

    // MARK: Columns and cells

    /// An amount at least this far right of the table's left edge can start the price columns
    /// (nearer, it would be a name's first word, which is never an amount).
    public var nameClearanceRatio = 2.0
    /// Words printed within this × their size after an amount, on its line, are its cell's
    /// ("€ 86,00 (per gebruiker)"); a column gap is wider.
    public var cellGapRatio = 1.0
    /// A cell's wrapped line stands at most this far under the line before it (top to top):
    /// a line's height, set solid or leaded, and never a padded row further.
    public var cellLinePitchRatio = 1.5
    /// "€" and its number, and the parts of a range, sit at most this far apart.
    public var moneyGapRatio = 0.9

    // MARK: Table body and rows

    /// A vertical gap wider than this inside a table body ends the table…
    public var tableGapRatio = 3.0
    /// …and wider than this many points: cell paddings are set in points, so in very small
    /// print (2 pt) a padded row stands several em below the header.
    public var tableGapMinimum = 12.0
    /// Lines of one table row sit at most this far apart; a wider gap starts a new row block.
    public var rowGapRatio = 0.3
    /// Amount lines nearer than this (top to top) are one row: rows stand at least a line apart.
    public var sameRowOffsetRatio = 0.85
    /// Inside a block, a pitch between name lines wider than the block's tightest by more than
    /// this is a row break: padding too thin for a gap still widens the pitch.
    public var rowPitchExcessRatio = 0.05
    /// Amounts centred on a row stand level with the middle of its name lines, give or take
    /// this (a line's height off centre is an amount on a first or last line).
    public var centredAmountToleranceRatio = 0.3
    /// A line whose middle is nearer one amount line than another by less than this is as near
    /// to both (and goes to the one the table's placement prefers).
    public var anchorTieRatio = 0.15
    /// A space between words, a little over the usual quarter to third of an em, for asking
    /// whether a word would have fitted at the end of a line.
    public var wordSpaceRatio = 0.35
    /// A line whose name text is smaller than this × the row's name size is a remark, not name.
    /// Words this far apart in size are not one paragraph either (a remark beside a cell's text).
    public var remarkSizeRatio = 0.93

    // MARK: Footnotes

    /// The gap after a footnote's number is at least this wide (wider than a word space).
    public var footnoteGapRatio = 0.6
    /// Lines of one footnote sit at most this far apart.
    public var footnoteLineGapRatio = 0.6

    public init() {}

    /// The settings the project ships with.
    public static let standard = ParserSettings()

    /// Whether two font sizes are one size (`sameSizeTolerance`).
    public func sameSize(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= sameSizeTolerance * max(a, b)
    }
}
