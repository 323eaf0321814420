/// The typed catalogue of one tariff sheet: what billers consume (shared/CONTRACT.md).
public struct Catalogue: Sendable, Equatable {
    public static let schemaVersion = 1
    public var source: Source
    public var currency: String
    public var tables: [TableInfo]
    public var products: [Product]
    public var footnotes: [Footnote]
    public var warnings: [Warning]
    public var accounting: Accounting

    public init(source: Source, currency: String = "EUR", tables: [TableInfo], products: [Product],
                footnotes: [Footnote], warnings: [Warning], accounting: Accounting) {
        self.source = source
        self.currency = currency
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
    /// Product rows over all the table's pages.
    public var rows: Int
    /// Rows that raised a doubt, and lines inside the table that fit no row.
    public var doubtfulRows: Int
    public var strayLines: Int

    public struct Column: Sendable, Equatable {
        public var header: String
        public var label: String?
        public init(header: String, label: String?) {
            self.header = header
            self.label = label
        }
    }

    public init(caption: String, pages: [Int], note: String?, columns: [Column], rows: Int = 0,
                doubtfulRows: Int = 0, strayLines: Int = 0) {
        self.caption = caption
        self.pages = pages
        self.note = note
        self.columns = columns
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

/// A footnote; its id is page-scoped because markers restart on every page.
public struct Footnote: Sendable, Equatable {
    public var id: String
    public var page: Int
    public var marker: String
    public var text: String

    public init(page: Int, marker: String, text: String) {
        self.id = Self.id(page: page, marker: marker)
        self.page = page
        self.marker = marker
        self.text = text
    }

    public static func id(page: Int, marker: String) -> String { "p\(page).\(marker)" }
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
