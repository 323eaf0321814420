import Testing
@testable import Renderer

/// The sample drawn in other styles: the parser must read the whole family of layouts, so every
/// knob has to draw cleanly.
@Suite struct StyleVariationTests {
    /// A named style change, so a failure says which variation broke.
    struct Variation: CustomTestStringConvertible, Sendable {
        let name: String
        let change: @Sendable (inout SheetStyle) -> Void
        var testDescription: String { name }

        var style: SheetStyle {
            var style = SheetStyle()
            change(&style)
            return style
        }
    }

    static let variations: [Variation] = [
        Variation(name: "serif") { $0.fontFamily = "DejaVu Serif" },
        Variation(name: "unicode markers") { $0.markerStyle = .unicode },
        Variation(name: "right-aligned amounts") { $0.amountAlignment = .right },
        Variation(name: "centered amounts") { $0.amountPlacement = .centered },
        Variation(name: "last-line amounts") { $0.amountPlacement = .lastLine },
        Variation(name: "plain groups") { $0.groupStyle = .plain },
        Variation(name: "filled groups") { $0.groupStyle = .filled },
        Variation(name: "tight rows") { $0.rowPadding = 0 },
        Variation(name: "no rules") { $0.rules = false },
        Variation(name: "no euro space") { $0.euroSpacing = false },
        Variation(name: "explicit column widths") { $0.columnWidths = [70, 110, 99.28] },
        Variation(name: "7.5 pt") { $0.bodySize = 7.5 },
        Variation(name: "11 pt") { $0.bodySize = 11 },
        Variation(name: "everything at once") {
            $0.fontFamily = "DejaVu Serif"
            $0.markerStyle = .unicode
            $0.amountAlignment = .right
            $0.amountPlacement = .centered
            $0.groupStyle = .plain
            $0.rowPadding = 0
            $0.bodySize = 11
        },
    ]

    @Test(arguments: variations)
    func rendersWithoutError(_ variation: Variation) throws {
        let pdf = try SheetRenderer.renderData(ConnextVoiceSample.sheet(style: variation.style))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(PdfProbe.pageCount(pdf) >= 5)
    }

    @Test(.enabled(if: PdfProbe.hasPoppler))
    func unicodeMarkersAreSuperscriptDigits() throws {
        var style = SheetStyle()
        style.markerStyle = .unicode
        let text = try PdfProbe.text(try SheetRenderer.renderData(ConnextVoiceSample.sheet(style: style)),
                                     pages: 1...1)
        #expect(text.contains("Centrale¹"))
        #expect(text.contains("KPN EEN Connext Centrale²"))
    }

    @Test(.enabled(if: PdfProbe.hasPoppler))
    func euroSpacingOffJoinsTheSignToTheAmount() throws {
        var style = SheetStyle()
        style.euroSpacing = false
        let text = try PdfProbe.text(try SheetRenderer.renderData(ConnextVoiceSample.sheet(style: style)),
                                     pages: 1...1)
        #expect(text.contains("€5,00"))
        #expect(!text.contains("€ "))
    }

    @Test(.enabled(if: PdfProbe.hasPoppler))
    func rightAlignedAmountsEndAtTheColumnsRightEdge() throws {
        var style = SheetStyle()
        style.amountAlignment = .right
        let pdf = try SheetRenderer.renderData(ConnextVoiceSample.sheet(style: style))
        let words = try PdfProbe.words(pdf, page: 1)
        let metrics = SheetMetrics(style: style)
        let lastColumn = try #require(metrics.priceColumns(count: 3).last)
        let edge = lastColumn.x + lastColumn.width - metrics.cellPadding
        let amounts = words.filter { $0.text.first?.isNumber == true && $0.text.contains(",") && $0.xMin > lastColumn.x }
        #expect(!amounts.isEmpty)
        for amount in amounts { #expect(abs(amount.xMax - edge) < 0.5) }
    }

    @Test func rejectsANameColumnWiderThanThePage() {
        var style = SheetStyle()
        style.nameColumnWidth = 600
        #expect(throws: RenderError.self) {
            try SheetRenderer.renderData(ConnextVoiceSample.sheet(style: style))
        }
    }
}
