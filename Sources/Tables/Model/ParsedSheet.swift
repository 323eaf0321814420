import Geometry

/// What the table parser read from a sheet: tables of rows, footnotes, the text around them,
/// and every doubt as a warning. Plain strings and structure; meaning (money values, price
/// types, ids) is the catalogue stage's.
public struct ParsedSheet: Sendable {
    public var pageCount: Int
    /// The running header's text if the sheet has one, else the PDF metadata title.
    public var title: String?
    public var tables: [ParsedTable]
    public var footnotes: [ParsedFootnote]
    /// Text of each page that is neither table nor running text: prose and remarks, used for
    /// sheet-wide rules such as rounding.
    public var pageTexts: [PageText]
    public var warnings: [ParseWarning]
    public var accounting: LineAccounting
    /// Every line of every page with its role and the rule that gave it, by page (first page
    /// first): the parser's own account of the sheet (`tariff ingest --explain`).
    public var verdicts: [[LineVerdict]] = []

    public init(pageCount: Int, title: String?, tables: [ParsedTable], footnotes: [ParsedFootnote],
                pageTexts: [PageText], warnings: [ParseWarning], accounting: LineAccounting) {
        self.pageCount = pageCount
        self.title = title
        self.tables = tables
        self.footnotes = footnotes
        self.pageTexts = pageTexts
        self.warnings = warnings
        self.accounting = accounting
    }
}

/// A piece of running text on a page, by its role.
public struct PageText: Sendable, Equatable {
    public enum Kind: String, Sendable { case prose, remark, footnote }
    public var page: Int
    public var kind: Kind
    public var text: String

    public init(page: Int, kind: Kind, text: String) {
        self.page = page
        self.kind = kind
        self.text = text
    }
}

/// A doubt the parser could not settle: shown to the analyst with the page and the text.
public struct ParseWarning: Sendable, Equatable {
    public var page: Int?
    public var message: String
    public var text: String

    public init(page: Int?, message: String, text: String) {
        self.page = page
        self.message = message
        self.text = text
    }
}

/// A footnote printed on a page: "¹ 1e installatie betekent …". Numbers restart per page.
public struct ParsedFootnote: Sendable, Equatable {
    public var page: Int
    /// Which footnote block of its page it stands in, counted from 1 top down: a page may print
    /// footnotes under each of its tables, each block numbered from 1.
    public var block: Int
    public var marker: String
    public var text: String
    /// Where the footnote's first line stands on the page, to link tables to their block.
    var top = 0.0
    /// The extent of its lines on the page, marker included.
    public var box: Rect?

    public init(page: Int, block: Int = 1, marker: String, text: String) {
        self.page = page
        self.block = block
        self.marker = marker
        self.text = text
    }
}
