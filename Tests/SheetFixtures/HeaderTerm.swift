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

    /// Every header the generator draws, several spellings a label (from the sample and
    /// Sources/Tables/Vocabulary/HeaderVocabulary.swift).
    public static let all: [HeaderTerm] = [
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

    /// The labels the generator draws columns from: those with a spelling in `all`, in the
    /// label's declared order (so a seed draws the same columns as long as `all` keeps its labels).
    public static let drawnLabels: [PriceLabel] = PriceLabel.allCases.filter { label in
        all.contains { $0.label == label }
    }

    /// Whether the label is a usage price (the ones the sheet's rounding sentences govern).
    public var isUsage: Bool { [.setupFee, .perMinute, .perMinuteMobile].contains(label) }

    /// The term whose printed text (markers aside) is `printed`.
    public static func term(printed: String) -> HeaderTerm? {
        let plain = SpecText.withoutMarkers(printed)
        return all.first { $0.printed == plain }
    }
}
