import Testing
@testable import Renderer

/// Content that does not fit one physical page continues on the next.
@Suite struct OverflowTests {
    static func longTable(rows: Int) -> SheetSpec {
        let products = (1...rows).map { index in
            RowSpec.product(ProductRowSpec(name: "Product \(index)", cells: ["€ \(index),00", "€ 0,00"]))
        }
        let table = TableSpec(caption: "Lange tabel", captionNote: "Door KPN te factureren",
                              columns: [ColumnSpec("Prijs / maand"), ColumnSpec("Eenmalig{1}")],
                              rows: [.group("Alle producten")] + products)
        return SheetSpec(title: "Overloop", pages: [
            PageSpec(blocks: [.table(table)], footnotes: [FootnoteSpec(marker: "1", text: "Eenmalige kosten.")]),
        ])
    }

    @Test func aLongTableTakesTwoPages() throws {
        let pdf = try SheetRenderer.renderData(Self.longTable(rows: 60))
        #expect(PdfProbe.pageCount(pdf) == 2)
    }

    @Test(.enabled(if: PdfProbe.hasPoppler))
    func theContinuationRepeatsTheHeaderButNotTheCaption() throws {
        let pdf = try SheetRenderer.renderData(Self.longTable(rows: 60))
        let first = try PdfProbe.text(pdf, pages: 1...1)
        let second = try PdfProbe.text(pdf, pages: 2...2)
        #expect(first.contains("Lange tabel"))
        #expect(!second.contains("Lange tabel"))
        #expect(second.contains("Productnaam"))
        #expect(second.contains("Product 60 "))
        // The page's footnotes go where its blocks end.
        #expect(!first.contains("Eenmalige kosten."))
        #expect(second.contains("Eenmalige kosten."))
        // Every row is drawn exactly once.
        for index in 1...60 {
            let hits = (first + second).components(separatedBy: "Product \(index) ").count - 1
            #expect(hits == 1, "Product \(index) drawn \(hits) times")
        }
    }

    @Test func longProseMovesToNewPages() throws {
        let paragraph = Block.paragraph(String(repeating: "Tarieven en voorwaarden gelden per gebruiker. ", count: 12))
        let sheet = SheetSpec(title: "Proza", pages: [PageSpec(blocks: Array(repeating: paragraph, count: 30))])
        #expect(PdfProbe.pageCount(try SheetRenderer.renderData(sheet)) > 1)
    }
}
