/// The physical page being drawn and the pen's height on it.
///
/// One `PageSpec` may run over several physical pages; the cursor numbers them, draws the
/// running header and page number, and tells the composers how much room is left.
final class PageCursor {
    private let document: PdfDocument
    private let typesetter: Typesetter
    private let metrics: SheetMetrics
    /// The title, laid out once and drawn on every page.
    private let runningHead: TextBox

    /// 1-based number of the page being drawn (0 before the first).
    private(set) var pageNumber = 0
    /// Top of the next block.
    private(set) var y = 0.0
    /// Lowest y a block may reach on this page (the top of the footnote area, less a gap).
    private(set) var limit = 0.0
    /// The physical page of everything placed since the last `takePlacedPages()`, in order:
    /// how the composer learns where a block ended up.
    private var placedPages: [Int] = []

    /// Where the first block of a page starts: under the running header.
    let contentTop: Double
    /// Top of the page number, which sits on the bottom margin (every digit is as tall as "1").
    private let pageNumberTop: Double

    init(document: PdfDocument, typesetter: Typesetter, metrics: SheetMetrics, title: String) {
        self.document = document
        self.typesetter = typesetter
        self.metrics = metrics
        runningHead = typesetter.box(Markup.escape(title), metrics.runningHeadFont, width: metrics.textWidth)
        contentTop = metrics.style.marginTop + runningHead.height + metrics.headGap
        let number = typesetter.box("1", metrics.runningHeadFont, width: nil)
        pageNumberTop = metrics.style.pageHeight - metrics.style.marginBottom - number.height
    }

    /// Lowest y page footnotes may reach: above the page number, which sits on the bottom margin.
    var footnoteBottom: Double {
        pageNumberTop - metrics.footGap
    }

    /// True when nothing has been drawn on this page yet, so moving on would not help.
    var atTop: Bool { y <= contentTop + 0.01 }

    /// Whether a block `height` tall still fits; a block taller than a whole page fits at the top
    /// anyway, because a fresh page would not give it more room.
    func fits(_ height: Double) -> Bool {
        y + height <= limit + 0.01 || atTop
    }

    /// Starts a physical page whose blocks must end above `limit`.
    func beginPage(limit: Double) {
        pageNumber += 1
        self.limit = limit
        runningHead.draw(x: metrics.left, y: metrics.style.marginTop, gray: Ink.furniture)
        y = contentTop
    }

    /// Numbers the page and hands it to cairo.
    func endPage() {
        let number = pageNumberBox()
        number.draw(x: metrics.right - number.width, y: pageNumberTop, gray: Ink.furniture)
        document.showPage()
    }

    /// Continues on a fresh page with the same footnote area reserved.
    func breakPage() {
        endPage()
        beginPage(limit: limit)
    }

    /// Moves the pen under something just drawn `height` tall.
    func advance(_ height: Double) {
        placedPages.append(pageNumber)
        y += height
    }

    /// The physical pages of what was placed since the last call, and starts a new record.
    func takePlacedPages() -> [Int] {
        defer { placedPages = [] }
        return placedPages
    }

    /// Adds blank space, never past the page's limit: a gap at the bottom of a page is simply lost
    /// instead of pushing the next block onto a page of its own.
    func skip(_ height: Double) {
        y = min(y + height, max(limit, y))
    }

    private func pageNumberBox() -> TextBox {
        typesetter.box(String(pageNumber), metrics.runningHeadFont, width: nil)
    }
}
