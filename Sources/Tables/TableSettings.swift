/// Every tolerance of the table parser, named. Ratios are × the font size of the text involved.
public struct TableSettings: Sendable, Equatable {
    /// Header labels of neighbouring columns can stand closer than body text's column gap
    /// (a wide label in a narrow column): a gap wider than this splits header cells.
    public var headerSegmentGapRatio = 0.6
    /// Header label lines of one header row sit at most this far apart (box to box).
    public var headerLineGapRatio = 0.45
    /// A header line's font size may differ from the header's by at most this factor.
    public var headerSizeSpread = 1.18
    /// The caption line sits at most this far above its header.
    public var captionGapRatio = 3.0
    /// Amount lines nearer than this (top to top) are one row: rows stand at least a line apart.
    public var sameRowOffsetRatio = 0.85
    /// Lines of one table row sit at most this far apart; a wider gap starts a new row block.
    public var rowGapRatio = 0.3
    /// Inside a block, a pitch between name lines wider than the block's tightest by more than
    /// this is a row break: padding too thin for a gap still widens the pitch (1 pt at 10 pt
    /// is 0.1; position rounding stays far below 0.05).
    public var rowPitchExcessRatio = 0.05
    /// Amounts centred on a row stand level with the middle of its name lines, give or take
    /// this (a line's height off centre is an amount on a first or last line).
    public var centredAmountToleranceRatio = 0.3
    /// A space between words, a little over the usual 0.25–0.3 em, for asking whether a word
    /// would have fitted at the end of a line.
    public var wordSpaceRatio = 0.35
    /// An amount at least this far right of the table's left edge can start the price columns
    /// (nearer, it would be a name's first word, which is never an amount).
    public var nameClearanceRatio = 2.0
    /// A vertical gap wider than this inside a table body ends the table…
    public var tableGapRatio = 3.0
    /// …and wider than this many points: cell paddings are set in points, so in very small
    /// print (2 pt) a padded row stands several em below the header.
    public var tableGapMinimum = 12.0
    /// Words printed within this × their size after an amount, on its line, are its cell's
    /// ("€ 86,00 (per gebruiker)"); a column gap is wider.
    public var cellGapRatio = 1.0
    /// A cell's wrapped line stands at most this far under the line before it (top to top):
    /// a line's height, set solid or leaded, and never a padded row further.
    public var cellLinePitchRatio = 1.5
    /// "€" and its number, and the parts of a range, sit at most this far apart.
    public var moneyGapRatio = 0.9
    /// A line whose name text is smaller than this × the row's name size is a remark, not name.
    /// Words this far apart in size are not one paragraph either (a remark beside a cell's text).
    public var remarkSizeRatio = 0.93
    /// The gap after a footnote's number is at least this wide (wider than a word space).
    public var footnoteGapRatio = 0.6
    /// Lines of one footnote sit at most this far apart.
    public var footnoteLineGapRatio = 0.6
    /// Running headers and footers live in this share of the page height at the top and bottom.
    public var runningBandShare = 0.1
    /// Running text repeats at the same place (± this many points) on different pages.
    public var runningPositionTolerance = 3.0
    /// Running text repeats on at least this share of the pages (and on two at least).
    public var runningRepeatShare = 0.6
    /// Repetition is counted over this many pages before and after a page: wide enough to see
    /// a running header, narrow enough to stream a long archive.
    public var runningWindow = 8

    public init() {}

    /// The settings the project ships with.
    public static let standard = TableSettings()
}
