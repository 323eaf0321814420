/// A tariff sheet as a designer lays it out: pages of blocks, drawn by `SheetRenderer`.
///
/// Text fields may carry footnote markers written as `{n}` (for example `"nieuwe locatie{1}"`);
/// the renderer draws each as a superscript in the style's `MarkerStyle`. Names and labels may
/// contain `\n` to force a line break where the designer wants one; otherwise they wrap to
/// their column's width.
///
/// Codable, with everything it holds: a round-trip regression case keeps the very spec it
/// drew (Tests/RoundTripTests/Pinned/), so a change to the sheet generator cannot redraw it.
public struct SheetSpec: Sendable, Equatable, Codable {
    /// Running header printed at the top of every page, and the PDF's metadata title.
    public var title: String
    /// The pages, in order. A page number is printed at the bottom of each.
    public var pages: [PageSpec]
    /// How everything is drawn.
    public var style: SheetStyle

    public init(title: String, pages: [PageSpec], style: SheetStyle = SheetStyle()) {
        self.title = title
        self.pages = pages
        self.style = style
    }
}

/// One page: blocks stacked top to bottom; footnotes go to the bottom of the page.
public struct PageSpec: Sendable, Equatable, Codable {
    public var blocks: [Block]
    /// Footnotes printed at the bottom of the page, above the page number.
    public var footnotes: [FootnoteSpec]

    public init(blocks: [Block], footnotes: [FootnoteSpec] = []) {
        self.blocks = blocks
        self.footnotes = footnotes
    }
}

/// A vertical block of a page.
public enum Block: Sendable, Equatable, Codable {
    /// A large bold title above tables ("Nationaal en internationaal bellen").
    case sectionTitle(String)
    /// A price table.
    case table(TableSpec)
    /// A paragraph of prose over the full text width; `bold` for a small heading.
    case paragraph(String, bold: Bool = false)
    /// Bulleted prose, one string an item.
    case bullets([String])
    /// Footnotes printed right here (under a table) instead of at the page bottom.
    case footnotes([FootnoteSpec])
    /// Extra vertical space in points.
    case spacer(Double)

    // Names for the unlabelled values in the synthesised coding, so a saved spec reads
    // `{"paragraph": {"text": …, "bold": false}}` rather than `{"_0": …}`.
    enum SectionTitleCodingKeys: String, CodingKey { case _0 = "text" }
    enum TableCodingKeys: String, CodingKey { case _0 = "spec" }
    enum ParagraphCodingKeys: String, CodingKey { case _0 = "text", bold }
    enum BulletsCodingKeys: String, CodingKey { case _0 = "items" }
    enum FootnotesCodingKeys: String, CodingKey { case _0 = "notes" }
    enum SpacerCodingKeys: String, CodingKey { case _0 = "points" }
}

/// A price table: caption line, column header row, body rows.
public struct TableSpec: Sendable, Equatable, Codable {
    /// The caption printed in bold above the header ("Connext Voice"); nil for none
    /// (a table continued from the previous page, or a caption printed in the header instead).
    public var caption: String?
    /// Text printed right-aligned on the caption line ("Door KPN te factureren").
    public var captionNote: String?
    /// The name column's header label ("Productnaam", or a caption such as "Nationaal bellen").
    public var nameHeader: String
    /// The price columns, left to right.
    public var columns: [ColumnSpec]
    /// Body rows, top to bottom.
    public var rows: [RowSpec]

    public init(caption: String?, captionNote: String? = nil, nameHeader: String = "Productnaam",
                columns: [ColumnSpec], rows: [RowSpec]) {
        self.caption = caption
        self.captionNote = captionNote
        self.nameHeader = nameHeader
        self.columns = columns
        self.rows = rows
    }
}

/// A price column: its header label, which may wrap or contain `\n` and `{n}` markers.
public struct ColumnSpec: Sendable, Equatable, Codable {
    public var label: String
    public init(_ label: String) { self.label = label }
}

/// A body row of a table.
public enum RowSpec: Sendable, Equatable, Codable {
    /// A group row: text in the name column only, drawn per `SheetStyle.groupStyle`.
    case group(String)
    /// A product row.
    case product(ProductRowSpec)

    // Names for the unlabelled values in the synthesised coding (see `Block`).
    enum GroupCodingKeys: String, CodingKey { case _0 = "text" }
    enum ProductCodingKeys: String, CodingKey { case _0 = "row" }
}

/// A product row: a name (wrapping in the name column) and one cell a price column.
public struct ProductRowSpec: Sendable, Equatable, Codable {
    /// The product name, with `{n}` markers and optional `\n` breaks.
    public var name: String
    /// An annotation drawn after the name, e.g. "(alleen bij Pro user)"; it wraps like the name.
    public var annotation: String?
    /// One entry per price column; nil is an empty cell. Text as printed ("€ 15,00 (per gebruiker)",
    /// "€ 0,22 - € 0,43"); the renderer applies `SheetStyle.euroSpacing`.
    public var cells: [String?]
    /// Remarks drawn under the name in a smaller italic font (rounding rules, conditions).
    public var remarks: [String]

    public init(name: String, annotation: String? = nil, cells: [String?], remarks: [String] = []) {
        self.name = name
        self.annotation = annotation
        self.cells = cells
        self.remarks = remarks
    }
}

/// A footnote: its marker number and text.
public struct FootnoteSpec: Sendable, Equatable, Codable {
    public var marker: String
    public var text: String
    public init(marker: String, text: String) {
        self.marker = marker
        self.text = text
    }
}
