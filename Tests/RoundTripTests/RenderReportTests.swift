import Renderer
import SheetFixtures
import Testing

/// The renderer's account of where rows and footnotes landed, which the expected page numbers
/// and footnote ids rest on.
@Suite struct RenderReportTests {
    @Test func theSampleReportsOnePhysicalPageASpecPage() throws {
        let sheet = ConnextVoiceSample.sheet()
        let (_, report) = try SheetRenderer.renderWithReport(sheet)
        #expect(report.pageCount == 5)
        for placed in report.rows { #expect(placed.physicalPage == placed.page + 1) }
        for placed in report.footnotes { #expect(placed.physicalPage == placed.page + 1) }
        let tableRows = sheet.pages.flatMap { page in
            page.blocks.compactMap { block -> Int? in
                if case .table(let table) = block { return table.rows.count }
                return nil
            }
        }.reduce(0, +)
        #expect(report.rows.count == tableRows)
    }

    @Test func aLongTableContinuesAndItsFootnotesGoToTheLastPage() throws {
        let rows = (1...80).map { _ in RowSpec.product(ProductRowSpec(name: "Product nummer", cells: ["€ 1,00"])) }
        let sheet = SheetSpec(title: "Lang", pages: [
            PageSpec(blocks: [.table(TableSpec(caption: "Lang{1}", columns: [ColumnSpec("Prijs / maand")], rows: rows))],
                     footnotes: [FootnoteSpec(marker: "1", text: "Een voetnoot.")]),
        ])
        let (_, report) = try SheetRenderer.renderWithReport(sheet)
        #expect(report.pageCount >= 2)
        #expect(report.physicalPage(page: 0, block: 0, row: 0) == 1)
        #expect(report.physicalPage(page: 0, block: 0, row: 79) == report.pageCount)
        #expect(report.footnotes.map { $0.physicalPage } == [report.pageCount])
        #expect(report.physicalPages(page: 0, block: 0) == 1...report.pageCount)
    }

    @Test func theSameSeedDrawsTheSameSheet() {
        for seed in [UInt64(1), 42, 20_260_101] {
            let first = SheetGenerator.generate(seed: seed, options: .singlePageTables)
            let second = SheetGenerator.generate(seed: seed, options: .singlePageTables)
            #expect(first.spec == second.spec)
            #expect(first.knobs == second.knobs)
        }
    }

    @Test func splitMix64IsTheReferenceSequence() {
        // Reference values of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
