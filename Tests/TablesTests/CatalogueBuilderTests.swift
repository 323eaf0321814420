import Catalogue
import Foundation
@testable import Tables
import Testing
import TestSupport

/// Parsed rows → products: prices typed by label, footnotes applied where they govern.
@Suite struct CatalogueBuilderTests {
    static func column(_ header: String, _ label: PriceLabel?, markers: [String] = []) -> TableColumn {
        TableColumn(header: header, markers: markers, label: label, minX: 0, maxX: 0)
    }

    static func sheet(rows: [ProductRow], columns: [TableColumn], footnotes: [ParsedFootnote] = [],
                      texts: [PageText] = []) -> ParsedSheet {
        let table = ParsedTable(caption: "Connext Voice", captionMarkers: [], note: nil, page: 1, columns: columns, rows: rows,
                                isContinuation: false)
        return ParsedSheet(pageCount: 1, title: nil, tables: [table], footnotes: footnotes, pageTexts: texts, warnings: [],
                           accounting: LineAccounting())
    }

    static func row(_ name: String, cells: [Cell], markers: [String] = [], group: GroupRow? = nil) -> ProductRow {
        ProductRow(name: name, markers: markers, group: group, cells: cells, remarks: [], page: 1, text: name)
    }

    static let source = Source(file: "x.pdf", sha256: String(repeating: "0", count: 64), pages: 1, title: nil)

    @Test func headerMarkerGovernsOnlyProductsWithAPriceInThatColumn() {
        let columns = [Self.column("Prijs / maand", .monthly), Self.column("Eerste installatie", .firstInstallation, markers: ["1"])]
        let rows = [
            Self.row("Met installatie", cells: [Cell(column: 0, amount: MoneyText(low: "1.00", printed: "€ 1,00")),
                                                Cell(column: 1, amount: MoneyText(low: "2.00", printed: "€ 2,00"))]),
            Self.row("Zonder", cells: [Cell(column: 0, amount: MoneyText(low: "1.00", printed: "€ 1,00"))],
                     group: GroupRow(text: "Groep", markers: ["2"])),
        ]
        let footnotes = [ParsedFootnote(page: 1, marker: "1", text: "a"), ParsedFootnote(page: 1, marker: "2", text: "b")]
        let catalogue = CatalogueBuilder().build(Self.sheet(rows: rows, columns: columns, footnotes: footnotes), source: Self.source)
        #expect(catalogue.products.map(\.footnotes) == [["p1.1"], ["p1.2"]])
        #expect(catalogue.warnings == [])
    }

    @Test func markerWithoutFootnoteIsAWarning() {
        let rows = [Self.row("Centrale", cells: [Cell(column: 0, amount: MoneyText(low: "5.00", printed: "€ 5,00"))], markers: ["4"])]
        let catalogue = CatalogueBuilder().build(Self.sheet(rows: rows, columns: [Self.column("Prijs / maand", .monthly)]), source: Self.source)
        #expect(catalogue.products[0].footnotes == [])
        #expect(catalogue.warnings.map(\.message) == ["footnote marker 4 has no footnote on its page"])
    }

    @Test func pricesAreTypedByLabelAndRangesKeepBothEnds() throws {
        let columns = [Self.column("Starttarief", .setupFee), Self.column("Kosten per minuut mobiele nummer", .perMinuteMobile)]
        let rows = [Self.row("Oost-Europa", cells: [Cell(column: 0, amount: MoneyText(low: "0.09", printed: "€ 0,09")),
                                                    Cell(column: 1, amount: MoneyText(low: "0.22", high: "0.43", printed: "€ 0,22 - € 0,43"))])]
        let texts = [PageText(page: 1, kind: .remark, text: "Minuten worden naar boven afgerond, centen worden naar boven afgerond.")]
        let catalogue = CatalogueBuilder().build(Self.sheet(rows: rows, columns: columns, texts: texts), source: Self.source)
        let json = CatalogueEncoder.json(catalogue)
        let errors = try SchemaValidation.errors(in: json, schema: .catalogue)
        #expect(errors == [])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let product = try #require((document["products"] as? [[String: Any]])?.first)
        #expect(product["rounding"] as? [String: String] == ["minutes": "up", "cents": "up"])
        let prices = try #require(product["prices"] as? [[String: Any]])
        #expect(prices[0]["unit"] as? String == "call")
        #expect(prices[1]["max"] as? String == "0.43")
        // Exactly these members in the contract's order, as written (a price is four levels deep).
        let price = { (members: [String]) in "{\n          " + members.joined(separator: ",\n          ") + "\n        }" }
        #expect(json.contains(price([#""label": "setupFee""#, #""type": "usage""#, #""unit": "call""#,
                                       #""amount": "0.09""#, #""column": "Starttarief""#])))
        #expect(json.contains(price([#""label": "perMinuteMobile""#, #""type": "usage""#, #""unit": "minute""#,
                                       #""min": "0.22""#, #""max": "0.43""#, #""column": "Kosten per minuut mobiele nummer""#])))
    }

    @Test func rangeThatRunsBackwardsIsAWarningNotAPrice() {
        let rows = [Self.row("X", cells: [Cell(column: 0, amount: MoneyText(low: "0.43", high: "0.22", printed: "€ 0,43 - € 0,22"))])]
        let catalogue = CatalogueBuilder().build(Self.sheet(rows: rows, columns: [Self.column("Kosten per minuut", .perMinute)]), source: Self.source)
        #expect(catalogue.products[0].prices.isEmpty)
        #expect(catalogue.warnings.count == 1)
    }

    @Test func tableWithDoubtfulRowsIsFlagged() {
        let rows = (1...3).map { Self.row("Rij \($0)", cells: [Cell(column: 0, amount: MoneyText(low: "1.00", printed: "€ 1,00"))]) }
        var sheet = Self.sheet(rows: rows, columns: [Self.column("Prijs / maand", .monthly)])
        sheet.tables[0].doubtfulRows = 1
        let catalogue = CatalogueBuilder().build(sheet, source: Self.source)
        #expect(catalogue.tables[0].confidence == "0.66")
        #expect(catalogue.warnings.map(\.message) == ["table fits its columns only partly (confidence 0.66): 1 doubtful of 3 rows, 0 stray lines"])
    }

    /// A row without a name is a warning and counts as a line that fits no row, never an entry:
    /// the schema (and any biller) needs a name. Seen on a Dutch invoice of ../shared/realworld.
    @Test func aRowWithoutANameIsAWarningNotAProduct() throws {
        let rows = [Self.row("Optie", cells: [Cell(column: 0, amount: MoneyText(low: "1.00", printed: "€ 1,00"))]),
                    Self.row("", cells: [Cell(column: 0, amount: MoneyText(low: "2.00", printed: "€ 2,00"))])]
        let catalogue = CatalogueBuilder().build(Self.sheet(rows: rows, columns: [Self.column("Prijs / maand", .monthly)]), source: Self.source)
        #expect(catalogue.products.map(\.name) == ["Optie"])
        #expect(catalogue.warnings.map(\.message).contains("row has amounts but no name"))
        #expect(catalogue.tables[0].rows == 1)
        #expect(catalogue.tables[0].strayLines == 1)
        let errors = try SchemaValidation.errors(in: CatalogueEncoder.json(catalogue), schema: .catalogue)
        #expect(errors == [])
    }
}
