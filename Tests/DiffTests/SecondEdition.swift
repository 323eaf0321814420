import Diff

/// What `tariff diff` must report between the two sample editions (ConnextVoice2027Sample).
enum SecondEdition {
    typealias E = Expect

    static let changes: [Change] = [
        E.price("KPN EEN Callcenter Premium", E.connext, E.monthly, "5.00", "4.50"),
        E.price("KPN EEN Connext Pro", E.connext, E.monthly, "7.50", "7.95"),
        E.price("KPN EEN Vast Bellen over Internet", E.connext, E.firstInstallation, nil, "49.00"),
        E.added("KPN EEN Teams Integratie", E.connext, "Gebruikersopties"),
        E.removed("KPN EEN Webex Premium", E.connext, "Gebruikersopties"),
        E.renamed("KPN EEN Bel-me-nu", "KPN EEN Bel-mij-nu", E.connext, "Groepsopties bij de Centrale"),
        E.price("Servicenummer 0800-nummer", E.numbers, E.oneTime, "100.00", nil),
        E.moved("Telefoonnummer nieuw 10-blok België, Duitsland", E.numbers, nil),
        E.price("Oost-Europa, Israël, Turkije en het Verre Oosten", E.international, E.perMinuteMobile, "0.43", "0.45",
                bound: .max),
        E.footnote("p1.3", "Combinatie Voordelen kunnen van toepassing zijn indien aan de voorwaarden wordt voldaan.",
                   "Combinatievoordelen zijn van toepassing als aan de voorwaarden van KPN wordt voldaan."),
    ]
}
