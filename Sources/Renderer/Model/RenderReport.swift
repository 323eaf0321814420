/// Where the renderer put things: the physical page of every block, table row and footnote
/// of a `SheetSpec`.
///
/// One `PageSpec` may run over several physical pages (a long table continues on the next
/// page, its page footnotes go where its blocks end), so the page a product or footnote is
/// printed on is only known once the sheet is drawn. Spec indices are 0-based (`page` is the
/// index into `SheetSpec.pages`, `block` into `PageSpec.blocks`, `row` into `TableSpec.rows`);
/// physical pages are 1-based, as printed and as the catalogue numbers them.
public struct RenderReport: Sendable, Equatable {
    /// Physical pages in the PDF.
    public var pageCount: Int
    /// Every block that placed something, in drawing order.
    public var blocks: [BlockPlacement]
    /// Every table body row, in drawing order.
    public var rows: [RowPlacement]
    /// Every footnote, page footnotes and in-place `.footnotes` blocks alike, in drawing order.
    public var footnotes: [FootnotePlacement]

    public init(pageCount: Int = 0, blocks: [BlockPlacement] = [], rows: [RowPlacement] = [],
                footnotes: [FootnotePlacement] = []) {
        self.pageCount = pageCount
        self.blocks = blocks
        self.rows = rows
        self.footnotes = footnotes
    }

    /// The physical page table row `row` of block `block` of spec page `page` landed on.
    public func physicalPage(page: Int, block: Int, row: Int) -> Int? {
        rows.first { $0.page == page && $0.block == block && $0.row == row }?.physicalPage
    }

    /// The physical pages block `block` of spec page `page` placed anything on (nil: nothing).
    public func physicalPages(page: Int, block: Int) -> ClosedRange<Int>? {
        blocks.first { $0.page == page && $0.block == block }?.physicalPages
    }
}

/// The physical pages one block of the spec placed text on.
public struct BlockPlacement: Sendable, Equatable {
    /// Index of the spec page.
    public var page: Int
    /// Index of the block on its spec page.
    public var block: Int
    /// First and last physical page the block placed something on.
    public var physicalPages: ClosedRange<Int>

    public init(page: Int, block: Int, physicalPages: ClosedRange<Int>) {
        self.page = page
        self.block = block
        self.physicalPages = physicalPages
    }
}

/// The physical page one table body row (group or product) was drawn on.
public struct RowPlacement: Sendable, Equatable {
    /// Index of the spec page.
    public var page: Int
    /// Index of the table block on its spec page.
    public var block: Int
    /// Index of the row in `TableSpec.rows`.
    public var row: Int
    /// 1-based physical page.
    public var physicalPage: Int

    public init(page: Int, block: Int, row: Int, physicalPage: Int) {
        self.page = page
        self.block = block
        self.row = row
        self.physicalPage = physicalPage
    }
}

/// The physical page one footnote was printed on.
public struct FootnotePlacement: Sendable, Equatable {
    /// Index of the spec page.
    public var page: Int
    /// Index of the `.footnotes` block on its spec page; nil for the page's own footnotes
    /// (`PageSpec.footnotes`, printed at the bottom of the page where its blocks end).
    public var block: Int?
    /// Index of the footnote in its list.
    public var index: Int
    /// The footnote's marker as printed.
    public var marker: String
    /// 1-based physical page.
    public var physicalPage: Int

    public init(page: Int, block: Int?, index: Int, marker: String, physicalPage: Int) {
        self.page = page
        self.block = block
        self.index = index
        self.marker = marker
        self.physicalPage = physicalPage
    }
}
