import Extraction
import Foundation
import Layout
import Renderer
import Tables
import Testing

/// The table parser on real PDFs drawn by the renderer: the layouts the design notes warn about.
@Suite struct RenderedTableTests {
    static func parse(_ pages: [PageSpec], style: SheetStyle = SheetStyle()) throws -> ParsedSheet {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tables-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SheetRenderer.render(SheetSpec(title: "Tarieven Test", pages: pages, style: style), to: path)
        let document = try PDFDocument(path: path)
        return SheetParser().parse((1...document.pageCount).map { PageLayout(page: document.page($0)) })
    }

    static let columns = [ColumnSpec("Prijs / maand"), ColumnSpec("Eerste installatie /\nnieuwe locatie{1}"),
                          ColumnSpec("Kosten activering\nbij uitbreiding")]

    static func product(_ name: String, _ cells: String?..., annotation: String? = nil) -> RowSpec {
        .product(ProductRowSpec(name: name, annotation: annotation, cells: cells))
    }

    static let rows: [RowSpec] = [
        .group("Centrale{1}"),
        product("KPN EEN Connext Centrale{2}", "€ 5,00", "€ 0,00", "€ 0,00"),
        .group("Groepsopties"),
        product("KPN EEN Keuzemenu\ninstallatieservice", "€ 0,00", "€ 67,50", "€ 67,50"),
        product("KPN EEN Vast Bellen over\nInternet", "€ 21,20", nil, "€ 99,00"),
        product("KPN EEN Callcenter\nSupervisor", "€ 20,00", "€ 1.230,00", "€ 30,00", annotation: "(alleen bij Pro user)"),
        .group("Gebruikers{3}"),
        product("KPN EEN Connext Plus", "€ 4,50", "€ 15,00 (per gebruiker)", "€ 15,00"),
    ]

    static let footnotes = [FootnoteSpec(marker: "1", text: "Eerste noot."), FootnoteSpec(marker: "2", text: "Tweede noot."),
                            FootnoteSpec(marker: "3", text: "Derde noot die lang genoeg is om over meer dan een regel door te lopen op de pagina onderaan.")]

    static func page() -> PageSpec {
        PageSpec(blocks: [.table(TableSpec(caption: "Connext Voice", captionNote: "Door KPN te factureren", columns: columns, rows: rows))],
                 footnotes: footnotes)
    }

    static func check(_ sheet: ParsedSheet) throws {
        #expect(sheet.warnings == [])
        let table = try #require(sheet.tables.first)
        #expect(table.caption == "Connext Voice")
        #expect(table.note == "Door KPN te factureren")
        #expect(table.columns.map(\.label) == [.monthly, .firstInstallation, .extensionActivation])
        #expect(table.columns[1].markers == ["1"])
        #expect(table.rows.map(\.name) == ["KPN EEN Connext Centrale", "KPN EEN Keuzemenu installatieservice",
                                           "KPN EEN Vast Bellen over Internet", "KPN EEN Callcenter Supervisor (alleen bij Pro user)",
                                           "KPN EEN Connext Plus"])
        #expect(table.rows.map { $0.group?.text } == ["Centrale", "Groepsopties", "Groepsopties", "Groepsopties", "Gebruikers"])
        #expect(table.rows[0].markers == ["2"])
        #expect(table.rows[2].cells.map(\.column) == [0, 2], "the empty cell stays empty")
        #expect(table.rows[3].cells[1].amount.low == "1230.00")
        #expect(table.rows[4].cells[1].annotation == "(per gebruiker)")
        #expect(sheet.footnotes.map(\.marker) == ["1", "2", "3"])
        #expect(sheet.footnotes[2].text.hasSuffix("op de pagina onderaan."))
        #expect(sheet.accounting.count(.unaccounted) == 0)
    }

    @Test(arguments: SheetStyle.AmountPlacement.allCases)
    func wrappedNamesStayWithTheirAmounts(placement: SheetStyle.AmountPlacement) throws {
        var style = SheetStyle()
        style.amountPlacement = placement
        try Self.check(try Self.parse([Self.page()], style: style))
    }

    @Test(arguments: SheetStyle.GroupStyle.allCases)
    func groupRowsAreNotGluedOntoProducts(groupStyle: SheetStyle.GroupStyle) throws {
        var style = SheetStyle()
        style.groupStyle = groupStyle
        try Self.check(try Self.parse([Self.page()], style: style))
    }

    @Test func rightAlignedAmountsWithoutEuroSpaceAndSerif() throws {
        var style = SheetStyle()
        style.amountAlignment = .right
        style.euroSpacing = false
        style.fontFamily = "DejaVu Serif"
        style.markerStyle = .unicode
        try Self.check(try Self.parse([Self.page()], style: style))
    }

    @Test func footnoteNumbersRestartPerPage() throws {
        let sheet = try Self.parse([Self.page(), Self.page()])
        #expect(sheet.footnotes.map { "\($0.page).\($0.marker)" } == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"])
        #expect(sheet.tables.count == 2)
        #expect(sheet.tables.map(\.caption) == ["Connext Voice", "Connext Voice"])
        #expect(sheet.tables.map(\.isContinuation) == [false, false], "the caption is printed on both pages")
        #expect(sheet.warnings == [])
    }

    @Test func runningHeaderAndPageNumbersAreRecognised() throws {
        let sheet = try Self.parse([Self.page(), Self.page()])
        #expect(sheet.title == "Tarieven Test")
        #expect(sheet.accounting.count(.runningText) == 4)
    }

    @Test func proseAfterATableIsNotARow() throws {
        let page = PageSpec(blocks: [
            .table(TableSpec(caption: "Telefoonnummers", columns: [ColumnSpec("Prijs / maand"), ColumnSpec("Eenmalige kosten")],
                             rows: [Self.product("10-nummerblok nieuw/porteren", "€ 2,50", "€ 0,00")])),
            .paragraph("Onbeperkt bellen", bold: true),
            .bullets(["Bellen in Nederland is onbeperkt bij normaal gebruik met de vaste telefoon."]),
        ])
        let sheet = try Self.parse([page])
        #expect(sheet.tables[0].rows.map(\.name) == ["10-nummerblok nieuw/porteren"])
        #expect(sheet.warnings == [])
        #expect(sheet.pageTexts.contains { $0.kind == .prose && $0.text.contains("Onbeperkt bellen") })
    }

    @Test func unknownColumnHeaderIsAWarningNotAGuess() throws {
        let page = PageSpec(blocks: [.table(TableSpec(caption: "Opties", columns: [ColumnSpec("Prijs / maand"), ColumnSpec("Kosten per jaar")],
                                                      rows: [Self.product("Optie", "€ 2,50", "€ 30,00")]))])
        let sheet = try Self.parse([page])
        #expect(sheet.tables[0].columns.map(\.label) == [.monthly, nil])
        #expect(sheet.warnings.map(\.message) == ["unknown column header: no price label fits; its amounts are left out"])
        #expect(sheet.warnings.first?.page == 1)
    }

    @Test func tableContinuedOnTheNextPageKeepsItsCaption() throws {
        let many = (1...70).map { Self.product("Telefoonnummer nieuw \($0) blok", "€ 25,00", "€ 50,00", "€ 50,00") }
        let page = PageSpec(blocks: [.table(TableSpec(caption: "Telefoonnummers", columns: Self.columns, rows: many))])
        let sheet = try Self.parse([page])
        #expect(sheet.tables.count == 2)
        #expect(sheet.tables.map(\.caption) == ["Telefoonnummers", "Telefoonnummers"])
        #expect(sheet.tables[1].isContinuation)
        #expect(sheet.tables.flatMap(\.rows).count == 70)
    }

    @Test func rowThatDoesNotFitItsColumnsIsCountedNotRepaired() throws {
        let page = PageSpec(blocks: [.table(TableSpec(caption: "Opties", columns: [ColumnSpec("Prijs / maand"), ColumnSpec("Eenmalige kosten")],
                                                      rows: [Self.product("Optie A", "€ 2,50", "€ 30,00"),
                                                             Self.product("Optie B", "€ 2,50", "zie website")]))])
        let sheet = try Self.parse([page])
        #expect(sheet.tables[0].rows.count == 2)
        #expect(sheet.tables[0].doubtfulRows == 1)
        #expect(sheet.tables[0].rows[1].cells.map(\.column) == [0], "no guessed amount for the second column")
        #expect(sheet.warnings.map(\.message) == ["text in a price column without an amount: \"zie website\""])
    }

    @Test func cellWordsStandInForAmounts() throws {
        let columns = [ColumnSpec("Prijs / maand"), ColumnSpec("Eenmalige kosten")]
        let page = PageSpec(blocks: [.table(TableSpec(caption: "Opties", columns: columns, rows: [
            Self.product("Optie A", "€ 2,50", "op aanvraag"),
            Self.product("Optie B", "Gratis", "Gratis"),
            Self.product("Optie C", "n.v.t.", "€ 30,00"),
        ]))])
        let sheet = try Self.parse([page])
        let rows = sheet.tables[0].rows
        #expect(rows.map(\.name) == ["Optie A", "Optie B", "Optie C"], "a row of Gratis cells is a product, not a group row")
        #expect(rows.allSatisfy { $0.group == nil })
        #expect(rows[0].cells.map(\.kind) == [.amount, .onRequest])
        #expect(rows[1].cells.map(\.amount.low) == ["0.00", "0.00"])
        #expect(rows[2].cells.map(\.column) == [1], "n.v.t. is no price and no warning")
        #expect(sheet.warnings.isEmpty)
    }
}
