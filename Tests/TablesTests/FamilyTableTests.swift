import Catalogue
import Extraction
import Foundation
import Layout
import Renderer
import Tables
import Testing

/// The family's tables (other KPN sheets than Connext Voice) drawn by the renderer and read back:
/// attribute columns, cell words, bare amounts, star markers, footnote blocks, caption notes.
@Suite struct FamilyTableTests {
    static func product(_ name: String, _ cells: String?...) -> RowSpec {
        .product(ProductRowSpec(name: name, cells: cells))
    }

    static func catalogue(_ pages: [PageSpec]) throws -> (sheet: ParsedSheet, catalogue: Catalogue) {
        let sheet = try RenderedTableTests.parse(pages)
        return (sheet, CatalogueBuilder().build(sheet, source: Source(file: "family.pdf", sha256: "", pages: pages.count, title: nil)))
    }

    static let bundles = TableSpec(caption: "Mobiele abonnementen", captionNote: "Door KPN te factureren",
                                   columns: [ColumnSpec("Data"), ColumnSpec("Bellen"), ColumnSpec("Maandprijs"), ColumnSpec("Aansluitkosten")],
                                   rows: [.group("Bundels"),
                                          product("KPN EEN Mobiel 5 GB*", "5 GB", "Onbeperkt", "€ 15,00", "€ 30,00"),
                                          product("KPN EEN Mobiel Onbeperkt**", "Onbeperkt", "Onbeperkt", "€ 1.250,00", "€ 45,-"),
                                          product("KPN EEN Extra Sim", "n.v.t.", "n.v.t.", "Gratis", "Gratis"),
                                          product("KPN EEN Maatwerk", "–", "–", "op aanvraag", "op aanvraag")])

    @Test func attributeColumnsAreReadAsText() throws {
        let page = PageSpec(blocks: [.table(Self.bundles)],
                            footnotes: [FootnoteSpec(marker: "*", text: "Alleen nieuw."), FootnoteSpec(marker: "**", text: "Fair use.")])
        let (sheet, catalogue) = try Self.catalogue([page])
        #expect(sheet.warnings.isEmpty)
        #expect(catalogue.tables[0].columns.map(\.kind) == [.attribute, .attribute, .price, .price])
        let products = catalogue.products
        #expect(products.map(\.name) == ["KPN EEN Mobiel 5 GB", "KPN EEN Mobiel Onbeperkt", "KPN EEN Extra Sim", "KPN EEN Maatwerk"],
                "star markers leave the name")
        #expect(products.map { $0.group } == ["Bundels", "Bundels", "Bundels", "Bundels"], "a row of Gratis cells is no group row")
        #expect(products[0].attributes == [Attribute(column: "Data", value: "5 GB", quantity: .init(amount: "5", unit: "GB")),
                                           Attribute(column: "Bellen", value: "Onbeperkt", unlimited: true)])
        #expect(products[0].footnotes == ["p1.*"])
        #expect(products[1].footnotes == ["p1.**"])
        #expect(products[1].prices.map(\.value) == [.amount(Money("1250.00")!), .amount(Money("45.00")!)])
        #expect(products[2].prices.map(\.value) == [.amount(Money("0.00")!), .amount(Money("0.00")!)])
        #expect(products[3].prices.map(\.value) == [.onRequest, .onRequest])
        #expect(catalogue.footnotes.map(\.text) == ["Alleen nieuw.", "Fair use."])
    }

    @Test func bareAmountsUnderAnEmptyFirstHeaderCell() throws {
        let usage = TableSpec(caption: "Gebruik", nameHeader: "", columns: [ColumnSpec("Per minuut"), ColumnSpec("Per sms"), ColumnSpec("Per MB")],
                              rows: [Self.product("Bellen in Nederland", "0,25", "0,0050", "0,0125"),
                                     Self.product("Bellen naar Europa", "0,45", "n.v.t.", "0,0100")])
        let (sheet, catalogue) = try Self.catalogue([PageSpec(blocks: [.table(usage)])])
        #expect(sheet.warnings.isEmpty)
        #expect(catalogue.tables.map(\.caption) == ["Gebruik"])
        #expect(catalogue.products.map(\.name) == ["Bellen in Nederland", "Bellen naar Europa"])
        #expect(catalogue.products[0].prices.map(\.label) == [.perMinute, .perSms, .perMB])
        #expect(catalogue.products[0].prices.map(\.value) == [.amount(Money("0.25")!), .amount(Money("0.0050")!), .amount(Money("0.0125")!)],
                "every printed decimal kept")
        #expect(catalogue.products[1].prices.count == 2)
    }

    @Test func eachTableLinksToItsOwnFootnoteBlock() throws {
        let first = TableSpec(caption: "Opties", columns: [ColumnSpec("Prijs / maand")], rows: [Self.product("Optie A{1}", "€ 5,00")])
        let second = TableSpec(caption: "Roaming", columns: [ColumnSpec("Prijs / maand")], rows: [Self.product("Roaming{1}", "€ 10,00")])
        let page = PageSpec(blocks: [.table(first), .footnotes([FootnoteSpec(marker: "1", text: "Noot van het eerste blok.")]),
                                     .table(second), .footnotes([FootnoteSpec(marker: "1", text: "Noot van het tweede blok.")])])
        let (_, catalogue) = try Self.catalogue([page])
        #expect(catalogue.footnotes.map(\.id) == ["p1.1", "p1.2.1"])
        #expect(catalogue.products.map(\.footnotes) == [["p1.1"], ["p1.2.1"]])
    }

    @Test func aCaptionNoteOnTheCaptionsOwnSegmentIsTheNote() throws {
        var table = Self.bundles
        table.caption = "Connext Voice Door KPN te factureren"
        table.captionNote = nil
        let (_, catalogue) = try Self.catalogue([PageSpec(blocks: [.table(table)])])
        #expect(catalogue.tables.map(\.caption) == ["Connext Voice"])
        #expect(catalogue.tables.map(\.note) == ["Door KPN te factureren"])
    }

    @Test func validityAndVATAreReadFromTheSheetsSentences() throws {
        let page = PageSpec(blocks: [.paragraph("Geldig vanaf 1 maart 2027. Alle prijzen zijn exclusief btw."), .table(Self.bundles)])
        let (_, catalogue) = try Self.catalogue([page])
        #expect(catalogue.validFrom == "2027-03-01")
        #expect(catalogue.vatIncluded == false)
    }
}

/// The vocabulary's readings of header and cell words, without a page.
@Suite struct FamilyWordTests {
    @Test func termsInHeaders() {
        let vocabulary = Vocabulary.standard
        #expect(vocabulary.term(in: "12 maanden").months == 12)
        #expect(vocabulary.term(in: "Prijs per maand 2 jaar").months == 24)
        #expect(vocabulary.term(in: "Prijs per maand 2 jaar").rest == "Prijs per maand")
        #expect(vocabulary.term(in: "24mnd").months == 24)
        #expect(vocabulary.term(in: "Prijs / maand").months == nil)
        #expect(vocabulary.label(for: vocabulary.term(in: "Eenmalig 12 maanden").rest) == .oneTime, "the term is no monthly price")
    }

    @Test func newLabels() {
        let vocabulary = Vocabulary.standard
        #expect(vocabulary.label(for: "Aansluitkosten") == .oneTime)
        #expect(vocabulary.label(for: "Per sms") == .perSms)
        #expect(vocabulary.label(for: "Per MB") == .perMB)
        #expect(vocabulary.label(for: "Per GB") == .perGB)
        #expect(vocabulary.label(for: "Monthly fee") == .monthly)
        #expect(vocabulary.label(for: "Per minute") == .perMinute)
        #expect(vocabulary.label(for: "Kosten per minuut mobiele nummer") == .perMinuteMobile)
        #expect(vocabulary.label(for: "Data") == nil)
    }

    @Test func aSoftHyphenJoinsItsWordAndLeaves() {
        #expect(TextJoiner().join(["KPN EEN Ser\u{00AD}", "vice Plus"]) == "KPN EEN Service Plus")
        #expect(TextJoiner().join(["Onbe\u{00AD}perkt"]) == "Onbeperkt")
    }

    @Test func amountsToTheLastPrintedDecimal() {
        #expect(AmountSyntax.canonical("0,0050") == "0.0050")
        #expect(AmountSyntax.canonical("0.0050") == "0.0050")
        #expect(AmountSyntax.canonical("45,-") == "45.00")
        #expect(AmountSyntax.canonical("1.250") == nil, "thousands or decimals: unclear")
    }
}
