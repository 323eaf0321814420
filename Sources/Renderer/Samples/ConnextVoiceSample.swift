/// The project's sample sheet, "Tarieven KPN EEN MKB Connext Voice", as a designer lays it out.
/// Its text comes from the KPN sheet (shared/seed/connext-voice.txt); Samples/connext-voice.pdf
/// is this spec drawn with the default style.
public enum ConnextVoiceSample {
    public static let title = "Tarieven KPN EEN MKB Connext Voice"

    static let note = "Door KPN te factureren"
    static let firstInstallation = "Eerste installatie /\nnieuwe locatie{1}"
    static let extensionActivation = "Kosten activering\nbij uitbreiding"
    static let installationFootnote = FootnoteSpec(marker: "1", text:
        "1e installatie betekent dat de eenmalige kosten 1 keer worden berekend ongeacht aantal users. "
        + "Bij uitbreiding/bijbestellen worden deze kosten nogmaals 1 keer berekend. "
        + "Bij Pro en Plus users worden eenmalige kosten per user berekend.")
    static let connextColumns = [ColumnSpec("Prijs / maand"), ColumnSpec(firstInstallation),
                                 ColumnSpec(extensionActivation)]

    /// The whole sheet in the given style.
    public static func sheet(style: SheetStyle = SheetStyle()) -> SheetSpec {
        SheetSpec(title: title, pages: [connextPage, optionsPage, numbersPage, callsPage, disclaimerPage],
                  style: style)
    }

    /// The sheet's pages repeated to `pages` pages: an archive of editions, for benchmarks.
    public static func archive(pages: Int, style: SheetStyle = SheetStyle()) -> SheetSpec {
        let one = sheet(style: style).pages
        return SheetSpec(title: title, pages: (0..<pages).map { one[$0 % one.count] }, style: style)
    }

    static func product(_ name: String, _ cells: String?..., annotation: String? = nil) -> RowSpec {
        .product(ProductRowSpec(name: name, annotation: annotation, cells: cells))
    }

    static let connextPage = PageSpec(blocks: [
        .table(TableSpec(caption: "Connext Voice", captionNote: note, columns: connextColumns, rows: [
            .group("Centrale{1}"),
            product("KPN EEN Connext Centrale{2}", "€ 5,00", "€ 0,00", "€ 0,00"),
            .group("Groepsopties bij de Centrale"),
            product("KPN EEN Fax naar e-mail", "€ 2,50", "€ 0,00", "€ 0,00"),
            product("KPN EEN Bel-me-nu", "€ 5,00", "€ 0,00", "€ 0,00"),
            product("KPN EEN Keuzemenu\ninstallatieservice", "€ 0,00", "€ 67,50", "€ 67,50"),
            .group("Internet voor Vast Bellen (optioneel){3}"),
            product("KPN EEN Vast Bellen over\nInternet", "€ 21,20", nil, "€ 99,00"),
            .group("Gebruikers{3}"),
            product("KPN EEN Connext Plus", "€ 4,50", "€ 15,00 (per gebruiker)", "€ 15,00"),
            product("KPN EEN Connext Pro", "€ 7,50", "€ 15,00 (per gebruiker)", "€ 15,00"),
        ])),
    ], footnotes: [
        installationFootnote,
        FootnoteSpec(marker: "2", text: "Indien een keuzemenu gebruikt gaat worden bij de centrale, dan is "
                     + "aanvullend de KPN EEN Keuzemenu installatieservice nodig."),
        FootnoteSpec(marker: "3", text: "Combinatie Voordelen kunnen van toepassing zijn indien aan de "
                     + "voorwaarden wordt voldaan."),
    ])

    static let optionsPage = PageSpec(blocks: [
        .table(TableSpec(caption: "Connext Voice", captionNote: note, columns: connextColumns, rows: [
            .group("Gebruikersopties"),
            product("KPN EEN Onbeperkt Bellen\nNederland", "€ 5,50", "€ 0,00", "€ 0,00"),
            product("KPN EEN Onbeperkt Bellen\nEU en Noord-Amerika\n(excl. Nederland)", "€ 7,50", "€ 0,00", "€ 0,00"),
            product("KPN EEN Desktop Integratie\nBasis", "€ 0,25", "€ 22,50", "€ 22,50",
                    annotation: "(alleen bij Plus user)"),
            product("KPN EEN Desktop\nIntegratie Standaard", "€ 1,50", "€ 22,50", "€ 22,50",
                    annotation: "(alleen bij Plus user)"),
            product("KPN EEN Desktop Integratie\nPremium Installatie Service{2}", "€ 0,00", "€ 22,50", "€ 22,50",
                    annotation: "(alleen bij Pro user)"),
            product("KPN EEN Receptionist+", "€ 25,00", "€ 45,00", "€ 45,00", annotation: "(alleen bij Pro user)"),
            product("KPN EEN Callcenter Premium", "€ 5,00", "€ 90,00", "€ 90,00", annotation: "(alleen bij Pro user)"),
            product("KPN EEN Callcenter Basis\nInstallatie Service{3}", "€ 0,00", "€ 45,00", "€ 45,00"),
            product("KPN EEN Callcenter Agent", "€ 12,50", "€ 15,00", "€ 15,00", annotation: "(alleen bij Pro user)"),
            product("KPN EEN Callcenter\nSupervisor", "€ 20,00", "€ 30,00", "€ 30,00",
                    annotation: "(alleen bij Pro user)"),
            product("KPN EEN Rapportage Basis", "€ 19,00", "€ 15,00", "€ 15,00"),
            product("KPN EEN Gespreksopname\n90 dagen", "€ 5,00", "€ 15,00", "€ 15,00"),
            product("KPN EEN Gespreksopname\n7 jaar", "€ 35,00", "€ 15,00", "€ 15,00"),
            product("KPN EEN Webex Standaard", "€ 4,50", "€ 15,00", "€ 15,00"),
            product("KPN EEN Webex Premium", "€ 18,50", "€ 15,00", "€ 15,00"),
        ])),
    ], footnotes: [
        installationFootnote,
        FootnoteSpec(marker: "2", text: "Van toepassing indien de Pro user de dienst wil gebruiken."),
        FootnoteSpec(marker: "3", text: "Indien de user de Basis licentie wil gebruiken."),
    ])

    static let numbersPage = PageSpec(blocks: [
        .table(TableSpec(caption: "Telefoonnummers", captionNote: note,
                         columns: [ColumnSpec("Prijs / maand"), ColumnSpec("Eenmalige kosten")], rows: [
            product("1 telefoonnummer nieuw (regionaal, 085)", "€ 1,00", "€ 0,00"),
            product("10-nummerblok nieuw/porteren", "€ 2,50", "€ 0,00"),
            product("100-nummerblok nieuw/porteren", "€ 5,00", "€ 0,00"),
            product("Servicenummer 0800-nummer", "€ 50,00", "€ 100,00"),
            product("Telefoonnummer nieuw 1 nummer UK, België, Finland, Portugal, Zweden, Ierland, "
                    + "Luxemburg, Denemarken, Italië, Slovenië, Griekenland, Polen, Spanje, Canada, "
                    + "Verenigde Staten", "€ 25,00", "€ 50,00"),
            product("Telefoonnummer nieuw 1 nummer Duitsland", "€ 25,00", "€ 100,00"),
            product("Telefoonnummer porteren 1 nummer UK, Duitsland, België, Verenigde Staten", "€ 25,00", "€ 100,00"),
            product("KPN EEN Nummer porteren 1 nummer Spanje", "€ 25,00", "€ 50,00"),
            product("Telefoonnummer porteren 10-blok België, Duitsland", "€ 100,00", "€ 200,00"),
            product("Telefoonnummer nieuw 10-blok België, Duitsland", "€ 100,00", "€ 100,00"),
            product("Telefoonnummer nieuw 10-blok nationaal (3222) Duitsland", "€ 100,00", "€ 100,00"),
            product("Telefoonnummer nieuw 1 nationaal (3222) Duitsland", "€ 25,00", "€ 50,00"),
            product("Telefoonnummer nieuw 1 nationaal (78) België", "€ 25,00", "€ 50,00"),
        ])),
    ])

    static let callsPage = PageSpec(blocks: [
        .sectionTitle("Nationaal en internationaal bellen"),
        .table(TableSpec(caption: nil, nameHeader: "Nationaal bellen",
                         columns: [ColumnSpec("Starttarief"), ColumnSpec("Kosten per minuut")], rows: [
            .group("Variabele kosten"),
            .product(ProductRowSpec(name: "Bellen naar Nederlandse nummers", cells: ["€ 0,06", "€ 0,06"], remarks: [
                "Minuten worden naar boven afgerond, centen worden naar boven afgerond.",
                "On-net verkeer is gratis en geldt voor gesprekken naar vaste bestemmingen binnen de "
                    + "telefooncentrale (gesprekken binnen de organisatie).",
            ])),
        ])),
        .paragraph("Onbeperkt bellen naar Nederlandse nummers", bold: true),
        .bullets([
            "Bellen in Nederland is onbeperkt bij normaal gebruik met de vaste telefoon, hierop is een Fair Use "
                + "Policy van toepassing. Zie daarvoor de aanvullende voorwaarden Online Diensten, "
                + "https://www.kpn.com/algemene-voorwaarden/zakelijk/algemeen",
            "Indien gebeld wordt naar 090x/18xy/084/087/066/067 nummers dan worden alleen de kosten voor "
                + "bellen voor het betaalnummer in rekening gebracht.",
        ]),
        .spacer(10),
        .table(TableSpec(caption: nil, nameHeader: "Internationaal bellen",
                         columns: [ColumnSpec("Start-\ntarief"), ColumnSpec("Kosten\nper minuut"),
                                   ColumnSpec("Kosten per minuut\nmobiele nummer")], rows: [
            .group("Bellen naar buitenlandse nummers{1}"),
            product("Noordwest-Europa en\nNoord-Amerika", "€ 0,09", "€ 0,06", "€ 0,27"),
            product("Midden- en Zuid-Europa, Australië\nen Nieuw-Zeeland", "€ 0,09", "€ 0,11", "€ 0,32"),
            product("Oost-Europa, Israël, Turkije en het\nVerre Oosten", "€ 0,09", "€ 0,22", "€ 0,22 - € 0,43"),
            product("Nederlandse Antillen, Brazilië en\nNoord- en Zuid-Afrika", "€ 0,09", "€ 0,34", "€ 0,34 - € 0,55"),
            product("Rest van de wereld", "€ 0,09", "€ 0,59", "€ 0,59"),
            product("Uitzonderingen", "€ 0,09", "€ 0,64 - € 1,69", "€ 0,64 - € 1,69"),
        ])),
        .paragraph("Onbeperkt bellen naar EU & Noord-Amerikaanse nummers (excl. Nederland)", bold: true),
        .bullets(["EER, Zwitserland, Andorra en Oekraïne", "Verenigde Staten en Canada"]),
        .paragraph("Bellen naar EU & Noord-Amerikaanse nummers is onbeperkt bij normaal gebruik met de vaste "
                   + "telefoon, hierop is een Fair Use Policy van toepassing. Zie daarvoor de aanvullende "
                   + "voorwaarden Online Diensten, https://www.kpn.com/algemene-voorwaarden/zakelijk/algemeen"),
    ], footnotes: [
        FootnoteSpec(marker: "1", text: "De vermelde verkeerstarieven, zoals hierboven getoond, zijn naar boven "
                     + "afgerond tot twee decimalen achter de komma. De berekening van deze tarieven gebeurt op "
                     + "basis van bedragen met meer dan twee decimalen achter de komma."),
    ])

    static let disclaimerPage = PageSpec(blocks: [
        .paragraph("Disclaimer", bold: true),
        .paragraph("Bij het samenstellen van dit document is de grootste zorg besteed aan de juistheid van de "
                   + "hierin opgenomen informatie. KPN kan echter niet verantwoordelijk worden gehouden voor "
                   + "eventuele onjuiste informatie verstrekt via dit document."),
        .paragraph("Vertrouwelijkheid", bold: true),
        .paragraph("Dit document bevat vertrouwelijke informatie van KPN. Dit document, of onderdeel ervan, mag "
                   + "niet buiten je organisatie verspreid worden zonder voorafgaande schriftelijke toestemming "
                   + "van KPN."),
        .paragraph("Copyright", bold: true),
        .paragraph("Niets uit dit document mag zonder voorafgaande schriftelijke toestemming van KPN "
                   + "verveelvoudigd en/of openbaar worden gemaakt door middel van druk, offset, fotokopie of "
                   + "microfilm of in enige digitale, elektronische, optische of andere vorm of (en dit geldt zo "
                   + "nodig in aanvulling op het auteursrecht) gereproduceerd worden ten behoeve van een "
                   + "onderneming, organisatie of instelling of voor eigen oefening, studie of gebruik."),
        .paragraph("Wijzigingen en zetfouten voorbehouden."),
    ])
}
