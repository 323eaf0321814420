/// A sample sheet of the KPN family, "Tarieven KPN EEN Zakelijk Internet": invented in the house
/// style of Connext Voice (Samples/connext-voice.pdf) to carry what the family's internet sheets
/// print. Samples/zakelijk-internet.pdf is this spec drawn; its catalogue, typed by hand from this
/// file, is Tests/EndToEndTests/Fixtures/zakelijk-internet.expected.json.
///
/// What it carries, page by page:
/// 1. the validity date and the VAT statement above the first table; an attribute column
///    ("Snelheid": "100 Mbit/s", "4 Gbit/s"); a two-level header ("Prijs / maand" over "1 jaar"
///    and "2 jaar"); a setup column with a footnote marker in its header; "€ 45,-" and a
///    thousands amount ("€ 1.250,00"); a name wrapped at a soft hyphen
///    ("KPN EEN Zakelijk Internet Ser-" / "vice Plus"); group rows with a marker.
/// 2. English headers ("Monthly fee", "Setup fee", "Per GB"); a product whose cells are all
///    "Gratis"; "n.v.t.", "–" and "op aanvraag" cells; an annotation "(alleen bij Plus user)";
///    four-decimal amounts; a caption note on a line of its own.
/// 3. a calls table captioned by its name header, with a range ("€ 0,22 - € 0,43"), then prose.
public enum ZakelijkInternetSample {
    public static let title = "Tarieven KPN EEN Zakelijk Internet"

    static let note = "Door KPN te factureren"

    /// The default look, with explicit widths for the four-column table so "Aansluitkosten"
    /// and its marker fit their column.
    public static var style: SheetStyle {
        var style = SheetStyle()
        style.nameColumnWidth = 190
        style.columnWidths = [72, 72, 72, 93.28]
        return style
    }

    public static func sheet(style: SheetStyle = ZakelijkInternetSample.style) -> SheetSpec {
        SheetSpec(title: title, pages: [internetPage, optionsPage, callsPage], style: style)
    }

    static func product(_ name: String, _ cells: String?..., annotation: String? = nil) -> RowSpec {
        .product(ProductRowSpec(name: name, annotation: annotation, cells: cells))
    }

    static let internetPage = PageSpec(blocks: [
        .paragraph("Geldig vanaf 1 maart 2027"),
        .paragraph("Alle prijzen zijn exclusief btw."),
        .table(TableSpec(caption: "Zakelijk Internet", captionNote: note,
                         columns: [ColumnSpec("Snelheid"),
                                   ColumnSpec("1 jaar", group: "Prijs / maand"),
                                   ColumnSpec("2 jaar", group: "Prijs / maand"),
                                   ColumnSpec("Aansluitkosten{2}")], rows: [
            .group("Glasvezel{1}"),
            product("KPN EEN Zakelijk Internet Basis", "100 Mbit/s", "€ 45,-", "€ 42,50", "€ 99,00"),
            product("KPN EEN Zakelijk Internet Glas 250", "250 Mbit/s", "€ 49,50", "€ 47,00", "€ 99,00"),
            product("KPN EEN Zakelijk Internet Glas 500", "500 Mbit/s", "€ 55,00", "€ 52,50", "€ 99,00"),
            product("KPN EEN Zakelijk Internet Ser\u{00AD}\nvice Plus", "1000 Mbit/s", "€ 69,00", "€ 65,00", "€ 99,00"),
            product("KPN EEN Zakelijk Internet Max", "4 Gbit/s", "€ 119,00", "€ 109,00", "€ 1.250,00"),
            .group("Koper"),
            product("KPN EEN Zakelijk Internet Koper", "50 Mbit/s", "€ 39,95", "€ 37,50", "€ 75,00"),
        ])),
    ], footnotes: [
        FootnoteSpec(marker: "1", text: "Beschikbaarheid en maximale snelheid zijn afhankelijk van het adres."),
        FootnoteSpec(marker: "2", text: "Eenmalige kosten bij een nieuwe aansluiting; bij een overstap binnen KPN "
                     + "worden geen aansluitkosten berekend."),
    ])

    static let optionsPage = PageSpec(blocks: [
        .table(TableSpec(caption: "Opties", captionNote: note,
                         columns: [ColumnSpec("Monthly fee"), ColumnSpec("Setup fee")], rows: [
            product("Vast IP-adres (IPv4){1}", "€ 10,00", "€ 25,00"),
            product("Extra vast IP-blok /29", "€ 25,00", "€ 45,-"),
            product("KPN EEN Beveiligd Wifi Basis", "Gratis", "Gratis"),
            product("KPN EEN Beveiligd Wifi Pro", "€ 9,50", "€ 49,00", annotation: "(alleen bij Plus user)"),
            product("4G Backup", "€ 15,00", "n.v.t."),
            product("Installatie op locatie", "–", "op aanvraag"),
        ])),
        .table(TableSpec(caption: "Data bij 4G Backup", captionNote: "Buiten Nederland per begonnen MB afgerekend",
                         notePlacement: .ownLine,
                         columns: [ColumnSpec("Per GB"), ColumnSpec("Per MB")], rows: [
            product("Nederland", "€ 2,50", "€ 0,0025"),
            product("EU en EER", "€ 2,50", "€ 0,0025"),
            product("Rest van de wereld", "€ 12,50", "€ 0,0125"),
        ])),
    ], footnotes: [
        FootnoteSpec(marker: "1", text: "Het vaste IP-adres blijft behouden bij een verhuizing binnen Nederland."),
    ])

    static let callsPage = PageSpec(blocks: [
        .table(TableSpec(caption: nil, nameHeader: "Vast bellen via internet",
                         columns: [ColumnSpec("Starttarief"), ColumnSpec("Kosten per minuut")], rows: [
            product("Nederlandse vaste nummers", "€ 0,06", "€ 0,06"),
            product("Nederlandse mobiele nummers", "€ 0,06", "€ 0,12"),
            product("Internationaal", "€ 0,09", "€ 0,22 - € 0,43"),
            product("Gratis nummers (0800)", "Gratis", "Gratis"),
        ])),
        .paragraph("Disclaimer", bold: true),
        .paragraph("Bij het samenstellen van dit document is de grootste zorg besteed aan de juistheid van de "
                   + "hierin opgenomen informatie. KPN kan echter niet verantwoordelijk worden gehouden voor "
                   + "eventuele onjuiste informatie verstrekt via dit document."),
        .paragraph("Wijzigingen en zetfouten voorbehouden."),
    ])
}
