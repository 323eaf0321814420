import Foundation

/// Column header text → price label, the one place to teach the parser a new sheet's words.
///
/// A header matches a rule when its normalised text (lowercase, hyphenation and markers gone,
/// "start- tarief" → "starttarief") contains every keyword of the rule. Rules are tried in
/// order, most specific first: "kosten per minuut mobiele nummer" must not read as perMinute.
public struct HeaderVocabulary: Sendable {
    public struct Rule: Sendable {
        public var label: PriceLabel
        public var keywords: [String]
        public init(_ label: PriceLabel, _ keywords: [String]) {
            self.label = label
            self.keywords = keywords
        }
    }

    public var rules: [Rule]
    /// Words that make a line look like a header even before any rule matches whole.
    public var headerWords: [String]
    /// Name-column headers that are not captions ("Productnaam"): a table whose name header is
    /// anything else is captioned by it ("Nationaal bellen").
    public var genericNameHeaders: Set<String>

    public static let standard = HeaderVocabulary(
        rules: [
            Rule(.perMinuteMobile, ["minuut", "mobiel"]),
            Rule(.perMinuteMobile, ["per min", "mobiel"]),
            Rule(.perMinute, ["minuut"]),
            Rule(.perMinute, ["per min"]),
            Rule(.setupFee, ["starttarief"]),
            Rule(.setupFee, ["opbouw"]),
            Rule(.setupFee, ["per gesprek"]),
            Rule(.extensionActivation, ["activering"]),
            Rule(.firstInstallation, ["installatie"]),
            Rule(.oneTime, ["eenmalig"]),
            Rule(.monthly, ["maand"]),
            Rule(.monthly, ["p/m"]),
            Rule(.monthly, ["abonnement"]),
        ],
        headerWords: ["prijs", "kosten", "tarief", "maand", "minuut", "eenmalig", "installatie",
                      "activering", "starttarief", "bedrag"],
        genericNameHeaders: ["productnaam", "product", "producten", "omschrijving", "dienst", "diensten",
                             "naam", "artikel", "service", "item", "description", "name", "productomschrijving"])

    /// The label for a header, nil when no rule fits (the caller warns; it never guesses).
    public func label(for header: String) -> PriceLabel? {
        let text = Self.normalise(header)
        return rules.first { rule in rule.keywords.allSatisfy { text.contains($0) } }?.label
    }

    /// True when the text carries a word typical of price headers.
    public func looksLikeHeader(_ text: String) -> Bool {
        let normalised = Self.normalise(text)
        return label(for: text) != nil || headerWords.contains { normalised.contains($0) }
    }

    public func isGenericNameHeader(_ text: String) -> Bool {
        genericNameHeaders.contains(Self.normalise(text).trimmingCharacters(in: .punctuationCharacters))
    }

    /// Lowercase, "start- tarief" → "starttarief", runs of spaces → one.
    static func normalise(_ text: String) -> String {
        let lower = text.lowercased().replacingOccurrences(of: "- ", with: "")
        return lower.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
