import Foundation
import Testing
@testable import Renderer

/// What the KPN family's sheets print beyond Connext Voice, drawn by the renderer: two-level
/// headers, transposed tables, empty name headers, caption notes on their own line, plain star
/// markers, soft hyphens and the family's cell texts.
@Suite struct FamilyFeatureTests {
    static func product(_ name: String, _ cells: String?...) -> RowSpec {
        .product(ProductRowSpec(name: name, cells: cells))
    }

    static func sheet(_ blocks: [Block], footnotes: [FootnoteSpec] = [], style: SheetStyle = SheetStyle()) -> SheetSpec {
        SheetSpec(title: "Tarieven KPN EEN Zakelijk", pages: [PageSpec(blocks: blocks, footnotes: footnotes)], style: style)
    }

    static let twoLevel = TableSpec(caption: "Mobiele abonnementen", columns: [
        ColumnSpec("Data"), ColumnSpec("12 maanden", group: "Maandprijs"), ColumnSpec("24 maanden", group: "Maandprijs"),
        ColumnSpec("Aansluitkosten"),
    ], rows: [product("KPN EEN Zakelijk Mobiel 10 GB", "10 GB", "€ 19,00", "€ 17,10", "€ 30,00")])

    // MARK: Coding

    @Test func theNewFieldsReadBackFromJSON() throws {
        let table = TableSpec(caption: "Sim Only", captionNote: "Per simkaart", notePlacement: .ownLine, nameHeader: "",
                              columns: [ColumnSpec("Data"), ColumnSpec("1 jaar", group: "Prijs / maand")],
                              rows: [Self.product("Sim Only 3 GB", "3 GB", "€ 9,50")], transposed: true)
        let json = try JSONEncoder().encode(table)
        #expect(try JSONDecoder().decode(TableSpec.self, from: json) == table)
    }

    /// A spec saved before the family fields existed reads with their defaults, and writes back
    /// without them: pinned specs stay exactly what they were.
    @Test func aSpecWithoutTheNewFieldsReadsAndWritesAsBefore() throws {
        let old = #"{"caption":"Connext Voice","columns":[{"label":"Prijs \/ maand"}],"nameHeader":"Productnaam","rows":[]}"#
        let table = try JSONDecoder().decode(TableSpec.self, from: Data(old.utf8))
        #expect(table.notePlacement == .beside)
        #expect(table.transposed == false)
        #expect(table.columns.map(\.group) == [nil])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(table), as: UTF8.self) == old)
    }

    // MARK: Two-level headers

    @Test(.enabled(if: PdfProbe.hasPoppler))
    func aSpannerIsCentredOverExactlyItsColumns() throws {
        let style = SheetStyle()
        let pdf = try SheetRenderer.renderData(Self.sheet([.table(Self.twoLevel)]))
        let words = try PdfProbe.words(pdf, page: 1)
        let spanner = try #require(words.first { $0.text == "Maandprijs" })
        let twelve = try #require(words.first { $0.text == "12" })
        let twentyFour = try #require(words.first { $0.text == "24" })
        let data = try #require(words.first { $0.text == "Data" })
        let columns = SheetMetrics(style: style).priceColumns(count: 4)
        let spanLeft = columns[1].x, spanRight = columns[2].x + columns[2].width
        #expect(spanner.xMin > spanLeft && spanner.xMax < spanRight)
        #expect(abs((spanner.xMin + spanner.xMax) / 2 - (spanLeft + spanRight) / 2) < 0.5, "centred over its columns")
        #expect(spanner.yMax < twelve.yMin, "the spanner stands above its columns' labels")
        #expect(abs(twelve.yMin - twentyFour.yMin) < 0.01)
        #expect(abs(data.yMin - twelve.yMin) < 0.01, "an ungrouped label sits on the lower line")
        let name = try #require(words.first { $0.text == "Productnaam" })
        #expect(abs(name.yMin - twelve.yMin) < 0.01)
    }

    @Test func consecutiveColumnsOfOneGroupFormOneSpan() {
        let spans = RowBuilder.groupSpans([ColumnSpec("Data"), ColumnSpec("1 jaar", group: "Prijs / maand"),
                                           ColumnSpec("2 jaar", group: "Prijs / maand"), ColumnSpec("Eenmalig"),
                                           ColumnSpec("1 jaar", group: "Korting")])
        #expect(spans.map(\.label) == ["Prijs / maand", "Korting"])
        #expect(spans.map(\.columns) == [1..<3, 4..<5])
    }

    /// A table without groups draws as it always did: the header is one line of labels.
    @Test func aTableWithoutGroupsDrawsAsBefore() throws {
        var table = Self.twoLevel
        table.columns = table.columns.map { ColumnSpec($0.label) }
        let plain = try SheetRenderer.renderData(Self.sheet([.table(table)]))
        let again = try SheetRenderer.renderData(Self.sheet([.table(TableSpec(caption: table.caption, columns: table.columns,
                                                                              rows: table.rows))]))
        #expect(plain == again)
    }

    // MARK: Transposed tables

    static let transposed = TableSpec(caption: "Sim Only", nameHeader: "", columns: [
        ColumnSpec("Data"), ColumnSpec("Bellen"), ColumnSpec("Maandprijs"), ColumnSpec("Aansluitkosten"),
    ], rows: [
        product("Alfa", "3 GB", "300 min", "€ 9,50", "€ 20,00"),
        product("Bravo", "10 GB", "Onbeperkt", "€ 14,00", "Gratis"),
        product("Charlie", "Onbeperkt", "Onbeperkt", "€ 27,00", "Gratis"),
    ], transposed: true)

    @Test(.enabled(if: PdfProbe.hasPoppler))
    func aTransposedTablePutsProductNamesInTheHeaderRow() throws {
        let pdf = try SheetRenderer.renderData(Self.sheet([.table(Self.transposed)]))
        let words = try PdfProbe.words(pdf, page: 1)
        let names = try ["Alfa", "Bravo", "Charlie"].map { name in try #require(words.first { $0.text == name }) }
        #expect(Set(names.map(\.yMin)).count == 1, "the names share the header line")
        #expect(names.map(\.xMin) == names.map(\.xMin).sorted(), "left to right in row order")
        let facts = try ["Data", "Bellen", "Maandprijs", "Aansluitkosten"].map { label in
            try #require(words.first { $0.text == label })
        }
        let style = SheetStyle()
        #expect(facts.allSatisfy { abs($0.xMin - (style.marginX + 4)) < 0.01 }, "fact labels in the first column")
        #expect(facts.allSatisfy { $0.yMin > names[0].yMax }, "fact rows under the header")
        // Each product's cells stand in its column, on its fact's row.
        let nine = try #require(words.first { $0.text == "9,50" })
        #expect(abs(nine.yMin - facts[2].yMin) < 0.5)
        let alfa = names[0], bravo = names[1]
        #expect(nine.xMin >= alfa.xMin - 8 && nine.xMax < bravo.xMin)
        let gratis = words.filter { $0.text == "Gratis" }
        #expect(gratis.count == 2)
        #expect(gratis.allSatisfy { abs($0.yMin - facts[3].yMin) < 0.5 })
    }

    @Test func aTransposedTableReportsItsProductsOnTheHeadersPage() throws {
        let report = try SheetRenderer.renderWithReport(Self.sheet([.table(Self.transposed)])).report
        #expect(report.rows.map(\.row) == [0, 1, 2])
        #expect(report.rows.allSatisfy { $0.physicalPage == 1 })
    }

    @Test func aTransposedTableWithAGroupRowIsRefused() {
        var table = Self.transposed
        table.rows.insert(.group("Bundels"), at: 0)
        #expect(throws: RenderError.invalidSpec("transposed table \"Sim Only\" has a group row \"Bundels\"")) {
            try SheetRenderer.renderData(Self.sheet([.table(table)]))
        }
    }

    // MARK: Name header and caption note

    @Test(.enabled(if: PdfProbe.hasPoppler))
    func anEmptyNameHeaderDrawsNothingInItsCell() throws {
        let table = TableSpec(caption: "Buiten de bundel", nameHeader: "",
                              columns: [ColumnSpec("Per minuut"), ColumnSpec("Per sms"), ColumnSpec("Per MB")],
                              rows: [Self.product("Nederland", "0,25", "0,10", "0,0050")])
        let pdf = try SheetRenderer.renderData(Self.sheet([.table(table)]))
        let words = try PdfProbe.words(pdf, page: 1)
        let per = try #require(words.first { $0.text == "Per" })
        let style = SheetStyle()
        let headerLine = words.filter { abs($0.yMin - per.yMin) < 0.5 }
        #expect(headerLine.allSatisfy { $0.xMin >= style.marginX + style.nameColumnWidth }, "nothing in the name column")
        #expect(headerLine.map(\.text) == ["Per", "minuut", "Per", "sms", "Per", "MB"])
        #expect(words.contains { $0.text == "0,0050" })
    }

    @Test(.enabled(if: PdfProbe.hasPoppler))
    func aNoteOnItsOwnLineStandsLeftUnderTheCaption() throws {
        let table = TableSpec(caption: "Extra data", captionNote: "Bovenop de bundel", notePlacement: .ownLine,
                              columns: [ColumnSpec("Prijs / maand")], rows: [Self.product("Extra data 1 GB", "€ 5,00")])
        let pdf = try SheetRenderer.renderData(Self.sheet([.table(table)]))
        let words = try PdfProbe.words(pdf, page: 1)
        let caption = try #require(words.first { $0.text == "Extra" })
        let note = try #require(words.first { $0.text == "Bovenop" })
        let header = try #require(words.first { $0.text == "Productnaam" })
        #expect(note.xMin == caption.xMin, "left-aligned with the caption")
        #expect(note.yMin >= caption.yMax - 0.5 && note.yMax <= header.yMin, "between the caption and the header")
        #expect(note.height < caption.height, "in the regular, smaller font")
    }

    // MARK: Markers

    @Test(.enabled(if: PdfProbe.hasPoppler))
    func starMarkersArePlainText() throws {
        let table = TableSpec(caption: "Mobiel", columns: [ColumnSpec("Prijs / maand")], rows: [
            Self.product("Zakelijk Onbeperkt*", "€ 32,50"), Self.product("Zakelijk Data**", "€ 27,50"),
        ])
        let notes = [FootnoteSpec(marker: "*", text: "Bij normaal gebruik."), FootnoteSpec(marker: "**", text: "In de EU 30 GB.")]
        let pdf = try SheetRenderer.renderData(Self.sheet([.table(table)], footnotes: notes))
        let words = try PdfProbe.words(pdf, page: 1)
        #expect(words.contains { $0.text == "Onbeperkt*" }, "the star stays on its word, as typed")
        #expect(words.contains { $0.text == "Data**" })
        for (marker, first) in [("*", "Bij"), ("**", "In")] {
            let star = try #require(words.first { $0.text == marker })
            let text = try #require(words.first { $0.text == first && $0.yMin > star.yMin - 2 && $0.yMin < star.yMin + 2 })
            #expect(abs(star.yMax - text.yMax) < 0.01, "\(marker) sits on its note's baseline")
            #expect(abs(star.height - text.height) < 0.01, "\(marker) in the note's own size")
        }
    }

    /// A raised `{*}` is still drawn as a marker, like a digit.
    @Test(.enabled(if: PdfProbe.hasPoppler))
    func aBracedStarIsRaised() throws {
        let table = TableSpec(caption: "Mobiel", columns: [ColumnSpec("Prijs / maand")],
                              rows: [Self.product("Zakelijk Onbeperkt{*}", "€ 32,50")])
        let words = try PdfProbe.words(try SheetRenderer.renderData(Self.sheet([.table(table)])), page: 1)
        let name = try #require(words.first { $0.text == "Onbeperkt" })
        let star = try #require(words.first { $0.text == "*" })
        #expect(star.height < name.height * 0.75)
    }

    // MARK: Soft hyphens

    /// Where a name breaks at a soft hyphen, the PDF's text has U+00AD at the end of the line,
    /// drawn as a hyphen, whether the spec forces the break or Pango wraps there.
    /// The name column of 152 pt leaves 144 pt of text: "KPN EEN Zakelijk Internet Ser-" fits
    /// (136 pt at 9 pt), "… Service" does not (150 pt), so Pango wraps at the soft hyphen itself.
    @Test(.enabled(if: PdfProbe.hasPoppler), arguments: [
        "KPN EEN Zakelijk Internet Ser\u{00AD}\nvice Plus",
        "KPN EEN Zakelijk Internet Ser\u{00AD}vice Plus",
    ])
    func aSoftHyphenAtALineBreakIsExtracted(name: String) throws {
        var style = SheetStyle()
        style.nameColumnWidth = 152
        let table = TableSpec(caption: "Zakelijk Internet", columns: [ColumnSpec("Prijs / maand")],
                              rows: [Self.product(name, "€ 69,00")])
        let pdf = try SheetRenderer.renderData(Self.sheet([.table(table)], style: style))
        let words = try PdfProbe.words(pdf, page: 1)
        let first = try #require(words.first { $0.text.hasPrefix("Ser") })
        #expect(first.text == "Ser\u{00AD}")
        let rest = try #require(words.first { $0.text == "vice" })
        #expect(rest.yMin > first.yMax - 0.5, "the word goes on on the next line")
        #expect(first.xMax - first.xMin > 17, "the box holds the hyphen's width too (\"Ser\" alone is 14 pt)")
    }

    @Test(.enabled(if: PdfProbe.hasPoppler))
    func aSoftHyphenInsideALineStaysInvisible() throws {
        let table = TableSpec(caption: "Zakelijk Internet", columns: [ColumnSpec("Prijs / maand")],
                              rows: [Self.product("Ser\u{00AD}vice", "€ 69,00")])
        let words = try PdfProbe.words(try SheetRenderer.renderData(Self.sheet([.table(table)])), page: 1)
        #expect(words.contains { $0.text == "Service" })
    }

    // MARK: Cells

    /// The family's cell texts are drawn as amounts are: in the style's alignment.
    @Test(.enabled(if: PdfProbe.hasPoppler))
    func familyCellsAlignAsAmountsDo() throws {
        var style = SheetStyle()
        style.amountAlignment = .right
        let cells = ["Gratis", "n.v.t.", "op aanvraag", "–", "0,25", "€ 45,-", "€ 0,0050", "€ 1.250,00", "€ 0,22 - € 0,43"]
        let table = TableSpec(caption: "Cellen", columns: [ColumnSpec("Prijs")],
                              rows: cells.enumerated().map { Self.product("Rij \($0.offset)", $0.element) })
        let words = try PdfProbe.words(try SheetRenderer.renderData(Self.sheet([.table(table)], style: style)), page: 1)
        let right = style.pageWidth - style.marginX - 4
        let lastWords = ["Gratis", "n.v.t.", "aanvraag", "–", "0,25", "45,-", "0,0050", "1.250,00", "0,43"]
        for word in lastWords {
            let box = try #require(words.first { $0.text == word }, "\(word)")
            #expect(abs(box.xMax - right) < 0.6, "\(word) ends at the column's right edge")
        }
    }
}
