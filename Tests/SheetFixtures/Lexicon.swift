/// The Dutch-ish words and sentences random sheets are made of.
///
/// Every entry obeys `FormatLimits`: no hyphen before a lowercase letter, no amount-like
/// numbers, no "afgerond" outside the rounding sentences, no price-header words in captions.
public enum Lexicon {
    /// Capitalised product-name words (brands, services, countries).
    static let nameWords = [
        "Connext", "Centrale", "Fax", "Keuzemenu", "Installatieservice", "Vast", "Bellen", "Internet",
        "Onbeperkt", "Nederland", "Desktop", "Integratie", "Basis", "Standaard", "Premium", "Receptionist+",
        "Callcenter", "Agent", "Supervisor", "Rapportage", "Gespreksopname", "Webex", "Telefoonnummer",
        "Servicenummer", "Nummerblok", "België", "Duitsland", "Finland", "Portugal", "Zweden", "Ierland",
        "Luxemburg", "Denemarken", "Italië", "Slovenië", "Griekenland", "Polen", "Spanje", "Canada",
        "Verenigde", "Staten", "Israël", "Turkije", "Australië", "Brazilië", "Oekraïne", "Zwitserland",
        "Andorra", "Mobiel", "Zakelijk", "Teams", "Koppeling", "Licentie", "Wachtrij", "Voicemail",
        "Doorschakeling", "Nummerweergave", "Opname", "Flex", "Compleet", "Europa", "Wereld", "Antillen",
    ]
    /// Lowercase connecting words inside names.
    static let nameConnectors = [
        "naar", "voor", "met", "en", "over", "bij", "van", "de", "het", "nieuw", "porteren", "extra",
        "zonder", "dagen", "jaar", "nummers", "locatie", "aansluiting", "optie",
    ]
    /// Multi-word or punctuated units kept whole: compounds with a hyphen before a capital, a
    /// suspended hyphen before "en", numbers followed by a word, parenthesised asides.
    static let nameUnits = [
        "Oost-Europa", "Noord-Amerika", "Nieuw-Zeeland", "Zuid-Afrika", "Noordwest-Europa",
        "Midden- en Zuid-Europa", "Noord- en Zuid-Amerika", "90 dagen", "7 jaar", "10 gebruikers",
        "(085)", "(3222)", "(regionaal)", "(excl. Nederland)", "(optioneel)", "1 nummer",
    ]
    /// Compounds a designer may break at their hyphen ("Noord-\nAmerika" reads "Noord-Amerika").
    static let hyphenCompounds = ["Oost-Europa", "Noord-Amerika", "Nieuw-Zeeland", "Zuid-Afrika", "Noordwest-Europa"]
    /// Prefixes product names often start with.
    static let namePrefixes = ["KPN EEN", "KPN", "Zakelijk"]
    /// User types of "(alleen bij X user)" annotations.
    static let userTypes = ["Pro", "Plus"]

    /// Group-row texts.
    static let groupPhrases = [
        "Centrale", "Groepsopties bij de Centrale", "Internet voor Vast Bellen (optioneel)", "Gebruikers",
        "Gebruikersopties", "Variabele kosten", "Bellen naar buitenlandse nummers", "Telefoonnummers",
        "Aanvullende opties", "Licenties", "Koppelingen", "Nummerbehoud en porteren", "Werkplekdiensten",
        "Beheer en support", "Mobiele aansluitingen voor medewerkers en zakelijke gebruikers",
    ]
    /// Table captions: free of price-header words, never a generic name header, one short line.
    static let captions = [
        "Connext Voice", "Telefoonnummers", "Nationaal bellen", "Internationaal bellen", "Zakelijk Internet",
        "Mobiele Diensten", "Vaste Telefonie", "Datadiensten", "Connext Data", "Samenwerken", "Beveiliging",
        "Hosting", "Werkplek", "Netwerkdiensten", "Opties", "Nummerdiensten",
    ]
    /// Notes printed on a caption line's right.
    static let captionNotes = [
        "Door KPN te factureren", "Prijzen exclusief btw", "Geldig vanaf 1 januari", "Via de partner te factureren",
    ]
    /// Generic name-column headers.
    static let genericNameHeaders = ["Productnaam", "Omschrijving", "Dienst"]
    /// Sheet titles (the running header).
    static let titles = [
        "Tarieven KPN EEN MKB Connext Voice", "Tarieven KPN EEN MKB Zakelijk Internet",
        "Tarieven KPN EEN MKB Vaste Telefonie", "Tarieven KPN EEN MKB Werkplek", "Tarieven KPN EEN MKB Mobiel",
    ]

    /// Footnote sentences.
    static let footnoteSentences = [
        "Combinatie Voordelen kunnen van toepassing zijn indien aan de voorwaarden wordt voldaan.",
        "Van toepassing indien de Pro user de dienst wil gebruiken.",
        "Indien de user de Basis licentie wil gebruiken.",
        "De eenmalige kosten worden per locatie berekend.",
        "Bij uitbreiding worden deze kosten nogmaals berekend.",
        "Alleen beschikbaar in combinatie met een vaste aansluiting.",
        "Prijzen gelden voor nieuwe klanten vanaf de eerste maand.",
        "Het gebruik valt onder de Fair Use Policy van KPN.",
        "Zie de aanvullende voorwaarden Online Diensten.",
        "Minimale contractduur is twaalf maanden.",
        "Bij Pro en Plus users worden eenmalige kosten per user berekend.",
    ]
    /// Prose sentences.
    static let proseSentences = [
        "Bellen in Nederland is onbeperkt bij normaal gebruik met de vaste telefoon.",
        "Hierop is een Fair Use Policy van toepassing.",
        "Zie daarvoor de aanvullende voorwaarden Online Diensten.",
        "Bij het samenstellen van dit document is de grootste zorg besteed aan de juistheid van de hierin opgenomen informatie.",
        "KPN kan echter niet verantwoordelijk worden gehouden voor eventuele onjuiste informatie.",
        "Dit document bevat vertrouwelijke informatie van KPN.",
        "Wijzigingen en zetfouten voorbehouden.",
        "Niets uit dit document mag zonder voorafgaande schriftelijke toestemming worden verveelvoudigd.",
    ]
    /// Bold prose headings.
    static let proseHeadings = ["Disclaimer", "Vertrouwelijkheid", "Copyright", "Voorwaarden",
                                "Onbeperkt bellen naar Nederlandse nummers"]
    /// Large section titles.
    static let sectionTitles = ["Nationaal en internationaal bellen", "Telefonie", "Aanvullende diensten",
                                "Overzicht van de diensten"]
    /// Bullet items.
    static let bulletItems = ["EER, Zwitserland, Andorra en Oekraïne", "Verenigde Staten en Canada",
                              "Alleen voor zakelijke klanten", "Bij normaal gebruik"]
    /// Remarks under product names: one sentence each, capitalised, ending with a full stop.
    static let remarks = [
        "Verkeer binnen de organisatie is gratis.",
        "Geldt voor gesprekken naar vaste bestemmingen binnen de telefooncentrale.",
        "Alleen in combinatie met een Pro user.",
        "Maximaal tien gebruikers per locatie.",
        "Wordt per kalendermaand gefactureerd.",
    ]

    // MARK: The KPN family

    /// Caption notes the parser's vocabulary knows whole, printed in the caption string itself
    /// ("Connext Voice Door KPN te factureren"): bold like the caption, told apart only by the words.
    static let inlineCaptionNotes = ["Door KPN te factureren", "Te factureren door KPN", "Prijzen in euro"]
    /// Phrases a validity date follows ("Geldig vanaf 1 maart 2027").
    static let validityPhrases = ["Geldig vanaf", "Geldig per", "Met ingang van", "Prijswijzigingen per"]
    /// Sentences stating VAT, and whether prices include it.
    static let vatSentences: [(text: String, included: Bool)] = [
        ("Alle prijzen zijn exclusief btw.", false), ("Prijzen zijn excl. btw.", false),
        ("Alle bedragen zijn exclusief btw en per aansluiting.", false),
        ("Alle prijzen zijn inclusief btw.", true), ("Prijzen zijn inclusief 21% btw.", true),
    ]
    /// Attribute column headers and the cells each prints.
    static let attributeColumns: [(header: String, values: [String])] = [
        ("Data", ["1 GB", "5 GB", "10 GB", "10,5 GB", "20 GB", "500 MB", "Onbeperkt", "n.v.t."]),
        ("Bellen", ["300 min", "1000 min", "Onbeperkt", "n.v.t."]),
        ("Snelheid", ["100 Mbit/s", "250 Mbit/s", "1 Gbit/s", "4 Gbit/s", "50 Mbit/s"]),
        ("Bundel", ["Basis", "Standaard", "Premium", "Onbeperkt", "Unlimited", "n.v.t."]),
    ]
    /// Spanning labels of two-level headers over contract terms, and the terms under them.
    static let termGroups = ["Maandprijs", "Prijs / maand", "Eenmalig", "Prijs per maand"]
    /// Spanning labels without a price label of their own, over usage columns.
    static let usageGroups = ["Buiten de bundel", "Gebruik"]
    /// Name words a designer may break at a soft hyphen: the word and where it breaks.
    static let softHyphenWords: [(word: String, at: Int)] = [
        ("Installatieservice", 11), ("Doorschakeling", 4), ("Gespreksopname", 8), ("Nummerweergave", 6),
        ("Servicenummer", 7), ("Rapportage", 6), ("Voicemail", 5),
    ]
    /// Short names of transposed tables' products (bundles side by side).
    static let bundleNames = ["Basis", "Plus", "Pro", "Compleet", "Start", "Premium", "Flex", "Standaard"]
}
