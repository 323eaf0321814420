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
    /// Read as UTF-8 bytes: every word of a sheet that starts like a number is asked.
    public static func canonical(_ text: String) -> String? {
        var body = ArraySlice(text.utf8)
        var sign = ""
        for minus in minusSigns where body.starts(with: minus) {
            sign = "-"
            body = body.dropFirst(minus.count)
            break
        }
        guard let separator = body.lastIndex(where: { $0 == comma || $0 == dot }) else { return nil }
        let whole = body[..<separator]
        let fraction = body[(separator + 1)...]
        let isComma = body[separator] == comma
        let decimals: String
        if isComma, noDecimals.contains(where: { fraction.elementsEqual($0) }) {
            decimals = "00"
        } else if fraction.count >= 2, fraction.allSatisfy(isDigit), isComma || fraction.count != 3 {
            decimals = String(decoding: fraction, as: UTF8.self)
        } else {
            return nil
        }
        guard let digits = wholeDigits(whole, groupedBy: isComma ? dot : comma) else { return nil }
        return sign + digits + "." + decimals
    }

    /// "1.250" → "1250" when grouped in threes, "12" → "12", "007" → "7"; nil otherwise.
    private static func wholeDigits(_ whole: ArraySlice<UInt8>, groupedBy separator: UInt8) -> String? {
        let groups = whole.split(separator: separator, omittingEmptySubsequences: false)
        guard let head = groups.first, !head.isEmpty, head.allSatisfy(isDigit) else { return nil }
        if groups.count > 1 {
            guard head.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(isDigit) }) else { return nil }
        }
        let significant = groups.joined().drop { $0 == UInt8(ascii: "0") }
        return significant.isEmpty ? "0" : String(decoding: Array(significant), as: UTF8.self)
    }

    private static let comma = UInt8(ascii: ","), dot = UInt8(ascii: ".")
    /// "-" and "−" before an amount.
    private static let minusSigns = [Array("-".utf8), Array("−".utf8)]
    /// "-" and "–" after a decimal comma: "45,-".
    private static let noDecimals = [Array("-".utf8), Array("–".utf8)]

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}

extension Character {
    /// "0" to "9".
    var isASCIIDigit: Bool { asciiValue.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false }
}
