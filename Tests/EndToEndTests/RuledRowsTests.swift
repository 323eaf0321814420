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
    /// Rows with no padding at all, amounts on each row's last name line: by their text alone
    /// the name line between the two amount lines could end the first row as well as start the
    /// second (nothing else on the page shows where the sheet sets its amounts).
    static func sheet(rules: Bool) -> SheetSpec {
        var style = SheetStyle()
        style.rules = rules
        style.rowPadding = 0
        style.amountPlacement = .lastLine
        let rows: [RowSpec] = [
            .group("Beheer en support"),
            .product(ProductRowSpec(name: "Opname Wachtrij", cells: ["€ 43,00", nil])),
            .product(ProductRowSpec(name: "Fax Spanje\nIntegratie Premium", cells: ["€ 573,20", "€ 12,00"])),
            .group("Mobiele aansluitingen"),
            .product(ProductRowSpec(name: "Rapportage", cells: ["€ 1.058,00", "€ 356,50"])),
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
        #expect(catalogue.products.map(\.name) == ["Opname Wachtrij", "Fax Spanje Integratie Premium", "Rapportage"])
        #expect(catalogue.warnings == [])
        // Without the rules the same page reads the amounts on first lines: what the rules settle.
        let document = try PDFDocument(path: path)
        let unruled = SheetParser().parse([PageLayout(page: document.page(1))])
        #expect(unruled.tables[0].rows.map(\.name).first == "Opname Wachtrij Fax Spanje")
    }

    /// Two rows with next to no padding whose amounts stand in different columns on
    /// consecutive baselines: one row whose cells differ in height would set them on one
    /// baseline (first lines), level with its middle (centred) or ending on its last line, so
    /// without rules they read as the two rows they are.
    @Test func cellsOnTwoBaselinesOffThePlacementAreTwoRows() throws {
        var style = SheetStyle()
        style.rowPadding = 0.5
        let rows: [RowSpec] = [
            .group("Beheer en support"),
            .product(ProductRowSpec(name: "Opname Midden- en Zuid-Europa Fax", cells: [nil, "€ 43,00"])),
            .product(ProductRowSpec(name: "Spanje 90 dagen", cells: ["€ 573,20", nil])),
            .group("Mobiele aansluitingen"),
            .product(ProductRowSpec(name: "7 jaar bij\nIntegratie extra Premium Rapportage", cells: ["€ 1.058,00", "€ 356,50"])),
        ]
        for placement in [SheetStyle.AmountPlacement.firstLine, .centered, .lastLine] {
            style.amountPlacement = placement
            let path = try Self.render(SheetSpec(title: "Test", pages: [PageSpec(blocks: [.table(TableSpec(
                caption: "Connext Voice", columns: [ColumnSpec("Prijs / maand"), ColumnSpec("Eenmalige kosten")], rows: rows))])],
                style: style))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let catalogue = try Ingestor().ingest(path: path).catalogue
            #expect(catalogue.products.map(\.name) == ["Opname Midden- en Zuid-Europa Fax", "Spanje 90 dagen",
                                                       "7 jaar bij Integratie extra Premium Rapportage"], "\(placement)")
        }
    }

    /// Without rules nothing is drawn to go by; the reading stays the one from the text.
    @Test func aSheetWithoutRulesReadsAsBefore() throws {
        let path = try Self.render(Self.sheet(rules: false))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let catalogue = try Ingestor().ingest(path: path).catalogue
        let document = try PDFDocument(path: path)
        let unruled = SheetParser().parse([PageLayout(page: document.page(1))])
        #expect(catalogue.products.map(\.name) == unruled.tables[0].rows.map(\.name))
        // Nothing on this sheet shows where its amounts stand: the rows read are in doubt, and
        // the analyst is told which, on which page.
        let doubts = catalogue.warnings.filter { $0.message.hasPrefix("rows set tight with nothing on the sheet showing") }
        #expect(doubts.map(\.page) == [1])
        #expect(doubts.first?.text == "Opname Wachtrij Fax Spanje | Integratie Premium")
        #expect(catalogue.tables[0].doubtfulRows == 2 && catalogue.tables[0].confidence == "0.33")
    }
}
