import Foundation
import Geometry
import Layout

/// An amount found on a line, with the words it was read from.
public struct MoneyToken: Sendable, Equatable {
    public var money: MoneyText
    /// Indices of the line's words that make up the amount.
    public var wordRange: Range<Int>
    public var box: Rect
}

/// Finds amounts in a line before columns are assigned, so a `€` printed in only some cells,
/// or a range spread over five words, is one token and can never split a column.
///
/// Accepted: `€ 5,00`, `€5,00`, `EUR 5,00`, `5,00` (bare, two decimals), `€ 1.250,00`,
/// `€ 5,-`, and ranges `€ 0,22 - € 0,43` / `€0,22–€0,43`.
///
/// Every line of a sheet passes through here, so plain ASCII words are read byte by byte
/// (`PlainASCII`); other words by Characters. Both paths give the same answers.
public struct MoneyTokenizer: Sendable {
    public var settings: TableSettings

    public init(settings: TableSettings = .standard) {
        self.settings = settings
    }

    static let currencyWords: Set<String> = ["€", "EUR", "eur"]
    static let rangeDashes: Set<String> = ["-", "–", "—", "tot"]

    public func tokens(in line: Line) -> [MoneyToken] {
        let words = line.words
        var tokens: [MoneyToken] = []
        var i = 0
        while i < words.count {
            guard let (low, end) = amount(at: i, words) else {
                i += 1
                continue
            }
            var token = (low: low, high: String?.none, end: end)
            if let (high, rangeEnd) = rangeTail(after: end, words) { token = (low, high, rangeEnd) }
            let range = i..<token.end
            tokens.append(MoneyToken(money: MoneyText(low: token.low, high: token.high, printed: words[range].joinedText),
                                     wordRange: range, box: line.box(of: range)))
            i = token.end
        }
        return tokens
    }

    /// An amount starting at word `i`: its canonical text and the index after its last word.
    private func amount(at i: Int, _ words: [Word]) -> (String, Int)? {
        let text = words[i].text
        guard Self.mayStartAmount(text) else { return nil }
        if Self.isCurrencyWord(text), i + 1 < words.count, close(words[i], words[i + 1]),
           let value = AmountSyntax.canonical(words[i + 1].text) {
            return (value, i + 2)
        }
        let value = text.withPlainASCII(Self.amountInWord(plain:)) ?? Self.amountInWord(characters: text)
        return value.map { ($0, i + 1) }
    }

    /// An amount printed as one word: a range's low end, "€5,00", "EUR5,00", "5,00€" or "5,00".
    private static func amountInWord(characters text: String) -> String? {
        if let range = singleWordRange(text) { return range.low }
        for prefix in currencyWords where text.hasPrefix(prefix) && text.count > prefix.count {
            if let value = AmountSyntax.canonical(String(text.dropFirst(prefix.count))) { return value }
        }
        return AmountSyntax.canonical(text.hasSuffix("€") ? String(text.dropLast()) : text)
    }

    /// `amountInWord` for plain ASCII text, which holds no "€": a range, "EUR5,00" or "5,00".
    private static func amountInWord(plain bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if let range = singleWordRange(plain: bytes) { return range.low }
        if bytes.count > 3, startsWithCurrencyCode(bytes),
           let value = AmountSyntax.canonical(plain: UnsafeBufferPointer(rebasing: bytes[3...])) {
            return value
        }
        return AmountSyntax.canonical(plain: bytes)
    }

    /// "EUR" or "eur" at the start.
    private static func startsWithCurrencyCode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 3 && (bytes[0] == UInt8(ascii: "E") && bytes[1] == UInt8(ascii: "U") && bytes[2] == UInt8(ascii: "R")
            || bytes[0] == UInt8(ascii: "e") && bytes[1] == UInt8(ascii: "u") && bytes[2] == UInt8(ascii: "r"))
    }

    /// One of `currencyWords`. Compared as bytes, not hashed: none of the words has another
    /// canonically equivalent spelling, so byte equality is String equality for them.
    static func isCurrencyWord(_ text: String) -> Bool {
        PlainASCII.isOne(of: currencyWordBytes, text) ?? currencyWords.contains(text)
    }

    /// One of `rangeDashes`, compared as bytes (as `isCurrencyWord`).
    static func isRangeDash(_ text: String) -> Bool {
        PlainASCII.isOne(of: rangeDashBytes, text) ?? rangeDashes.contains(text)
    }

    static let currencyWordBytes = currencyWords.map { Array($0.utf8) }
    static let rangeDashBytes = rangeDashes.map { Array($0.utf8) }

    /// Cheap first-byte test: an amount starts with a digit, "€", "EUR", or a minus sign.
    /// Most words of a sheet are names, and they skip all the parsing below.
    static func mayStartAmount(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "E"), UInt8(ascii: "e"): return true
        case 0xE2: return true // first byte of "€" (E2 82 AC) and "−" (E2 88 92)
        default: return false
        }
    }

    /// "- € 0,43" after an amount ending before word `end`.
    private func rangeTail(after end: Int, _ words: [Word]) -> (String, Int)? {
        if end > 0, let range = Self.singleWordRange(words[end - 1].text), let high = range.high { return (high, end) }
        guard end + 1 < words.count, Self.isRangeDash(words[end].text),
              close(words[end - 1], words[end]), close(words[end], words[end + 1]),
              let (high, highEnd) = amount(at: end + 1, words) else { return nil }
        return (high, highEnd)
    }

    /// "€0,22-€0,43" printed without spaces.
    private static func singleWordRange(_ text: String) -> (low: String, high: String?)? {
        guard text.utf8.count >= 7 else { return nil } // "0,1-0,2" is the shortest
        return text.withPlainASCII(singleWordRange(plain:)) ?? singleWordRange(characters: text)
    }

    private static func singleWordRange(characters text: String) -> (low: String, high: String?)? {
        for dash in ["-", "–", "—"] where text.contains(dash) {
            let parts = text.components(separatedBy: dash)
            guard parts.count == 2 else { continue }
            let clean = parts.map { part in
                currencyWords.reduce(part) { $0.replacingOccurrences(of: $1, with: "") }
            }
            if let low = AmountSyntax.canonical(clean[0]), let high = AmountSyntax.canonical(clean[1]) {
                return (low, high)
            }
        }
        return nil
    }

    /// `singleWordRange` for plain ASCII text, where the only dash is "-": two amounts around
    /// a single "-". A word holding "EUR" or "eur" has it removed from its parts first, in an
    /// order that can matter ("EeurUR"): that rare word is read by the Character path.
    private static func singleWordRange(plain bytes: UnsafeBufferPointer<UInt8>) -> (low: String, high: String?)? {
        guard bytes.count >= 7, let dash = bytes.firstIndex(of: PlainASCII.hyphen) else { return nil }
        if PlainASCII.contains(bytes, "EUR") || PlainASCII.contains(bytes, "eur") {
            return singleWordRange(characters: String(decoding: bytes, as: UTF8.self))
        }
        guard !bytes[(dash + 1)...].contains(PlainASCII.hyphen),
              let low = AmountSyntax.canonical(plain: UnsafeBufferPointer(rebasing: bytes[..<dash])),
              let high = AmountSyntax.canonical(plain: UnsafeBufferPointer(rebasing: bytes[(dash + 1)...]))
        else { return nil }
        return (low, high)
    }

    private func close(_ a: Word, _ b: Word) -> Bool {
        b.box.minX - a.box.maxX <= settings.moneyGapRatio * max(a.fontSize, b.fontSize)
    }
}
