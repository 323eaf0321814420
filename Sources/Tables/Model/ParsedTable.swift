import Catalogue
import Geometry
/// One table on one page: a caption, columns from its header, and body rows.
/// A table continued on the next page is a second `ParsedTable` with the same caption.
public struct ParsedTable: Sendable, Equatable {
    public var caption: String
    /// Footnote markers printed on the caption.
    public var captionMarkers: [String]
    /// Text printed on the caption line's right ("Door KPN te factureren").
    public var note: String?
    public var page: Int
    public var columns: [TableColumn]
    public var rows: [ProductRow]
    /// True when the header had no caption of its own and continues the table before it.
    public var isContinuation: Bool
    /// Printed with its products as columns (`TransposedTableReader`): its columns are the
    /// fact rows.
    public var transposed = false
    /// Rows that raised a warning (an amount that fits no column, stray text in a price cell…).
    public var doubtfulRows = 0
    /// Lines inside the table's extent that fit no row.
    public var strayLines = 0
    /// No caption was found on the page: the assembler takes it from the table before.
    var captionPending = false
    /// The caption is the name column's header, so a repeated header repeats it.
    var captionInHeader = false
    /// The page the caption's markers are printed on (an earlier page for a continuation).
    public var captionMarkerPage: Int?
    /// The footnote block of its page that the table's markers refer to: the first one printed
    /// under it, else the last one above it.
    public var footnoteBlock = 1
    /// Where the table stands on its page, caption to last row (points from the top).
    public var span: ClosedRange<Double>?

    public init(caption: String, captionMarkers: [String], note: String?, page: Int, columns: [TableColumn],
                rows: [ProductRow], isContinuation: Bool) {
        self.caption = caption
        self.captionMarkers = captionMarkers
        self.note = note
        self.page = page
        self.columns = columns
        self.rows = rows
        self.isContinuation = isContinuation
    }
}

extension ParsedTable {
    /// True when `next` carries this table on: a header without a caption of its own, or the
    /// same caption and column headers again (a caption repeated on the next page).
    public func isContinued(by next: ParsedTable) -> Bool {
        // On the same page the same header again starts a section afresh: only a page break
        // makes a sheet repeat a header to go on.
        next.isContinuation
            || (next.page > page && next.caption == caption && next.columns.map(\.header) == columns.map(\.header))
    }

    /// True when `next` carries this transposed table's fact rows on past a page break: a
    /// continuation that repeats the header of the same product names.
    func continuesFacts(in next: ParsedTable) -> Bool {
        transposed && next.transposed && next.isContinuation && next.page > page && next.rows.map(\.name) == rows.map(\.name)
    }

    /// The fact rows of a transposed table's continuation (`continuesFacts`) added as further
    /// columns, their cells to the products of the same place. The markers of the repeated
    /// names are the names' own, read already; the later page's fact labels keep its footnotes
    /// (`markerScope`); markers in its cells are left out, as a row's markers are its page's.
    mutating func appendFacts(of next: ParsedTable) {
        let offset = columns.count
        columns += next.columns.map { column in
            var column = column
            column.markerScope = column.markerScope ?? FootnoteScope(page: next.page, block: next.footnoteBlock)
            return column
        }
        for (r, row) in next.rows.enumerated() {
            rows[r].cells += row.cells.map { cell in
                var cell = cell
                cell.column += offset
                return cell
            }
        }
        doubtfulRows += next.doubtfulRows
        strayLines += next.strayLines
    }
}

/// The page and footnote block a marker refers to (footnote numbers restart on each).
public struct FootnoteScope: Sendable, Equatable {
    public var page: Int
    public var block: Int
}

/// A column of a table as its header prints it: a price column (its cells are amounts) or
/// an attribute column (its cells are text: "5 GB", "Onbeperkt").
public struct TableColumn: Sendable, Equatable {
    /// What the column's cells are.
    public enum Kind: Sendable, Equatable { case price, attribute }

    /// Header text, wrapped lines joined, markers removed, a spanning label first
    /// ("Maandprijs 12 maanden", "Eerste installatie / nieuwe locatie").
    public var header: String
    /// Footnote markers printed on the header.
    public var markers: [String]
    /// The price label the vocabulary gives the header; nil when it knows none.
    public var label: PriceLabel?
    public var kind: Kind
    /// The contract term the header states ("24 maanden", "2 jaar"), in months.
    public var termMonths: Int?
    /// The column's x-extent on the page (its zone for assigning amounts).
    public var minX: Double
    public var maxX: Double
    /// Where the footnotes of the header's markers are printed when not with the table's: a
    /// transposed table's fact row continued on a later page (`ParsedTable.appendFacts`).
    public var markerScope: FootnoteScope?

    public init(header: String, markers: [String], label: PriceLabel?, kind: Kind = .price, termMonths: Int? = nil,
                minX: Double, maxX: Double) {
        self.header = header
        self.markers = markers
        self.label = label
        self.kind = kind
        self.termMonths = termMonths
        self.minX = minX
        self.maxX = maxX
    }
}

/// A group row: a heading inside a table that the rows under it belong to.
public struct GroupRow: Sendable, Equatable {
    public var text: String
    public var markers: [String]
    /// The page the group row is printed on (rows of a continued table sit under a group row
    /// of an earlier page); nil for the rows' own page.
    public var page: Int?

    public init(text: String, markers: [String], page: Int? = nil) {
        self.text = text
        self.markers = markers
        self.page = page
    }
}

/// A product row, its wrapped name lines joined.
public struct ProductRow: Sendable, Equatable {
    /// The name as printed, wrapped lines joined, markers removed; annotations still in.
    public var name: String
    /// Footnote markers printed on the name.
    public var markers: [String]
    /// The group row it sits under, if any.
    public var group: GroupRow?
    /// Filled cells, left to right.
    public var cells: [Cell]
    /// Smaller or italic lines printed under the name.
    public var remarks: [String]
    public var page: Int
    /// The row's text as printed, for warnings.
    public var text: String
    /// The row's extent on its page (every line of it; a transposed table's product column).
    public var box: Rect?

    public init(name: String, markers: [String], group: GroupRow?, cells: [Cell], remarks: [String], page: Int, text: String) {
        self.name = name
        self.markers = markers
        self.group = group
        self.cells = cells
        self.remarks = remarks
        self.page = page
        self.text = text
    }
}

/// A filled cell of a row.
public struct Cell: Sendable, Equatable {
    /// What the cell holds.
    public enum Kind: Sendable, Equatable {
        /// An amount or range in `amount` ("Gratis" is an amount of 0.00).
        case amount
        /// "op aanvraag": a price on request; `amount.printed` is the text.
        case onRequest
        /// The text of an attribute column's cell, in `amount.printed`.
        case text
    }

    /// Index into the table's `columns`.
    public var column: Int
    public var kind: Kind
    /// The amount, or the cell as printed for a cell without one.
    public var amount: MoneyText
    /// Other text in the cell ("(per gebruiker)"), nil for none.
    public var annotation: String?
    /// The extent of the cell's words on the page: its amount and the text beside it.
    public var box: Rect?

    public init(column: Int, kind: Kind = .amount, amount: MoneyText, annotation: String? = nil) {
        self.column = column
        self.kind = kind
        self.amount = amount
        self.annotation = annotation
    }

    /// An attribute cell: its text as printed.
    public static func text(_ text: String, column: Int, box: Rect? = nil) -> Cell {
        var cell = Cell(column: column, kind: .text, amount: MoneyText(low: "", printed: text))
        cell.box = box
        return cell
    }
}
