import Catalogue
import Extraction
import Foundation
import Layout
import Renderer
import Tables
import TariffKit
import Testing
import TestSupport

/// Rows set tight, told apart by the rules the sheet draws between them: the pipeline draws
/// the region back and parses the page again with them (`RuledRows`).
@Suite struct RuledRowsTests {
    /// Two rows with next to no padding whose amounts stand in different columns on
    /// consecutive baselines, a bold group row after them: by their text alone, one row
    /// whose cells sit on two baselines.
    static func sheet(rules: Bool) -> SheetSpec {
        var style = SheetStyle()
        style.rules = rules
        style.rowPadding = 0.5
        let rows: [RowSpec] = [
            .group("Beheer en support"),
            .product(ProductRowSpec(name: "Opname Midden- en Zuid-Europa Fax", cells: [nil, "€ 43,00"])),
            .product(ProductRowSpec(name: "Spanje 90 dagen", cells: ["€ 573,20", nil])),
            .group("Mobiele aansluitingen"),
            .product(ProductRowSpec(name: "7 jaar bij\nIntegratie extra Premium Rapportage", cells: ["€ 1.058,00", "€ 356,50"])),
        ]
        return SheetSpec(title: "Test", pages: [PageSpec(blocks: [.table(TableSpec(
            caption: "Connext Voice", columns: [ColumnSpec("Prijs / maand"), ColumnSpec("Eenmalige kosten")], rows: rows))])],
            style: style)
    }

    static func render(_ sheet: SheetSpec) throws -> String {
        let path = try Paths.temporaryDirectory().appendingPathComponent("ruled-\(UUID().uuidString).pdf").path
        try SheetRenderer.render(sheet, to: path)
        return path
    }

    @Test func rulesBetweenTightRowsPartThem() throws {
        let path = try Self.render(Self.sheet(rules: true))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let catalogue = try Ingestor().ingest(path: path).catalogue
        #expect(catalogue.products.map(\.name) == ["Opname Midden- en Zuid-Europa Fax", "Spanje 90 dagen",
                                                   "7 jaar bij Integratie extra Premium Rapportage"])
        #expect(catalogue.warnings == [])
        // Without the rules the same page reads the first two as one row: what the rules settle.
        let document = try PDFDocument(path: path)
        let unruled = SheetParser().parse([PageLayout(page: document.page(1))])
        #expect(unruled.tables[0].rows.map(\.name).first == "Opname Midden- en Zuid-Europa Fax Spanje 90 dagen")
    }

    /// Without rules nothing is drawn to go by; the reading stays the one from the text.
    @Test func aSheetWithoutRulesReadsAsBefore() throws {
        let path = try Self.render(Self.sheet(rules: false))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let catalogue = try Ingestor().ingest(path: path).catalogue
        let document = try PDFDocument(path: path)
        let unruled = SheetParser().parse([PageLayout(page: document.page(1))])
        #expect(catalogue.products.map(\.name) == unruled.tables[0].rows.map(\.name))
    }
}
