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
    /// "5,00", "1.250,00", "5,-", "-5,00", "0.06" (a dot with two decimals cannot be a
    /// thousands separator). Returns nil for anything else, including "5", "085", "3222".
    public static func canonical(_ text: String) -> String? {
        text.withPlainASCII(canonical(plain:)) ?? canonical(characters: text)
    }

    /// The Character-based reading: any text, its Unicode rules included ("−5,00", "5,–").
    static func canonical(characters text: String) -> String? {
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
                  body[separator] == "," || fraction.count == 2 {
            decimals = String(fraction)
        } else {
            return nil
        }
        guard let digits = wholeDigits(whole, groupedBy: body[separator] == "," ? "." : ",") else { return nil }
        return sign + digits + "." + decimals
    }

    /// "1.250" → "1250" when grouped in threes, "12" → "12"; nil otherwise.
    private static func wholeDigits(_ whole: Substring, groupedBy separator: Character) -> String? {
        let groups = whole.split(separator: separator, omittingEmptySubsequences: false)
        guard let head = groups.first, !head.isEmpty, head.allSatisfy(\.isASCIIDigit) else { return nil }
        if groups.count > 1 {
            guard head.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) })
            else { return nil }
        }
        let joined = groups.joined()
        let trimmed = joined.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }
}

extension AmountSyntax {
    /// `canonical` on plain ASCII bytes, the same rules byte by byte: a sign, then the last
    /// "," or "." splits whole digits (grouped in threes by the other mark) from the decimals.
    static func canonical(plain bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let negative = bytes.first == PlainASCII.hyphen
        let body = bytes[(negative ? 1 : 0)...]
        guard let separator = body.lastIndex(where: { $0 == PlainASCII.comma || $0 == PlainASCII.dot }) else { return nil }
        let isComma = bytes[separator] == PlainASCII.comma
        let fraction = bytes[(separator + 1)...]
        let dashed = isComma && fraction.count == 1 && fraction.first == PlainASCII.hyphen // "5,-"
        guard dashed || (fraction.count >= 2 && fraction.allSatisfy(PlainASCII.isDigit) && (isComma || fraction.count == 2)),
              let whole = wholeDigits(body[..<separator], groupedBy: isComma ? PlainASCII.dot : PlainASCII.comma)
        else { return nil }
        let decimals = dashed ? 2 : fraction.count
        return String(unsafeUninitializedCapacity: (negative ? 1 : 0) + max(whole.digits, 1) + 1 + decimals) { out in
            var end = 0
            func put(_ byte: UInt8) {
                out[end] = byte
                end += 1
            }
            if negative { put(PlainASCII.hyphen) }
            if whole.digits == 0 { put(PlainASCII.zero) }
            for byte in body[whole.start..<separator] where byte != whole.separator { put(byte) }
            put(PlainASCII.dot)
            if dashed {
                put(PlainASCII.zero)
                put(PlainASCII.zero)
            } else {
                for byte in fraction { put(byte) }
            }
            return end
        }
    }

    /// `wholeDigits` on bytes: where the significant digits start ("007" → "7", "1.250" →
    /// "1250") and how many there are; nil when the digits are not one group, or a group of
    /// at most three followed by groups of exactly three.
    private static func wholeDigits(_ whole: Slice<UnsafeBufferPointer<UInt8>>, groupedBy separator: UInt8)
        -> (start: Int, digits: Int, separator: UInt8)? {
        var groupLength = 0, groups = 1
        for byte in whole {
            if byte == separator {
                guard groupLength > 0, groups > 1 ? groupLength == 3 : groupLength <= 3 else { return nil }
                groups += 1
                groupLength = 0
            } else {
                guard PlainASCII.isDigit(byte) else { return nil }
                groupLength += 1
            }
        }
        guard groupLength > 0, groups == 1 || groupLength == 3 else { return nil }
        // Leading zeros go, across separators: "0.000" has no significant digit.
        let start = whole.firstIndex { $0 != PlainASCII.zero && $0 != separator } ?? whole.endIndex
        return (start, whole[start...].count { $0 != separator }, separator)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
