import Catalogue

/// Reads an attribute cell ("10 GB", "100 Mbit/s", "Onbeperkt") into what it says: a quantity
/// (a number and the unit printed after it) or "unlimited" by the vocabulary's words. Anything
/// else keeps only its text.
struct AttributeReader {
    let unlimitedWords: [String]

    init(vocabulary: Vocabulary) {
        unlimitedWords = vocabulary.unlimitedWords.map { $0.lowercased() }
    }

    func attribute(_ text: String, column: String) -> Attribute {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace)
        if words.contains(where: { unlimitedWords.contains(String($0)) }) {
            return Attribute(column: column, value: text, unlimited: true)
        }
        return Attribute(column: column, value: text, quantity: Self.quantity(text))
    }

    /// "10 GB" → 10 GB, "10,5GB" → 10.5 GB, "100 Mbit/s" → 100 Mbit/s: a number opening the text,
    /// then a unit of letters (or "%"), nothing else.
    static func quantity(_ text: String) -> Attribute.Quantity? {
        let number = text.prefix { $0.isASCIIDigit || $0 == "," || $0 == "." }
        let unit = text.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
        guard let first = number.first, first.isASCIIDigit, number.last?.isASCIIDigit == true, !unit.isEmpty,
              !unit.contains(" "), unit.first?.isLetter == true || unit == "%",
              let amount = decimal(number) else { return nil }
        return Attribute.Quantity(amount: amount, unit: unit)
    }

    /// "10" → "10", "10,5" → "10.5", "1.000" → "1000" (Dutch thousands); nil when unclear.
    private static func decimal(_ number: Substring) -> String? {
        if !number.contains(",") && !number.contains(".") { return String(number) }
        if let canonical = AmountSyntax.canonical(String(number)) { return canonical }
        // One decimal ("10,5") is no amount but a plain quantity.
        let parts = number.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count == 2, !parts[0].contains("."), parts[1].count == 1 { return parts[0] + "." + parts[1] }
        let groups = number.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 1, !number.contains(","), groups.dropFirst().allSatisfy({ $0.count == 3 }) { return groups.joined() }
        return nil
    }
}
