import Extraction
import Foundation
import Geometry
import Layout
import Renderer
import Testing

/// Rules and bands between table rows, found in a picture of the page.
@Suite struct RuleDetectorTests {
    /// A white raster of `columns` × `rows` pixels, one pixel a point, at the page's origin.
    static func raster(columns: Int = 100, rows: Int = 40, ink: [(row: Int, from: Int, to: Int, level: UInt8)]) -> PageRaster {
        var pixels = [UInt8](repeating: 255, count: columns * rows)
        for mark in ink { for column in mark.from..<mark.to { pixels[mark.row * columns + column] = mark.level } }
        return PageRaster(region: Rect(minX: 0, minY: 0, maxX: Double(columns), maxY: Double(rows)),
                          columns: columns, rows: rows, scaleX: 1, scaleY: 1, pixels: pixels)
    }

    @Test func aRuleAndABandAreFoundAndTextIsNot() {
        var ink: [(row: Int, from: Int, to: Int, level: UInt8)] = [(5, 0, 100, 190)]
        // A band behind a row: ten rows of light grey with darker letters on it.
        for row in 20..<30 { ink.append((row, 0, 100, 235)) }
        ink.append((24, 10, 14, 20))
        // A line of text: words with spaces between them, however dark.
        for word in stride(from: 0, to: 100, by: 12) { ink.append((12, word, word + 9, 0)) }
        let rules = RuleDetector().rules(in: Self.raster(ink: ink))
        #expect(rules == [HorizontalRule(top: 5, bottom: 6, minX: 0, maxX: 100),
                          HorizontalRule(top: 20, bottom: 30, minX: 0, maxX: 100)])
    }

    @Test func aRuleMustCrossNearlyTheWholeRegion() {
        let short = RuleDetector().rules(in: Self.raster(ink: [(5, 0, 85, 0)]))
        #expect(short.isEmpty, "85% of the width is under ruleSpanShare (90%)")
        let paper = RuleDetector().rules(in: Self.raster(ink: [(5, 0, 100, 250)]))
        #expect(paper.isEmpty, "a tint lighter than ruleInkLevel is paper")
    }

    /// A real PDF: the renderer's hairlines under tight rows, drawn back by poppler, come out
    /// one under each row where the renderer put them; a sheet without rules has none.
    @Test(arguments: [true, false])
    func renderedHairlinesAreFoundUnderEveryRow(rules: Bool) throws {
        var style = SheetStyle()
        style.rules = rules
        style.rowPadding = 0.5
        let rows: [RowSpec] = ["KPN EEN Connext Centrale", "Spanje 90 dagen", "Opname\nMidden- en Zuid-Europa"].map {
            .product(ProductRowSpec(name: $0, cells: ["€ 5,00", nil]))
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SheetRenderer.render(RenderedPageTests.table(rows, style: style), to: path)
        let document = try PDFDocument(path: path)
        let page = PageLayout(page: document.page(1))
        let names = try ["KPN EEN", "Spanje", "Opname", "Midden-"].map { start in
            try #require(page.lines.first { $0.text.hasPrefix(start) })
        }
        let region = Rect(minX: names[0].box.minX, minY: names[0].box.minY, maxX: names[0].box.minX + 200, maxY: names[3].box.maxY + 3)
        let settings = ParserSettings.standard
        let found = RuleDetector().rules(in: document.raster(page: 1, region: region, scaleX: settings.ruleRasterScaleX,
                                                             scaleY: settings.ruleRasterScaleY))
        guard rules else { return #expect(found.isEmpty) }
        #expect(found.count == 3, "one hairline under each of the three rows")
        for (rule, (above, below)) in zip(found, [(names[0], names[1]), (names[1], names[2])]) {
            #expect(rule.top > above.box.midY && rule.bottom < below.box.midY)
            #expect(rule.bottom - rule.top <= 1, "a hairline, not a band")
        }
        #expect(found[2].top > names[3].box.midY, "the rule under the last row is under its second line")
    }
}
