import Foundation
import Testing
import Renderer

/// A spec survives JSON unchanged, so a sheet saved as a regression case draws again exactly.
@Suite struct SpecCodingTests {
    /// Every kind of block and row, optional fields set and unset, a style off its defaults.
    static var everyKind: SheetSpec {
        var style = SheetStyle()
        style.fontFamily = "DejaVu Serif"
        style.bodySize = 8.5
        style.columnWidths = [70, 110.5]
        style.amountAlignment = .right
        style.amountPlacement = .lastLine
        style.groupStyle = .filled
        style.markerStyle = .unicode
        style.rowPadding = 0
        style.rules = false
        let table = TableSpec(caption: "Connext Voice{1}", captionNote: "Door KPN te factureren", nameHeader: "Dienst",
                              columns: [ColumnSpec("Prijs per\nmaand"), ColumnSpec("Eenmalig")],
                              rows: [.group("Bellen{2}"),
                                     .product(ProductRowSpec(name: "KPN EEN\nnieuwe locatie", annotation: "(alleen bij Pro user)",
                                                             cells: ["€ 15,00 (per gebruiker)", nil], remarks: ["Per minuut"])),
                                     .product(ProductRowSpec(name: "Zweden", cells: [nil, "€ 0,22 - € 0,43"]))])
        let first = PageSpec(blocks: [.sectionTitle("Bellen"), .table(table), .footnotes([FootnoteSpec(marker: "1", text: "Vanaf")]),
                                      .paragraph("Afronding", bold: true), .bullets(["één", "twee"]), .spacer(4.5)],
                             footnotes: [FootnoteSpec(marker: "2", text: "Niet in het buitenland")])
        return SheetSpec(title: "Tarieven", pages: [first, PageSpec(blocks: [.paragraph("Slot")])], style: style)
    }

    @Test func aSpecReadsBackFromItsJSON() throws {
        let json = try JSONEncoder().encode(Self.everyKind)
        #expect(try JSONDecoder().decode(SheetSpec.self, from: json) == Self.everyKind)
    }

    /// Unlabelled values carry names, so a saved spec reads without the synthesised `_0`.
    @Test func blocksAndRowsNameTheirValues() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let paragraph = String(decoding: try encoder.encode(Block.paragraph("Slot", bold: true)), as: UTF8.self)
        #expect(paragraph == #"{"paragraph":{"bold":true,"text":"Slot"}}"#)
        let group = String(decoding: try encoder.encode(RowSpec.group("Bellen")), as: UTF8.self)
        #expect(group == #"{"group":{"text":"Bellen"}}"#)
    }

    /// A style missing a knob does not decode: a knob silently defaulted would draw another sheet.
    @Test func aStyleMissingAKnobDoesNotDecode() throws {
        var object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(SheetStyle())) as? [String: Any])
        object["rowPadding"] = nil
        let json = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SheetStyle.self, from: json) }
    }
}
