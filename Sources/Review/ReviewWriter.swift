import Catalogue
import Extraction
import Foundation
import Tables

/// Writes a review report: one self-contained HTML file (no network, no file beside it) with
/// each page drawn by poppler as a PNG under an SVG of what the parser saw, and the catalogue
/// beside the pages. Pages are drawn and written one at a time, so memory stays flat however
/// many pages the report holds.
public struct ReviewWriter: Sendable {
    public var settings: ReviewSettings

    public init(settings: ReviewSettings = .standard) {
        self.settings = settings
    }

    /// Writes the report of `sheet` for `pages` (page numbers of the sheet, in order) to
    /// `write`, piece by piece; `picture` draws a page (nil: it could not be drawn).
    public func write(_ sheet: ReviewSheet, pages: [Int], picture: (Int) -> PagePicture?,
                      to write: (String) throws -> Void) rethrows {
        let marks = ChangeMarks(changes: sheet.against?.changes ?? [], products: sheet.catalogue.products)
        try write(head(sheet, pages: pages))
        try write(CataloguePanel(sheet: sheet, marks: marks, pages: Set(pages)).html)
        try write("\n<div id=\"pages\">\n")
        let warnings = NumberedWarning.all(sheet.catalogue.warnings)
        for page in pages {
            try write(section(page, of: sheet, picture: picture(page), marks: marks, warnings: warnings))
        }
        try write("</div>\n</main>\n<script>\n\(ReviewStyle.script)\n</script>\n</body>\n</html>\n")
    }

    private func head(_ sheet: ReviewSheet, pages: [Int]) -> String {
        let source = sheet.catalogue.source
        let drawn = pages.count == source.pages ? "all \(source.pages) pages" : "pages \(PageSelection.describe(pages)) of \(source.pages)"
        let against = sheet.against.map { " against \(HTML.escape($0.file))" } ?? ""
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Review: \(HTML.escape(source.file))</title>
            <style>
            \(ReviewStyle.css)
            </style>
            </head>
            <body>
            <header><h1>Review of \(HTML.escape(source.file))\(against)</h1>
            <p class="muted">What tariff read from the sheet, on the page: \(drawn). Click a product or a warning to find it; \
            hover a box to see what it is.</p></header>
            <main>

            """
    }

    /// One page: its image, the overlay on it, and a heading that says what it holds.
    private func section(_ page: Int, of sheet: ReviewSheet, picture: PagePicture?, marks: ChangeMarks,
                         warnings: [NumberedWarning]) -> String {
        let width = picture?.pageWidth ?? ReviewSettings.fallbackPageSize.width
        let height = picture?.pageHeight ?? ReviewSettings.fallbackPageSize.height
        let pixelWidth = picture?.pixelWidth ?? Int((width * settings.scale).rounded(.up))
        let pixelHeight = picture?.pixelHeight ?? Int((height * settings.scale).rounded(.up))
        let products = sheet.catalogue.products.filter { $0.page == page }
        let overlay = PageOverlay(page: page, width: width, height: height,
                                  verdicts: sheet.verdicts.indices.contains(page - 1) ? sheet.verdicts[page - 1] : [],
                                  tables: sheet.tables.filter { $0.page == page }, products: products,
                                  footnotes: sheet.catalogue.footnotes.filter { $0.page == page },
                                  warnings: warnings.filter { $0.warning.page == page }, changed: marks.kinds)
        let image = picture.map {
            "<img class=\"page-image\" alt=\"page \(page)\" width=\"\(pixelWidth)\" height=\"\(pixelHeight)\" "
                + "src=\"data:image/png;base64,\($0.png.base64EncodedString())\">"
        } ?? "<p class=\"warning\">poppler could not draw this page</p>"
        let pageWarnings = overlay.warnings.count
        return """
            <section class="page" id="page-\(page)" data-page="\(page)" data-width="\(HTML.points(width))" data-height="\(HTML.points(height))">
            <h2>Page \(page) <span class="muted">· \(products.count) products · \(pageWarnings) warning\(pageWarnings == 1 ? "" : "s")</span></h2>
            <div class="sheet" style="width:\(pixelWidth)px;height:\(pixelHeight)px">
            \(image)
            \(overlay.svg(pixelWidth: pixelWidth, pixelHeight: pixelHeight))
            </div>
            </section>

            """
    }
}
