/// An amount as printed, already read into canonical decimal text ("1.250,00" → "1250.00").
/// The catalogue stage turns it into exact money; no binary float is ever involved.
public struct MoneyText: Sendable, Equatable {
    /// The amount, or the low end of a range, as a decimal string with a dot.
    public var low: String
    /// The high end of a range (`€ 0,22 - € 0,43`), nil for a single amount.
    public var high: String?
    /// The cell's money text as printed.
    public var printed: String

    public init(low: String, high: String? = nil, printed: String) {
        self.low = low
        self.high = high
        self.printed = printed
    }
}

/// Reads one printed number into canonical decimal text, exactly or not at all.
public enum AmountSyntax {
    /// "5,00", "1.250,00", "5,-", "-5,00", "0,0050", "0.06", "0.0050" (a dot followed by other
    /// than three digits cannot be a thousands separator). Returns nil for anything else,
    /// including "5", "085", "3222", "1.250".
    public static func canonical(_ text: String) -> String? {
        var body = Substring(text)
        var sign = ""
        if let first = body.first, first == "-" || first == "−" {
            sign = "-"
            body = body.dropFirst()
        }
        guard let separator = body.lastIndex(where: { $0 == "," || $0 == "." }) else { return nil }
        let whole = body[..<separator]
        let fraction = body[body.index(after: separator)...]
        let decimals: String
        if body[separator] == ",", fraction == "-" || fraction == "–" {
            decimals = "00"
        } else if fraction.count >= 2, fraction.allSatisfy(\.isASCIIDigit),
                  body[separator] == "," || fraction.count != 3 {
            decimals = String(fraction)
        } else {
            return nil
        }
        guard let digits = wholeDigits(whole, groupedBy: body[separator] == "," ? "." : ",") else { return nil }
        return sign + digits + "." + decimals
    }

    /// "1.250" → "1250" when grouped in threes, "12" → "12", "007" → "7"; nil otherwise.
    private static func wholeDigits(_ whole: Substring, groupedBy separator: Character) -> String? {
        let groups = whole.split(separator: separator, omittingEmptySubsequences: false)
        guard let head = groups.first, !head.isEmpty, head.allSatisfy(\.isASCIIDigit) else { return nil }
        if groups.count > 1 {
            guard head.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) })
            else { return nil }
        }
        let significant = groups.joined(separator: "").drop { $0 == "0" }
        return significant.isEmpty ? "0" : String(significant)
    }
}

extension Character {
    /// "0" to "9".
    var isASCIIDigit: Bool { asciiValue.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false }
}
