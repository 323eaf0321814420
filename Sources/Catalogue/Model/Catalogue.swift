/// The typed catalogue of one tariff sheet: what billers consume (shared/CONTRACT.md).
public struct Catalogue: Sendable, Equatable {
    public static let schemaVersion = 1
    public var source: Source
    public var currency: String
    /// The date the sheet says its prices take effect ("Geldig vanaf 1 maart 2027" →
    /// "2027-03-01"); nil when it says none.
    public var validFrom: String?
    /// What the sheet says of VAT ("exclusief btw" → false); nil when it says nothing.
    public var vatIncluded: Bool?
    public var tables: [TableInfo]
    public var products: [Product]
    public var footnotes: [Footnote]
    public var warnings: [Warning]
    public var accounting: Accounting

    public init(source: Source, currency: String = "EUR", validFrom: String? = nil, vatIncluded: Bool? = nil,
                tables: [TableInfo], products: [Product], footnotes: [Footnote], warnings: [Warning], accounting: Accounting) {
        self.source = source
        self.currency = currency
        self.validFrom = validFrom
        self.vatIncluded = vatIncluded
        self.tables = tables
        self.products = products
        self.footnotes = footnotes
        self.warnings = warnings
        self.accounting = accounting
    }
}

/// The file a catalogue was read from.
public struct Source: Sendable, Equatable {
    public var file: String
    public var sha256: String
    public var pages: Int
    public var title: String?

    public init(file: String, sha256: String, pages: Int, title: String?) {
        self.file = file
        self.sha256 = sha256
        self.pages = pages
        self.title = title
    }
}

/// A table of the sheet: caption, the pages it spans, and its price columns.
public struct TableInfo: Sendable, Equatable {
    public var caption: String
    public var pages: [Int]
    public var note: String?
    public var columns: [Column]
    /// True for a table printed with its products as columns (names across the header row,
    /// facts down the side).
    public var transposed: Bool
    /// Product rows over all the table's pages.
    public var rows: Int
    /// Rows that raised a doubt, and lines inside the table that fit no row.
    public var doubtfulRows: Int
    public var strayLines: Int

    /// A column (a fact row, in a transposed table): its header, and what its cells are.
    public struct Column: Sendable, Equatable {
        public var header: String
        /// The price label the vocabulary gives the header; nil for an attribute column, or a
        /// price header the vocabulary does not know (a warning says so).
        public var label: String?
        public var kind: Kind
        /// The contract term the header names ("24 maanden" → 24).
        public var termMonths: Int?

        /// Whether the cells are amounts (prices) or text (attributes).
        public enum Kind: String, Sendable, Equatable {
            case price, attribute
        }

        public init(header: String, label: String?, kind: Kind = .price, termMonths: Int? = nil) {
            self.header = header
            self.label = label
            self.kind = kind
            self.termMonths = termMonths
        }
    }

    public init(caption: String, pages: [Int], note: String?, columns: [Column], transposed: Bool = false, rows: Int = 0,
                doubtfulRows: Int = 0, strayLines: Int = 0) {
        self.caption = caption
        self.pages = pages
        self.note = note
        self.columns = columns
        self.transposed = transposed
        self.rows = rows
        self.doubtfulRows = doubtfulRows
        self.strayLines = strayLines
    }

    /// Clean rows ÷ (rows + stray lines), rounded down to two decimals: "1.00" only when
    /// nothing in the table raised a doubt.
    public var confidence: String {
        let total = rows + strayLines
        guard total > 0 else { return "1.00" }
        let hundredths = (max(0, rows - doubtfulRows) * 100) / total
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}

/// A footnote; its id is page-scoped because markers restart on every page, and block-scoped
/// on a page that prints several blocks, each numbered from 1 ("p2.1", then "p2.2.1").
public struct Footnote: Sendable, Equatable {
    public var id: String
    public var page: Int
    /// Which footnote block of the page it is in, counted from 1, top to bottom.
    public var block: Int
    public var marker: String
    public var text: String
    /// The footnote's lines on `page`, its marker included.
    public var box: Box?

    public init(page: Int, block: Int = 1, marker: String, text: String, box: Box? = nil) {
        self.id = Self.id(page: page, block: block, marker: marker)
        self.page = page
        self.block = block
        self.marker = marker
        self.text = text
        self.box = box
    }

    /// "p2.1" for a page's first block, "p2.2.1" for its second.
    public static func id(page: Int, block: Int = 1, marker: String) -> String {
        block > 1 ? "p\(page).\(block).\(marker)" : "p\(page).\(marker)"
    }
}

/// A doubt shown to the analyst: page, what is wrong, and the text concerned.
public struct Warning: Sendable, Equatable {
    public var page: Int?
    public var message: String
    public var text: String

    public init(page: Int?, message: String, text: String) {
        self.page = page
        self.message = message
        self.text = text
    }
}

/// What every text line of the sheet became.
public struct Accounting: Sendable, Equatable {
    public var lines: Int
    public var catalogue: Int
    public var runningText: Int
    public var footnotes: Int
    public var prose: Int
    public var unaccounted: Int

    public init(lines: Int, catalogue: Int, runningText: Int, footnotes: Int, prose: Int, unaccounted: Int) {
        self.lines = lines
        self.catalogue = catalogue
        self.runningText = runningText
        self.footnotes = footnotes
        self.prose = prose
        self.unaccounted = unaccounted
    }

    /// Share of lines accounted for, in percent with one decimal ("99.2").
    public var accountedPercent: String {
        guard lines > 0 else { return "100.0" }
        let tenths = ((lines - unaccounted) * 1000 + lines / 2) / lines
        return "\(tenths / 10).\(tenths % 10)"
    }
}
