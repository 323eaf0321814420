/// A sample sheet of the KPN family, "Tarieven KPN EEN Zakelijk Mobiel": invented in the house
/// style of Connext Voice (Samples/connext-voice.pdf) to carry what the family's mobile sheets
/// print and Connext Voice does not. Samples/zakelijk-mobiel.pdf is this spec drawn; its
/// catalogue, typed by hand from this file, is Tests/EndToEndTests/Fixtures/zakelijk-mobiel.expected.json.
///
/// What it carries, page by page:
/// 1. the validity date and the VAT statement as paragraphs above the first table; attribute
///    columns ("Data": "5 GB" … "Onbeperkt"; "Bellen": "Onbeperkt", "n.v.t."); a two-level
///    header ("Maandprijs" over "12 maanden" and "24 maanden"); a setup column
///    ("Aansluitkosten", with a "Gratis" cell); group rows; plain star markers (`*`, `**`) on
///    names with footnotes "*" and "**"; the caption note beside the caption.
/// 2. two tables, each followed by its own footnote block numbered from 1; a caption note on a
///    line of its own; "–" cells; an annotation "(alleen bij Pro user)"; a product whose cells are
///    all "op aanvraag".
/// 3. a usage table whose first header cell is empty, of bare amounts without "€" ("0,25",
///    four decimals "0,0050"), "Gratis" and "n.v.t." cells; a calls table with a range
///    ("€ 0,22 - € 0,43") and names repeated from the usage table (ids "-2").
/// 4. a transposed table: four bundles as columns, the facts "Data", "Bellen", "Maandprijs"
///    and "Aansluitkosten" as rows.
public enum ZakelijkMobielSample {
    public static let title = "Tarieven KPN EEN Zakelijk Mobiel"

    static let note = "Door KPN te factureren"

    /// The default look, with a narrower name column and explicit widths for the five-column
    /// subscription table, so "Aansluitkosten" fits its column.
    public static var style: SheetStyle {
        var style = SheetStyle()
        style.nameColumnWidth = 150
        style.columnWidths = [60, 60, 74, 74, 81.28]
        return style
    }

    public static func sheet(style: SheetStyle = ZakelijkMobielSample.style) -> SheetSpec {
        SheetSpec(title: title, pages: [subscriptionsPage, extrasPage, usagePage, simOnlyPage], style: style)
    }

    static func product(_ name: String, _ cells: String?..., annotation: String? = nil) -> RowSpec {
        .product(ProductRowSpec(name: name, annotation: annotation, cells: cells))
    }

    static let subscriptionsPage = PageSpec(blocks: [
        .paragraph("Geldig vanaf 1 maart 2027"),
        .paragraph("Alle prijzen zijn exclusief btw."),
        .table(TableSpec(caption: "Mobiele abonnementen", captionNote: note,
                         columns: [ColumnSpec("Data"), ColumnSpec("Bellen"),
                                   ColumnSpec("12 maanden", group: "Maandprijs"),
                                   ColumnSpec("24 maanden", group: "Maandprijs"),
                                   ColumnSpec("Aansluitkosten")], rows: [
            .group("Bundels"),
            product("KPN EEN Zakelijk Mobiel 5 GB", "5 GB", "Onbeperkt", "€ 15,00", "€ 13,50", "€ 30,00"),
            product("KPN EEN Zakelijk Mobiel 10 GB", "10 GB", "Onbeperkt", "€ 19,00", "€ 17,10", "€ 30,00"),
            product("KPN EEN Zakelijk Mobiel 20 GB", "20 GB", "Onbeperkt", "€ 24,00", "€ 21,60", "€ 30,00"),
            product("KPN EEN Zakelijk Mobiel Onbeperkt*", "Onbeperkt", "Onbeperkt", "€ 32,50", "€ 29,25", "Gratis"),
            .group("Alleen data"),
            product("KPN EEN Zakelijk Data 10 GB", "10 GB", "n.v.t.", "€ 12,00", "€ 10,80", "€ 30,00"),
            product("KPN EEN Zakelijk Data Onbeperkt**", "Onbeperkt", "n.v.t.", "€ 27,50", "€ 24,75", "€ 30,00"),
        ])),
    ], footnotes: [
        FootnoteSpec(marker: "*", text: "Onbeperkt bellen, sms'en en internetten in Nederland bij normaal gebruik; "
                     + "hierop is een Fair Use Policy van toepassing."),
        FootnoteSpec(marker: "**", text: "Onbeperkt data in Nederland; in de EU geldt een limiet van 30 GB per maand."),
    ])

    static let extrasPage = PageSpec(blocks: [
        .table(TableSpec(caption: "Extra data", captionNote: "Bovenop de bundel, per simkaart",
                         notePlacement: .ownLine,
                         columns: [ColumnSpec("Data"), ColumnSpec("Prijs / maand"), ColumnSpec("Eenmalig")], rows: [
            product("Extra data 1 GB{1}", "1 GB", "€ 5,00", "€ 7,50"),
            product("Extra data 5 GB", "5 GB", "€ 10,00", "€ 15,00"),
            product("Dagbundel EU", "500 MB", "–", "€ 2,50"),
            product("Dagbundel Onbeperkt", "Onbeperkt", "–", "€ 4,95"),
        ])),
        .footnotes([
            FootnoteSpec(marker: "1", text: "Extra data is geldig tot het einde van de maand waarin ze is gekocht."),
        ]),
        .table(TableSpec(caption: "Opties", captionNote: note,
                         columns: [ColumnSpec("Prijs / maand"), ColumnSpec("Aansluitkosten")], rows: [
            .group("Zakelijke opties"),
            product("KPN EEN Vast Nummer op Mobiel{1}", "€ 4,50", "€ 0,00"),
            product("KPN EEN Extra Simkaart", "€ 7,50", "€ 10,00"),
            product("KPN EEN Mobiele Beveiliging Plus", "€ 3,00", "€ 0,00", annotation: "(alleen bij Pro user)"),
            product("KPN EEN Roaming Wereld", "€ 12,50", "Gratis"),
            product("KPN EEN Device Management", "op aanvraag", "op aanvraag"),
        ])),
        .footnotes([
            FootnoteSpec(marker: "1", text: "Het vaste nummer blijft bereikbaar op de mobiele telefoon, ook buiten "
                         + "kantoortijden."),
        ]),
    ])

    static let usagePage = PageSpec(blocks: [
        .sectionTitle("Buiten de bundel"),
        .table(TableSpec(caption: "Gebruik buiten de bundel", captionNote: "Bedragen in €", nameHeader: "",
                         columns: [ColumnSpec("Per minuut"), ColumnSpec("Per sms"), ColumnSpec("Per MB")], rows: [
            product("Nederland", "0,25", "0,10", "0,0050"),
            product("EU en EER{1}", "0,25", "0,10", "0,0050"),
            product("Zwitserland en Verenigd Koninkrijk", "0,85", "0,35", "0,0450"),
            product("Rest van de wereld", "2,25", "0,55", "1,25"),
            product("Gratis nummers (0800)", "Gratis", "n.v.t.", "n.v.t."),
        ])),
        .spacer(6),
        .table(TableSpec(caption: nil, nameHeader: "Bellen naar het buitenland",
                         columns: [ColumnSpec("Starttarief"), ColumnSpec("Per minuut")], rows: [
            .group("Vanuit Nederland"),
            product("EU en EER", "€ 0,09", "€ 0,19"),
            product("Verenigde Staten en Canada", "€ 0,09", "€ 0,22 - € 0,43"),
            product("Rest van de wereld", "€ 0,09", "€ 1,15"),
        ])),
    ], footnotes: [
        FootnoteSpec(marker: "1", text: "Binnen de EU en de EER bel, sms en internet je tegen Nederlandse tarieven "
                     + "(Roam like at home)."),
    ])

    static let simOnlyPage = PageSpec(blocks: [
        .table(TableSpec(caption: "Sim Only", nameHeader: "",
                         columns: [ColumnSpec("Data"), ColumnSpec("Bellen"), ColumnSpec("Maandprijs"),
                                   ColumnSpec("Aansluitkosten")], rows: [
            product("KPN EEN Sim Only 3 GB", "3 GB", "300 min", "€ 9,50", "€ 20,00"),
            product("KPN EEN Sim Only 10 GB", "10 GB", "Onbeperkt", "€ 14,00", "€ 20,00"),
            product("KPN EEN Sim Only 25 GB", "25 GB", "Onbeperkt", "€ 19,50", "Gratis"),
            product("KPN EEN Sim Only Onbeperkt", "Onbeperkt", "Onbeperkt", "€ 27,00", "Gratis"),
        ], transposed: true)),
        .paragraph("Sim Only-abonnementen hebben een looptijd van 1 maand en zijn maandelijks opzegbaar."),
        .paragraph("Wijzigingen en zetfouten voorbehouden."),
    ])
}
