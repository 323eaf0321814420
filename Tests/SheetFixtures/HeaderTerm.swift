import Catalogue

/// A price-column header as a designer prints it, and the price label the contract gives it.
///
/// The labels are the generator's own knowledge of these words, not the parser's vocabulary,
/// so a vocabulary regression shows up as a failed case instead of a moved expectation.
public struct HeaderTerm: Sendable, Equatable {
    /// The label as printed; `\n` is the designer's line break ("Start-\ntarief").
    public var printed: String
    /// The contract's price label for the header.
    public var label: PriceLabel

    /// A header spelling and its label.
    public init(_ printed: String, _ label: PriceLabel) {
        self.printed = printed
        self.label = label
    }

    /// The header the catalogue reports: lines joined, hyphenation undone ("Starttarief").
    public var header: String { SpecText.printed(printed) }

    /// Every header the generator draws, several spellings a label (from the samples and
    /// the contract's family section): the Connext Voice spellings, then the family's.
    public static let all: [HeaderTerm] = classic + family

    /// The spellings of the Connext Voice sample, the labels `drawnLabels` is made of.
    static let classic: [HeaderTerm] = [
        HeaderTerm("Prijs / maand", .monthly),
        HeaderTerm("Prijs per maand", .monthly),
        HeaderTerm("Abonnement per maand", .monthly),
        HeaderTerm("Eenmalige kosten", .oneTime),
        HeaderTerm("Eenmalig", .oneTime),
        HeaderTerm("Starttarief", .setupFee),
        HeaderTerm("Start-\ntarief", .setupFee),
        HeaderTerm("Kosten per gesprek", .setupFee),
        HeaderTerm("Kosten per minuut", .perMinute),
        HeaderTerm("Kosten\nper minuut", .perMinute),
        HeaderTerm("Prijs per minuut", .perMinute),
        HeaderTerm("Kosten per minuut mobiele nummer", .perMinuteMobile),
        HeaderTerm("Kosten per minuut\nmobiele nummer", .perMinuteMobile),
        HeaderTerm("Eerste installatie / nieuwe locatie", .firstInstallation),
        HeaderTerm("Eerste installatie /\nnieuwe locatie", .firstInstallation),
        HeaderTerm("Installatie", .firstInstallation),
        HeaderTerm("Kosten activering bij uitbreiding", .extensionActivation),
        HeaderTerm("Kosten activering\nbij uitbreiding", .extensionActivation),
        HeaderTerm("Activering", .extensionActivation),
    ]

    /// The family's spellings (Zakelijk Mobiel and Internet, and their English prints). Spellings
    /// of a classic label are drawn wherever that label is; the usage labels perSms, perMB and
    /// perGB only in usage tables (`usage`).
    static let family: [HeaderTerm] = [
        HeaderTerm("Maandprijs", .monthly),
        HeaderTerm("Monthly fee", .monthly),
        HeaderTerm("Aansluitkosten", .oneTime),
        HeaderTerm("Setup fee", .oneTime),
        HeaderTerm("Per minuut", .perMinute),
        HeaderTerm("Per minute", .perMinute),
        HeaderTerm("Per sms", .perSms),
        HeaderTerm("Per MB", .perMB),
        HeaderTerm("Per GB", .perGB),
    ]

    /// Column headers of a usage table of bare amounts ("Per minuut", "Per sms", "Per MB").
    public static let usage: [HeaderTerm] = family.filter { [.perMinute, .perSms, .perMB, .perGB].contains($0.label) }

    /// The labels the generator draws columns from: those with a spelling in `classic`, in the
    /// label's declared order (so a seed draws the same columns as long as `classic` keeps its
    /// labels; the family's new labels are drawn by usage tables, not here).
    public static let drawnLabels: [PriceLabel] = PriceLabel.allCases.filter { label in
        classic.contains { $0.label == label }
    }

    /// Whether the label is a usage price (the ones the sheet's rounding sentences govern).
    public var isUsage: Bool { [.setupFee, .perMinute, .perMinuteMobile].contains(label) }

    /// The term whose printed text (markers aside) is `printed`.
    public static func term(printed: String) -> HeaderTerm? {
        let plain = SpecText.withoutMarkers(printed)
        return all.first { $0.printed == plain }
    }

    /// The term whose header (lines joined) is `header`.
    public static func term(header: String) -> HeaderTerm? {
        all.first { $0.header == header }
    }

    /// Contract terms as printed in a header, and their months.
    public static let contractTerms: [(printed: String, months: Int)] = [
        ("12 maanden", 12), ("24 maanden", 24), ("36 maanden", 36), ("1 jaar", 12), ("2 jaar", 24),
        ("3 jaar", 36), ("24 mnd", 24), ("12 mnd", 12),
    ]

    /// The contract term a header states ("Maandprijs 24 maanden" → 24, "2 jaar" → 24), and the
    /// header without it ("Maandprijs", or "" when the header is the term alone).
    public static func contractTerm(in header: String) -> (months: Int, rest: String)? {
        for term in contractTerms where header == term.printed || header.hasSuffix(" " + term.printed) {
            return (term.months, String(header.dropLast(term.printed.count)).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
