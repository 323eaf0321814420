import Catalogue
import Extraction
import Foundation
import Geometry
import Layout
import Renderer
import SheetFixtures
import Tables
import Testing
import TestSupport

/// One focused test per rule of the parser (`ParserRule`, the README's rule table), each on a
/// small sheet drawn for it: the sheet must read back exactly as drawn, and the rule must be
/// the one that decided what it is about.
@Suite struct ParserRuleTests {
    typealias S = RuleSheet

    static let columns = ["Prijs / maand", "Eenmalige kosten"]

    @Test func everyRuleHasItsTest() {
        // The tests below, by the rule each is about: a new rule needs a test of its own.
        let tested: Set<ParserRule> = [
            .duplicateGlyphs, .footnoteMarkers, .leadingMarkers, .lines, .runningText, .amounts, .headerRows, .spannerRules, .headerLabels,
            .captions, .columnZones, .columnKinds, .priceCells, .cellWords, .transposedTables, .tableBody, .rowBlocks,
            .groupRows, .ruledRows, .rowPitch, .amountPlacement, .sheetPlacement, .remarks, .wrappedText, .footnotes,
            .markerScope, .annotations, .sheetFacts, .prose, .unaccounted,
        ]
        #expect(tested == Set(ParserRule.allCases))
    }

    @Test func duplicateGlyphs() {
        let once = GlyphFactory.run("KPN EEN Fax", x: 50, baseline: 100)
        let twice = once.flatMap { glyph -> [Glyph] in
            var copy = glyph
            copy.box = Rect(minX: glyph.box.minX + 0.2, minY: glyph.box.minY, maxX: glyph.box.maxX + 0.2, maxY: glyph.box.maxY)
            return [glyph, copy]
        }
        let lines = PageLayout(page: GlyphFactory.page(twice)).lines
        #expect(lines.map(\.text) == ["KPN EEN Fax"])
    }

    @Test func footnoteMarkers() throws {
        let sheet = try S([S.table("Centrale", columns: Self.columns, [S.product("KPN EEN Connext Centrale{2}", "€ 250,00", nil)])],
                          footnotes: [FootnoteSpec(marker: "2", text: "Een keuzemenu vraagt de installatieservice.")])
        #expect(sheet.differences == [])
        #expect(sheet.catalogue.products[0].name == "KPN EEN Connext Centrale")
        #expect(sheet.catalogue.products[0].footnotes == ["p1.2"])
        #expect(sheet.verdict("KPN EEN Connext Centrale")?.markers == ["2"])
    }

    @Test func leadingMarkers() throws {
        let sheet = try S([S.table("Centrale{1}", columns: Self.columns, [S.product("KPN EEN Bel-me-nu", "€ 5,00", "€ 0,00")])],
                          footnotes: [FootnoteSpec(marker: "1", text: "Combinatievoordelen zijn van toepassing.")])
        #expect(sheet.differences == [])
        let footnote = try #require(sheet.verdict("1 Combinatievoordelen"))
        #expect(footnote.role == .footnote && footnote.rule == .footnotes)
    }

    @Test func lines() throws {
        let sheet = try S([S.table("Centrale", columns: Self.columns, [S.product("KPN EEN Fax naar e-mail", "€ 2,50", "€ 0,00")])])
        #expect(sheet.differences == [])
        // Name and amounts share a baseline: one line of three segments.
        #expect(sheet.verdict("KPN EEN Fax")?.text == "KPN EEN Fax naar e-mail € 2,50 € 0,00")
    }

    @Test func runningText() throws {
        let page = PageSpec(blocks: [S.table("Centrale", columns: Self.columns, [S.product("KPN EEN Fax", "€ 2,50", nil)])])
        let sheet = try S(SheetSpec(title: "Tarieven KPN EEN Regels", pages: [page, page]))
        #expect(sheet.differences == [])
        let running = sheet.lines(decidedBy: .runningText)
        #expect(running.map(\.text) == ["Tarieven KPN EEN Regels", "1", "Tarieven KPN EEN Regels", "2"])
        #expect(sheet.catalogue.source.title == "Tarieven KPN EEN Regels")
    }

    @Test func amounts() throws {
        let rows = [S.product("KPN EEN Vast", "€ 1.250,00", "€ 0,22 - € 0,43"), S.product("KPN EEN Mobiel", "€ 0,06", "€ 5,00")]
        for spacing in [true, false] {
            let sheet = try S([S.table("Tarieven", columns: ["Prijs / maand", "Kosten per minuut"], rows)],
                              style: S.style { $0.euroSpacing = spacing })
            #expect(sheet.differences == [], "euro spacing \(spacing)")
        }
    }

    @Test func headerRows() throws {
        let sheet = try S([S.table("Bellen", columns: ["Start-\ntarief", "Kosten\nper minuut"], [S.product("Nationaal", "€ 0,09", "€ 0,06")])])
        #expect(sheet.differences == [])
        #expect(sheet.lines(decidedBy: .headerRows).count == 2)
        #expect(sheet.catalogue.tables[0].columns.map(\.header) == ["Starttarief", "Kosten per minuut"])
    }

    @Test func headerLabels() throws {
        let sheet = try S([S.table("Bellen", columns: ["Starttarief", "Kosten per jaar"], [S.product("Nationaal", "€ 0,09", "€ 12,00")])])
        #expect(sheet.catalogue.tables[0].columns.map(\.label) == ["setupFee", nil])
        #expect(sheet.catalogue.products[0].prices.map(\.label) == [.setupFee])
        #expect(sheet.catalogue.warnings.map(\.message) == ["unknown column header: no price label fits; its amounts are left out"])
    }

    @Test func captions() throws {
        let sheet = try S([
            S.table("Connext Voice", note: "Door KPN te factureren", columns: Self.columns, [S.product("KPN EEN Fax", "€ 2,50", nil)]),
            S.table(nil, nameHeader: "Nationaal bellen", columns: ["Starttarief"], [S.product("Vast", "€ 0,09")]),
        ])
        #expect(sheet.differences == [])
        #expect(sheet.catalogue.tables.map(\.caption) == ["Connext Voice", "Nationaal bellen"])
        #expect(sheet.catalogue.tables[0].note == "Door KPN te factureren")
        #expect(sheet.verdict("Connext Voice")?.rule == .captions)
    }

    @Test func columnZones() throws {
        let rows = [S.product("KPN EEN Fax", "€ 2,50", "€ 1.250,00"), S.product("KPN EEN Bel-me-nu", nil, "€ 5,00")]
        let sheet = try S([S.table("Opties", columns: ["Abonnement per maand", "Eenmalige kosten"], rows)],
                          style: S.style { $0.amountAlignment = .right })
        #expect(sheet.differences == [])
        #expect(sheet.catalogue.products[1].prices.map(\.label) == [.oneTime])
    }

    @Test func columnKinds() throws {
        let rows = [S.product("KPN EEN Mobiel 10 GB", "10 GB", "€ 19,00"), S.product("KPN EEN Mobiel Onbeperkt", "Onbeperkt", "€ 32,50")]
        let sheet = try S([S.table("Bundels", columns: ["Data", "Maandprijs"], rows)])
        #expect(sheet.catalogue.tables[0].columns.map(\.kind) == [.attribute, .price])
        #expect(sheet.catalogue.products[0].attributes == [Attribute(column: "Data", value: "10 GB", quantity: .init(amount: "10", unit: "GB"))])
        #expect(sheet.catalogue.products[1].attributes == [Attribute(column: "Data", value: "Onbeperkt", unlimited: true)])
        #expect(sheet.catalogue.warnings == [], "an attribute column is no unknown price column")
    }

    @Test func cellWords() throws {
        let rows = [S.product("KPN EEN Extra Sim", "Gratis", "Gratis"), S.product("KPN EEN Maatwerk", "op aanvraag", "n.v.t.")]
        let sheet = try S([S.table("Opties", columns: Self.columns, rows)])
        #expect(sheet.catalogue.products.map(\.group) == [nil, nil], "a row of Gratis is a product, not a group row")
        #expect(sheet.catalogue.products[0].prices.map(\.value) == [.amount(Money("0.00")!), .amount(Money("0.00")!)])
        #expect(sheet.catalogue.products[1].prices.map(\.value) == [.onRequest])
        #expect(sheet.catalogue.warnings == [])
        #expect(sheet.verdict("KPN EEN Extra Sim")?.role == .productRow)
    }

    @Test func transposedTables() throws {
        let bundles = TableSpec(caption: "Sim Only", nameHeader: "", columns: [ColumnSpec("Data"), ColumnSpec("Maandprijs")],
                                rows: [S.product("Sim Only 5 GB", "5 GB", "€ 9,50"), S.product("Sim Only 10 GB", "10 GB", "€ 14,00")])
        var table = bundles
        table.transposed = true
        let sheet = try S([.table(table)])
        #expect(sheet.catalogue.tables.map(\.transposed) == [true])
        #expect(sheet.catalogue.products.map(\.name) == ["Sim Only 5 GB", "Sim Only 10 GB"])
        #expect(sheet.catalogue.products[1].prices.map(\.value) == [.amount(Money("14.00")!)])
        #expect(sheet.catalogue.products[1].attributes.map(\.value) == ["10 GB"])
        #expect(sheet.verdict("Maandprijs")?.rule == .transposedTables)
    }

    @Test func sheetFacts() throws {
        let sheet = try S([.paragraph("Deze tarieven zijn geldig vanaf 01-03-2027 en inclusief 21% btw."),
                           S.table("Opties", columns: Self.columns, [S.product("KPN EEN Fax", "€ 2,50", nil)])])
        #expect(sheet.catalogue.validFrom == "2027-03-01")
        #expect(sheet.catalogue.vatIncluded == true)
        let conflicting = try S([.paragraph("Prijzen exclusief btw."), .paragraph("Prijzen inclusief btw."),
                                 S.table("Opties", columns: Self.columns, [S.product("KPN EEN Fax", "€ 2,50", nil)])])
        #expect(conflicting.catalogue.vatIncluded == nil)
        #expect(conflicting.catalogue.warnings.count == 1)
    }

    /// A spanning label centred over three columns whose labels stand flush left in them stands
    /// over the middle label only: the rule drawn under it shows that it spans all three. The
    /// page read without its drawing takes it otherwise, so the rule is what decides.
    @Test func spannerRules() throws {
        let columns = ["Per GB", "Per minute", "Per sms"].map { ColumnSpec($0, group: "Buiten de bundel") }
        let rows = [S.product("KPN EEN Mobiel", "€ 0,24", "€ 0,68", "€ 0,80"), S.product("KPN EEN Mobiel Plus", "€ 0,12", "€ 2,60", "€ 0,30")]
        let spec = SheetSpec(title: "Tarieven KPN EEN Regels",
                             pages: [PageSpec(blocks: [.table(TableSpec(caption: "Gebruik", columns: columns, rows: rows))])],
                             style: S.style { $0.amountAlignment = .left; $0.columnWidths = [120, 120, 120] })
        let sheet = try S(spec)
        #expect(sheet.differences == [])
        #expect(sheet.catalogue.tables[0].columns.map(\.header) == columns.map { "Buiten de bundel " + $0.label })

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("spanner-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SheetRenderer.render(spec, to: path)
        let undrawn = PageParser().parse(PageLayout(page: try PDFDocument(path: path).page(1)), running: [])
        #expect(undrawn.tables.first?.columns.map(\.header) != columns.map { "Buiten de bundel " + $0.label })
        #expect(!undrawn.spannerGaps.isEmpty, "the parser asks to see the band under the spanning label")
    }

    /// A one-column table under an empty name header has a single label: it heads the table.
    @Test func loneLabelHeadsAOneColumnTable() throws {
        let rows = [S.product("KPN EEN Bellen naar\nBelgië", "€ 0,12"), S.product("KPN EEN Bellen naar Duitsland", "€ 0,15")]
        let sheet = try S([S.table("Internationaal bellen", nameHeader: "", columns: ["Per minuut"], rows)])
        #expect(sheet.differences == [])
        #expect(sheet.catalogue.products.map { $0.prices.map(\.label) } == [[.perMinute], [.perMinute]])
        #expect(sheet.verdict("Per minuut")?.rule == .headerRows)
    }

    @Test func priceCells() throws {
        let rows = [S.product("KPN EEN Connext Plus", "€ 4,50", "€ 15,00 (per gebruiker)")]
        let sheet = try S([S.table("Gebruikers", columns: Self.columns, rows)], style: S.style { $0.columnWidths = [90, 70] })
        #expect(sheet.differences == [])
        #expect(sheet.catalogue.products[0].prices.map(\.per) == [nil, "user"])
    }

    @Test func tableBody() throws {
        let sheet = try S([
            S.table("Centrale", columns: Self.columns, [S.product("KPN EEN Fax", "€ 2,50", nil)]),
            .paragraph("De prijzen gelden voor zakelijke klanten en worden per maand vooraf in rekening gebracht door KPN."),
        ])
        #expect(sheet.differences == [])
        #expect(sheet.verdict("De prijzen gelden")?.role == .prose)
    }

    @Test func rowBlocks() throws {
        let sheet = try S([S.table("Centrale", columns: Self.columns, [S.product("KPN EEN Fax", "€ 2,50", nil),
                                                                           S.product("KPN EEN Keuzemenu\ninstallatieservice", "€ 0,00", "€ 67,50")])])
        #expect(sheet.differences == [])
        #expect(sheet.verdict("installatieservice")?.rule == .rowBlocks)
    }

    @Test func groupRows() throws {
        let sheet = try S([S.table("Connext Voice", columns: Self.columns, [
            .group("Gebruikers"), S.product("KPN EEN Connext Plus", "€ 4,50", nil), S.product("KPN EEN Connext Pro", "€ 7,50", nil),
        ])])
        #expect(sheet.differences == [])
        #expect(sheet.catalogue.products.map(\.group) == ["Gebruikers", "Gebruikers"])
        #expect(sheet.verdict("Gebruikers")?.rule == .groupRows)
    }

    /// Rows set tight with amounts on each row's last name line: only the rules the page draws
    /// between them show where a row ends.
    @Test func ruledRows() throws {
        let rows = [S.product("KPN EEN Onbeperkt Bellen\nNederland", "€ 5,50", nil),
                    S.product("KPN EEN Desktop Integratie\nBasis", "€ 0,25", "€ 22,50"),
                    S.product("KPN EEN Gespreksopname\nVoor Teams", "€ 9,50", "€ 0,00")]
        let sheet = try S([S.table("Gebruikersopties", columns: Self.columns, rows)],
                          style: S.style { $0.rowPadding = 0; $0.rules = true; $0.amountPlacement = .lastLine })
        #expect(sheet.differences == [])
        #expect(!sheet.lines(decidedBy: .ruledRows).isEmpty)
    }

    /// Padding too thin for a gap still widens the pitch between rows.
    @Test func rowPitch() throws {
        let rows = [S.product("KPN EEN Onbeperkt Bellen\nNederland", "€ 5,50", nil),
                    S.product("KPN EEN Desktop Integratie\nBasis", "€ 0,25", "€ 22,50")]
        let sheet = try S([S.table("Gebruikersopties", columns: Self.columns, rows)],
                          style: S.style { $0.rowPadding = 1; $0.rules = false; $0.amountPlacement = .lastLine })
        #expect(sheet.differences == [])
        #expect(sheet.verdict("KPN EEN Desktop")?.rule == .rowPitch)
    }

    /// Rows touching, no rules: a name broken at a hyphen shows where each row's amounts stand.
    @Test func amountPlacement() throws {
        let rows = [S.product("Bellen naar Noord-\nAmerika", "€ 0,09", "€ 0,27"), S.product("Bellen naar Zuid-\nAfrika", "€ 0,09", "€ 0,32")]
        let sheet = try S([S.table("Internationaal", columns: ["Starttarief", "Kosten per minuut"], rows)],
                          style: S.style { $0.rowPadding = 0; $0.rules = false; $0.amountPlacement = .lastLine })
        #expect(sheet.differences == [])
        #expect(sheet.verdict("Bellen naar Noord-")?.rule == .amountPlacement)
    }

    /// Two tables on a page: the first shows the placement (a name broken at a hyphen), the
    /// second cannot tell and follows it.
    @Test func sheetPlacement() throws {
        let shows = [S.product("Bellen naar Noord-\nAmerika", "€ 0,09", "€ 0,27"), S.product("Bellen naar Zuid-\nAfrika", "€ 0,09", "€ 0,32")]
        let cannotTell = [S.product("KPN EEN Gespreksopname\nVoor Teams", "€ 9,50", "€ 0,00"),
                          S.product("KPN EEN Receptionist\nVoor Teams", "€ 6,50", "€ 0,00")]
        let sheet = try S([S.table("Internationaal", columns: ["Starttarief", "Kosten per minuut"], shows),
                           S.table("Opties", columns: Self.columns, cannotTell)],
                          style: S.style { $0.rowPadding = 0; $0.rules = false; $0.amountPlacement = .lastLine })
        #expect(sheet.differences == [])
        #expect(sheet.verdict("KPN EEN Gespreksopname")?.rule == .sheetPlacement)
    }

    @Test func remarks() throws {
        let rows = [S.product("Bellen naar Nederlandse nummers", "€ 0,06", nil,
                              remarks: ["On-net verkeer is gratis voor gesprekken binnen de organisatie."])]
        let sheet = try S([S.table("Nationaal", columns: ["Kosten per minuut", "Starttarief"], rows)])
        #expect(sheet.differences == [])
        #expect(sheet.catalogue.products[0].notes == ["On-net verkeer is gratis voor gesprekken binnen de organisatie."])
        #expect(sheet.verdict("On-net")?.rule == .remarks)
    }

    @Test func wrappedText() throws {
        let rows = [S.product("Midden-\nen Zuid-Europa, Noord-\nAmerika", "€ 0,09", "€ 0,11")]
        let sheet = try S([S.table("Internationaal", columns: ["Start-\ntarief", "Kosten per minuut"], rows)])
        #expect(sheet.differences == [])
        #expect(sheet.catalogue.products[0].name == "Midden- en Zuid-Europa, Noord-Amerika")
        #expect(sheet.catalogue.tables[0].columns[0].header == "Starttarief")
    }

    @Test func footnotes() throws {
        let long = "Bij uitbreiding worden deze kosten nogmaals berekend, ongeacht het aantal gebruikers dat op de centrale "
            + "wordt aangesloten of later wordt toegevoegd aan de groep."
        let sheet = try S([S.table("Centrale", columns: Self.columns, [S.product("KPN EEN Fax{1}", "€ 2,50", nil),
                                                                           S.product("KPN EEN Bel-me-nu{2}", "€ 5,00", nil)])],
                          footnotes: [FootnoteSpec(marker: "1", text: long), FootnoteSpec(marker: "2", text: "Alleen zakelijk.")])
        #expect(sheet.differences == [])
        #expect(sheet.catalogue.footnotes.map(\.id) == ["p1.1", "p1.2"])
        #expect(sheet.lines(decidedBy: .footnotes).count >= 3)
    }

    @Test func markerScope() throws {
        let sheet = try S([S.table("Connext Voice{1}", columns: ["Prijs / maand", "Eenmalige kosten{2}"], [
            .group("Gebruikers{3}"), S.product("KPN EEN Connext Plus", "€ 4,50", "€ 15,00"), S.product("KPN EEN Connext Pro", "€ 7,50", nil),
        ])], footnotes: ["1", "2", "3"].map { FootnoteSpec(marker: $0, text: "Voorwaarde \($0) is van toepassing.") })
        #expect(sheet.differences == [])
        #expect(sheet.catalogue.products.map(\.footnotes) == [["p1.1", "p1.2", "p1.3"], ["p1.1", "p1.3"]])
    }

    @Test func annotations() throws {
        let rows = [S.product("KPN EEN Callcenter Agent", "€ 5,00", "€ 15,00 (per gebruiker)", annotation: "(alleen bij Pro user)")]
        let sheet = try S([S.table("Gebruikersopties", columns: Self.columns, rows)])
        #expect(sheet.differences == [])
        #expect(sheet.catalogue.products[0].requires == ["Pro"])
        #expect(sheet.catalogue.products[0].prices.map(\.per) == [nil, "user"])
    }

    @Test func prose() throws {
        let rounding = RoundingStatement.all[0]
        let sheet = try S([S.table("Nationaal", columns: ["Kosten per minuut"], [S.product("Bellen naar vaste nummers", "€ 0,06")]),
                           .paragraph("Alle tarieven zijn per gesprek. " + rounding.sentence)], rounding: rounding)
        #expect(sheet.differences == [])
        #expect(sheet.catalogue.products[0].rounding == rounding.rounding)
        #expect(sheet.verdict("Alle tarieven")?.rule == .prose)
    }

    @Test func unaccounted() throws {
        let sheet = try S([.paragraph("Toeslag weekend € 5,00"),
                           S.table("Centrale", columns: Self.columns, [S.product("KPN EEN Fax", "€ 2,50", nil)])])
        let line = try #require(sheet.verdict("Toeslag weekend"))
        #expect(line.role == .unaccounted && line.rule == .unaccounted)
        #expect(sheet.catalogue.warnings.map(\.message) == ["amounts outside any table (no column header found above them)"])
    }
}
