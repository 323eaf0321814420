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
        label(normalised: Normalised(header))
    }

    /// True when the text carries a word typical of price headers.
    public func looksLikeHeader(_ text: String) -> Bool {
        let normalised = Normalised(text)
        return label(normalised: normalised) != nil || headerWords.contains { normalised.contains($0) }
    }

    /// `label(for:)` and `looksLikeHeader(_:)` at once, the text normalised once.
    func reading(_ text: String) -> (label: PriceLabel?, looksLikeHeader: Bool) {
        let normalised = Normalised(text)
        let label = label(normalised: normalised)
        return (label, label != nil || headerWords.contains { normalised.contains($0) })
    }

    public func isGenericNameHeader(_ text: String) -> Bool {
        genericNameHeaders.contains(Self.trimmingPunctuation(Self.normalise(text)))
    }

    /// Punctuation trimmed from both ends; text that starts and ends with an ASCII letter or
    /// digit has none to trim, and skips Foundation.
    static func trimmingPunctuation(_ text: String) -> String {
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            PlainASCII.isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
        }
        if let first = text.utf8.first, let last = text.utf8.last, isAlphanumeric(first), isAlphanumeric(last) { return text }
        return text.trimmingCharacters(in: .punctuationCharacters)
    }

    private func label(normalised text: Normalised) -> PriceLabel? {
        rules.first { rule in rule.keywords.allSatisfy { text.contains($0) } }?.label
    }

    /// Lowercase, "start- tarief" → "starttarief", runs of spaces → one.
    static func normalise(_ text: String) -> String {
        text.withPlainASCII(normalise(plain:)) ?? normalise(characters: text)
    }

    private static func normalise(characters text: String) -> String {
        let lower = text.lowercased().replacingOccurrences(of: "- ", with: "")
        return lower.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `normalise` on plain ASCII bytes, in one pass of the same steps: lowercase, every "- "
    /// dropped (left to right), white-space runs collapsed to one space and trimmed.
    private static func normalise(plain bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var end = 0, i = 0
            while i < bytes.count {
                let byte = bytes[i]
                i += 1
                if byte == PlainASCII.hyphen, i < bytes.count, bytes[i] == PlainASCII.space {
                    i += 1
                } else if !PlainASCII.isWhitespace(byte) {
                    out[end] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte
                    end += 1
                } else if end > 0, out[end - 1] != PlainASCII.space {
                    out[end] = PlainASCII.space
                    end += 1
                }
            }
            return end > 0 && out[end - 1] == PlainASCII.space ? end - 1 : end
        }
    }

    /// A header's normalised text, and its bytes when it is plain ASCII: a keyword is then
    /// found by its bytes, else by Foundation's search (its Unicode rules decide).
    struct Normalised {
        let text: String
        let plainBytes: [UInt8]?

        init(_ header: String) {
            text = HeaderVocabulary.normalise(header)
            plainBytes = text.withPlainASCII { Array($0) }
        }

        func contains(_ keyword: String) -> Bool {
            guard let plainBytes, !keyword.isEmpty,
                  let found = plainBytes.withUnsafeBufferPointer({ haystack in
                      keyword.withPlainASCII { PlainASCII.contains(haystack, $0) }
                  })
            else { return text.contains(keyword) }
            return found
        }
    }
}
