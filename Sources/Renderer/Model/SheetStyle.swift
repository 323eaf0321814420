/// How a sheet is drawn: the layout knobs. The defaults give the project's sample look;
/// tests draw other values to prove the parser reads the whole family of layouts.
/// Codable as part of `SheetSpec`; a decoded style must name every knob (none is guessed).
public struct SheetStyle: Sendable, Equatable, Codable {
    /// Page size in points (A4 portrait by default).
    public var pageWidth: Double = 595.28
    public var pageHeight: Double = 841.89
    /// Left/right and top/bottom page margins in points.
    public var marginX: Double = 48
    public var marginTop: Double = 40
    public var marginBottom: Double = 40

    /// Font family for everything (any fontconfig family: "DejaVu Sans", "DejaVu Serif").
    public var fontFamily: String = "DejaVu Sans"
    /// Body text size in points; captions, titles and footnotes scale from it.
    public var bodySize: Double = 9

    /// Width of the name column in points; price columns share the rest of the text width
    /// unless `columnWidths` gives them explicitly.
    public var nameColumnWidth: Double = 220
    /// Explicit price column widths in points (nil: equal shares of what is left).
    public var columnWidths: [Double]? = nil
    /// Where an amount sits in its cell.
    public var amountAlignment: Alignment = .left
    /// `€ 5,00` (true) or `€5,00` (false).
    public var euroSpacing: Bool = true
    /// Where the amounts of a row with a wrapped name sit vertically.
    public var amountPlacement: AmountPlacement = .firstLine

    /// How group rows stand apart from products.
    public var groupStyle: GroupStyle = .bold
    /// How footnote markers are drawn.
    public var markerStyle: MarkerStyle = .raised
    /// Extra space in points above and below each body row (0 is tight).
    public var rowPadding: Double = 3
    /// Thin rules between rows and a filled band behind the header.
    public var rules: Bool = true

    public init() {}

    public enum Alignment: String, Sendable, Equatable, CaseIterable, Codable { case left, right }
    public enum AmountPlacement: String, Sendable, Equatable, CaseIterable, Codable { case firstLine, centered, lastLine }
    public enum GroupStyle: String, Sendable, Equatable, CaseIterable, Codable { case bold, filled, plain }
    public enum MarkerStyle: String, Sendable, Equatable, CaseIterable, Codable {
        /// A smaller digit raised above the baseline (pango `rise`).
        case raised
        /// A Unicode superscript digit (¹²³).
        case unicode
    }
}
