import Extraction
import Foundation
import Layout
import Renderer
import Testing

/// The layout stage on real PDFs drawn by the renderer and read by poppler.
@Suite struct RenderedPageTests {
    static func layout(_ sheet: SheetSpec) throws -> [PageLayout] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SheetRenderer.render(sheet, to: path)
        let document = try PDFDocument(path: path)
        return (1...document.pageCount).map { PageLayout(page: document.page($0)) }
    }

    static func table(_ rows: [RowSpec], style: SheetStyle = SheetStyle()) -> SheetSpec {
        SheetSpec(title: "Test", pages: [PageSpec(blocks: [.table(TableSpec(
            caption: "Connext Voice", columns: [ColumnSpec("Prijs / maand"), ColumnSpec("Eenmalige kosten")], rows: rows))])],
            style: style)
    }

    @Test(arguments: SheetStyle.MarkerStyle.allCases)
    func markersOfEitherStyleAttachToTheirWord(style: SheetStyle.MarkerStyle) throws {
        var sheetStyle = SheetStyle()
        sheetStyle.markerStyle = style
        let pages = try Self.layout(Self.table([
            .product(ProductRowSpec(name: "KPN EEN Connext Centrale{2}", cells: ["€ 250,00", "€ 0,00"])),
        ], style: sheetStyle))
        let line = try #require(pages[0].lines.first { $0.text.hasPrefix("KPN EEN") })
        #expect(line.text == "KPN EEN Connext Centrale € 250,00 € 0,00")
        #expect(line.words.first { $0.text == "Centrale" }?.markers.map(\.label) == ["2"])
    }

    @Test func poppleysTextOrderDoesNotLeak() throws {
        let pages = try Self.layout(Self.table([
            .product(ProductRowSpec(name: "KPN EEN Keuzemenu\ninstallatieservice", cells: ["€ 0,00", "€ 67,50"])),
        ]))
        let texts = pages[0].lines.map(\.text)
        #expect(texts.contains("KPN EEN Keuzemenu € 0,00 € 67,50"))
        #expect(texts.contains("installatieservice"))
    }

    @Test func fontSizesAndStylesAreRead() throws {
        let pages = try Self.layout(Self.table([.group("Gebruikers"), .product(ProductRowSpec(name: "Plus", cells: ["€ 4,50", nil]))]))
        let group = try #require(pages[0].lines.first { $0.text == "Gebruikers" })
        #expect(group.isBold)
        #expect(abs(group.fontSize - 9) < 0.1)
    }
}
