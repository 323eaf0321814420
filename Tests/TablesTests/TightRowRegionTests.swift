import Extraction
import Foundation
import Geometry
import Layout
import Renderer
import Tables
import Testing

/// Which pages the parser asks to see drawn: only those whose rows rest on how lines stand,
/// so a sheet whose rows are parted by gaps costs no drawing at all.
@Suite struct TightRowRegionTests {
    static func regions(_ style: SheetStyle) throws -> [Rect?] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("region-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SheetRenderer.render(SheetSpec(title: "Tarieven Test", pages: [RenderedTableTests.page()], style: style), to: path)
        let document = try PDFDocument(path: path)
        return (1...document.pageCount).map { PageParser().parse(PageLayout(page: document.page($0)), running: []).tightRowRegion }
    }

    @Test(arguments: [SheetStyle.AmountPlacement.firstLine, .centered, .lastLine])
    func paddedRowsAreNotDrawn(placement: SheetStyle.AmountPlacement) throws {
        var style = SheetStyle()
        style.amountPlacement = placement
        #expect(try Self.regions(style) == [nil])
    }

    @Test func tightRowsAreDrawnOverTheNameColumn() throws {
        var style = SheetStyle()
        style.rowPadding = 0
        style.groupStyle = .plain
        let region = try #require(try Self.regions(style)[0])
        #expect(region.minX < 60 && region.maxX < 300, "the name column, from the table's left edge")
        #expect(region.height > 50, "the table's body")
    }
}
