/// A tariff sheet as a designer lays it out: pages of blocks, drawn by `SheetRenderer`.
///
/// Text fields may carry footnote markers written as `{n}` (for example `"nieuwe locatie{1}"`);
/// the renderer draws each as a superscript in the style's `MarkerStyle`. Names and labels may
/// contain `\n` to force a line break where the designer wants one; otherwise they wrap to
/// their column's width.
///
/// Star markers are plain text: a name ending in `*` or `**` prints the stars as typed, on the
/// baseline, as KPN's sheets do (`{*}` would raise one like a digit). A soft hyphen (U+00AD)
/// marks where a name may break: where the line breaks there, by wrapping or by a `\n` right
/// after it ("Ser\u{00AD}\nvice"), a hyphen is drawn whose text is the U+00AD itself, as
/// designer tools write it; elsewhere it stays invisible.
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
///
/// Fields added after the first pinned specs were saved (`notePlacement`, `transposed`, and
/// `ColumnSpec.group`) decode as their defaults when absent and are written only when they are
/// not, so every saved spec reads, draws and writes back exactly as before.
public struct TableSpec: Sendable, Equatable, Codable {
    /// The caption printed in bold above the header ("Connext Voice"); nil for none
    /// (a table continued from the previous page, or a caption printed in the header instead).
    public var caption: String?
    /// Text printed with the caption ("Door KPN te factureren"), where `notePlacement` says.
    public var captionNote: String?
    /// Where `captionNote` is printed.
    public var notePlacement: NotePlacement
    /// The name column's header label ("Productnaam", or a caption such as "Nationaal bellen");
    /// "" draws an empty header cell (a usage table whose first header cell is blank).
    public var nameHeader: String
    /// The price (or attribute) columns, left to right.
    public var columns: [ColumnSpec]
    /// Body rows, top to bottom.
    public var rows: [RowSpec]
    /// Drawn with its products as columns: the header row holds `nameHeader` then each product's
    /// name, and each column becomes a row (its label, then every product's cell). The data is
    /// the same as untransposed; group rows are not allowed (`RenderError.invalidSpec`).
    public var transposed: Bool

    public init(caption: String?, captionNote: String? = nil, notePlacement: NotePlacement = .beside,
                nameHeader: String = "Productnaam", columns: [ColumnSpec], rows: [RowSpec],
                transposed: Bool = false) {
        self.caption = caption
        self.captionNote = captionNote
        self.notePlacement = notePlacement
        self.nameHeader = nameHeader
        self.columns = columns
        self.rows = rows
        self.transposed = transposed
    }

    /// Where a caption note is printed.
    public enum NotePlacement: String, Sendable, Equatable, CaseIterable, Codable {
        /// Right-aligned on the caption line, sharing its baseline.
        case beside
        /// On a line of its own right under the caption, left-aligned, in the regular font.
        case ownLine
    }

    enum CodingKeys: String, CodingKey {
        case caption, captionNote, notePlacement, nameHeader, columns, rows, transposed
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        caption = try c.decodeIfPresent(String.self, forKey: .caption)
        captionNote = try c.decodeIfPresent(String.self, forKey: .captionNote)
        notePlacement = try c.decodeIfPresent(NotePlacement.self, forKey: .notePlacement) ?? .beside
        nameHeader = try c.decode(String.self, forKey: .nameHeader)
        columns = try c.decode([ColumnSpec].self, forKey: .columns)
        rows = try c.decode([RowSpec].self, forKey: .rows)
        transposed = try c.decodeIfPresent(Bool.self, forKey: .transposed) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(caption, forKey: .caption)
        try c.encodeIfPresent(captionNote, forKey: .captionNote)
        if notePlacement != .beside { try c.encode(notePlacement, forKey: .notePlacement) }
        try c.encode(nameHeader, forKey: .nameHeader)
        try c.encode(columns, forKey: .columns)
        try c.encode(rows, forKey: .rows)
        if transposed { try c.encode(transposed, forKey: .transposed) }
    }
}

extension TableSpec {
    /// The product rows, in order (group rows left out).
    var products: [ProductRowSpec] {
        rows.compactMap { if case .product(let product) = $0 { product } else { nil } }
    }
}

/// A column: its header label, which may wrap or contain `\n` and `{n}` markers, and the outer
/// label of a two-level header it sits under.
public struct ColumnSpec: Sendable, Equatable, Codable {
    public var label: String
    /// The spanning outer label ("Maandprijs" over "12 maanden" and "24 maanden"): consecutive
    /// columns with the same group share one label centred over them, on a header line above
    /// their own labels, with a thin rule under it spanning exactly those columns. nil: none.
    public var group: String?

    public init(_ label: String) {
        self.label = label
    }

    /// A column under the spanning label `group` (no default, so `ColumnSpec.init` stays a
    /// plain String → ColumnSpec function for `map`).
    public init(_ label: String, group: String?) {
        self.label = label
        self.group = group
    }

    enum CodingKeys: String, CodingKey { case label, group }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        label = try c.decode(String.self, forKey: .label)
        group = try c.decodeIfPresent(String.self, forKey: .group)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encodeIfPresent(group, forKey: .group)
    }
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

/// A footnote: its marker and text. A marker of digits (or letters) is drawn raised per the
/// style; a marker of stars ("*", "**") is printed as plain text on the note's baseline, as
/// sheets print it ("* Alleen bij …"), matching a plain `*` at the end of a name.
public struct FootnoteSpec: Sendable, Equatable, Codable {
    public var marker: String
    public var text: String
    public init(marker: String, text: String) {
        self.marker = marker
        self.text = text
    }
}
