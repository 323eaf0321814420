import Foundation
import Testing
@testable import Renderer

/// The family's two sample sheets: each spec page is one printed page (so the hand-typed
/// catalogues' page numbers hold), and the drawing is reproducible.
@Suite struct FamilySampleTests {
    static let samples: [(name: String, sheet: SheetSpec, pages: Int)] = [
        ("zakelijk-mobiel", ZakelijkMobielSample.sheet(), 4),
        ("zakelijk-internet", ZakelijkInternetSample.sheet(), 3),
    ]

    @Test(arguments: [0, 1])
    func everySpecPageIsOnePrintedPage(sample: Int) throws {
        let (name, sheet, pages) = Self.samples[sample]
        let (pdf, report) = try SheetRenderer.renderWithReport(sheet)
        #expect(PdfProbe.pageCount(pdf) == pages, "\(name)")
        #expect(report.pageCount == pages)
        for placement in report.blocks {
            #expect(placement.physicalPages == (placement.page + 1)...(placement.page + 1), "\(name) block \(placement.block)")
        }
        #expect(report.footnotes.allSatisfy { $0.physicalPage == $0.page + 1 })
        #expect(try SheetRenderer.renderData(sheet) == pdf, "byte-identical twice")
    }

    /// The hand-typed catalogue (Tests/EndToEndTests/Fixtures/<name>.expected.json) lists the
    /// spec's products in the spec's order, by their names as a reader gives them: markers
    /// (`{n}`, trailing stars) out, a soft-hyphen break joined, other breaks a space.
    @Test(arguments: [0, 1])
    func theExpectedCatalogueListsTheSpecsProducts(sample: Int) throws {
        let (name, sheet, _) = Self.samples[sample]
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("EndToEndTests/Fixtures/\(name).expected.json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: fixture)) as? [String: Any])
        let products = try #require(document["products"] as? [[String: Any]])
        var specNames: [String] = []
        for page in sheet.pages {
            for case .table(let table) in page.blocks {
                for case .product(let row) in table.rows {
                    let joined = row.name.replacing("\u{00AD}\n", with: "")
                    var plain = SheetSpec.plainName(joined)
                    while plain.hasSuffix("*") { plain.removeLast() }
                    specNames.append(plain)
                }
            }
        }
        #expect(products.compactMap { $0["name"] as? String } == specNames)
        // Ids are unique, and every price names a column of its table.
        let ids = products.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == ids.count)
        let tables = try #require(document["tables"] as? [[String: Any]])
        var headers: [String: Set<String>] = [:]
        for table in tables {
            let columns = (table["columns"] as? [[String: Any]] ?? []).compactMap { $0["header"] as? String }
            headers[table["caption"] as? String ?? "", default: []].formUnion(columns)
        }
        for product in products {
            let columns = headers[product["table"] as? String ?? ""] ?? []
            for price in product["prices"] as? [[String: Any]] ?? [] {
                #expect(columns.contains(price["column"] as? String ?? ""), "\(product["name"] ?? "")")
            }
        }
    }

    @Test(.enabled(if: PdfProbe.hasPoppler))
    func theInternetSheetBreaksANameAtItsSoftHyphen() throws {
        let pdf = try SheetRenderer.renderData(ZakelijkInternetSample.sheet())
        let words = try PdfProbe.words(pdf, page: 1)
        #expect(words.contains { $0.text == "Ser\u{00AD}" })
        #expect(try PdfProbe.text(pdf, pages: 1...1).contains("Geldig vanaf 1 maart 2027"))
    }
}
