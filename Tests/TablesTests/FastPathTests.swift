import Foundation
import Geometry
import Layout
@testable import Tables
import Testing
import TestSupport

/// The parser reads plain ASCII text byte by byte and lines by word ranges, for speed. Each
/// fast path must answer exactly as the Character-based definition it replaces: these tests
/// hold the definitions (`Reference`, as the parser had them) against the parser on random
/// text built from the characters that tell them apart (accents, "€", Unicode spaces and
/// dashes, combining marks, "\r\n", Arabic prepend marks), and on random lines.
@Suite struct FastPathTests {
    static let pieces = ["0", "1", "5", "9", "00", "250", ",", ".", "-", "−", "–", "—", "€", "E", "U", "R", "e", "u", "r",
                         "EUR", "eur", "tot", " ", "  ", "- ", "a", "Z", "/", "(", ")", "*", "†", "\u{301}", "\r", "\n",
                         "\r\n", "\t", "\u{A0}", "\u{2009}", "\u{3000}", "\u{85}", "\u{0600}", "é", "ë", "İ", "K", "\u{212A}",
                         "maand", "Minuut", "p/m", "start", "Tarief", "prijs", "Kosten", "product", "Naam", "pagina", "of"]

    /// `count` random texts of up to `length` pieces, the same on every run.
    static func texts(_ count: Int, length: Int = 10, seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            (0..<random.next(below: length + 1)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
        }
    }

    /// Amounts and near-amounts, as printed and slightly off.
    static func amounts(_ count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        let parts = ["0", "00", "5", "12", "125", "007", "1.250", "1,250", "12.345.678", ",", ".", ",-", "-", "−", "–", "€", "EUR", "e", "a", " "]
        return (0..<count).map { _ in (0..<random.next(below: 6)).map { _ in parts[random.next(below: parts.count)] }.joined() }
    }

    @Test func amountSyntax() {
        for text in Self.texts(20_000, seed: 1) + Self.amounts(20_000, seed: 2) {
            #expect(AmountSyntax.canonical(text) == Reference.canonical(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func headerVocabulary() {
        let vocabulary = HeaderVocabulary.standard
        for text in Self.texts(20_000, seed: 3) {
            #expect(HeaderVocabulary.normalise(text) == Reference.normalise(text), "\(Array(text.unicodeScalars))")
            #expect(vocabulary.label(for: text) == Reference.label(text, vocabulary), "\(Array(text.unicodeScalars))")
            #expect(vocabulary.looksLikeHeader(text) == Reference.looksLikeHeader(text, vocabulary), "\(Array(text.unicodeScalars))")
            let reading = vocabulary.reading(text)
            #expect(reading.label == vocabulary.label(for: text) && reading.looksLikeHeader == vocabulary.looksLikeHeader(text))
            #expect(vocabulary.isGenericNameHeader(text) == Reference.isGenericNameHeader(text, vocabulary), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func textJoiner() {
        let texts = Self.texts(20_000, seed: 4)
        for text in texts {
            #expect(TextJoiner.collapsingWhitespace(text) == Reference.collapsingWhitespace(text), "\(Array(text.unicodeScalars))")
        }
        for pair in zip(texts, texts.dropFirst()) {
            #expect(TextJoiner.join([pair.0, pair.1]) == Reference.join([pair.0, pair.1]), "\(pair)")
        }
    }

    @Test func numbersAndPageNumbers() {
        for text in Self.texts(20_000, length: 4, seed: 5) + Self.texts(5_000, seed: 6) {
            #expect(FootnoteDetector.looksLikeNumber(text) == Reference.looksLikeNumber(text), "\(Array(text.unicodeScalars))")
            #expect(RunningTextDetector.isPageNumber(text) == Reference.isPageNumber(text), "\(Array(text.unicodeScalars))")
        }
    }

    /// Random lines: words of random text, sizes, styles and gaps (some NaN-free overlaps).
    static func lines(_ count: Int, seed: UInt64) -> [Line] {
        var random = SeededGenerator(seed: seed)
        let texts = Self.texts(400, length: 3, seed: seed &+ 1) + Self.amounts(400, seed: seed &+ 2)
            + ["€", "€", "-", "–", "tot", "EUR", "5,00", "0,22-0,43", "€0,22–€0,43", "1.250,00", "(per", "gebruiker)"]
        return (0..<count).map { _ in
            var x = 50.0
            let words = (0..<random.next(below: 9)).map { _ -> Word in
                let size = [6.0, 8.0, 9.0, 9.04, 10.0][random.next(below: 5)]
                x += Double(random.next(below: 30)) - 4
                let text = texts[random.next(below: texts.count)]
                let width = Double(max(1, text.count)) * 0.55 * size
                let font = ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"][random.next(below: 3)]
                defer { x += width }
                return Word(text: text, box: Rect(minX: x, minY: 100, maxX: x + width, maxY: 100 + size), fontName: font, fontSize: size)
            }
            return Line(words: words)
        }
    }

    @Test func moneyTokens() {
        let tokenizer = MoneyTokenizer()
        for line in Self.lines(20_000, seed: 7) {
            #expect(tokenizer.tokens(in: line) == Reference.tokens(in: line), "\(line.words.map(\.text))")
        }
    }

    /// `containsASCII` and the annotation tests built on it, against `contains` on Characters,
    /// on random text with "(" and ")" among accents, "€" and combining marks.
    @Test func asciiContains() {
        let pieces = Self.pieces + ["(alleen", "(alleen bij", "alleen", "(per", "gebruiker)"]
        var random = SeededGenerator(seed: 41)
        for _ in 0..<5_000 {
            let text = (0..<random.next(below: 8)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            #expect(text.containsASCII("(") == text.contains("("), "\(text.debugDescription)")
            #expect(text.containsASCII("(alleen") == text.contains("(alleen"), "\(text.debugDescription)")
            #expect(TableReader.opensAnnotation(text) == (text.contains("(") && !text.contains(")")))
            #expect(TableReader.closesAnnotation(text) == (text.hasSuffix(")") && !text.contains("(")))
        }
    }

    @Test func lineHelpers() {
        for line in Self.lines(5_000, seed: 8) {
            for ratio in [0.6, 1.0] {
                let segments = line.segments(gapRatio: ratio)
                let ranges = line.segmentRanges(gapRatio: ratio)
                #expect(ranges.map { Array(line.words[$0]) } == segments)
                let shape = line.segmentShape(gapRatio: ratio)
                #expect(shape.segments == segments.count && shape.longest == (segments.map(\.count).max() ?? 0))
                #expect(ranges.map { line.box(of: $0) } == segments.map { $0.map(\.box).union()! })
            }
            // Both join through `SpacedText`: the standard library's joiner is the oracle.
            let joined = line.words.map(\.text).joined(separator: " ")
            #expect(line.words.joinedText == joined && line.text == joined)
            let include = { (word: Word) in word.box.minX < 120 }
            let named = line.words.filter(include)
            #expect(line.isBold(where: include) == (named.isEmpty ? nil : Line(words: named).isBold))
        }
    }
}

/// The Character-based definitions, as the parser had them before its fast paths.
enum Reference {
    static func canonical(_ text: String) -> String? {
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
        } else if fraction.count >= 2, fraction.allSatisfy(\.isASCIIDigit), body[separator] == "," || fraction.count == 2 {
            decimals = String(fraction)
        } else {
            return nil
        }
        guard let digits = wholeDigits(whole, groupedBy: body[separator] == "," ? "." : ",") else { return nil }
        return sign + digits + "." + decimals
    }

    static func wholeDigits(_ whole: Substring, groupedBy separator: Character) -> String? {
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

    static func tokens(in line: Line) -> [MoneyToken] {
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
            let printed = words[range].map(\.text).joined(separator: " ")
            tokens.append(MoneyToken(money: MoneyText(low: token.low, high: token.high, printed: printed),
                                     wordRange: range, box: words[range].map(\.box).union()!))
            i = token.end
        }
        return tokens
    }

    static func amount(at i: Int, _ words: [Word]) -> (String, Int)? {
        let text = words[i].text
        guard MoneyTokenizer.mayStartAmount(text) else { return nil }
        if MoneyTokenizer.currencyWords.contains(text), i + 1 < words.count, close(words[i], words[i + 1]),
           let value = canonical(words[i + 1].text) {
            return (value, i + 2)
        }
        if let range = singleWordRange(text) { return (range.low, i + 1) }
        for prefix in MoneyTokenizer.currencyWords where text.hasPrefix(prefix) && text.count > prefix.count {
            if let value = canonical(String(text.dropFirst(prefix.count))) { return (value, i + 1) }
        }
        if let value = canonical(text.hasSuffix("€") ? String(text.dropLast()) : text) { return (value, i + 1) }
        return nil
    }

    static func rangeTail(after end: Int, _ words: [Word]) -> (String, Int)? {
        if end > 0, let range = singleWordRange(words[end - 1].text), let high = range.high { return (high, end) }
        guard end + 1 < words.count, MoneyTokenizer.rangeDashes.contains(words[end].text),
              close(words[end - 1], words[end]), close(words[end], words[end + 1]),
              let (high, highEnd) = amount(at: end + 1, words) else { return nil }
        return (high, highEnd)
    }

    static func singleWordRange(_ text: String) -> (low: String, high: String?)? {
        guard text.utf8.count >= 7 else { return nil }
        for dash in ["-", "–", "—"] where text.contains(dash) {
            let parts = text.components(separatedBy: dash)
            guard parts.count == 2 else { continue }
            let clean = parts.map { part in
                MoneyTokenizer.currencyWords.reduce(part) { $0.replacingOccurrences(of: $1, with: "") }
            }
            if let low = canonical(clean[0]), let high = canonical(clean[1]) { return (low, high) }
        }
        return nil
    }

    static func close(_ a: Word, _ b: Word) -> Bool {
        b.box.minX - a.box.maxX <= TableSettings.standard.moneyGapRatio * max(a.fontSize, b.fontSize)
    }

    static func normalise(_ text: String) -> String {
        let lower = text.lowercased().replacingOccurrences(of: "- ", with: "")
        return lower.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func label(_ header: String, _ vocabulary: HeaderVocabulary) -> PriceLabel? {
        let text = normalise(header)
        return vocabulary.rules.first { rule in rule.keywords.allSatisfy { text.contains($0) } }?.label
    }

    static func looksLikeHeader(_ text: String, _ vocabulary: HeaderVocabulary) -> Bool {
        let normalised = normalise(text)
        return label(text, vocabulary) != nil || vocabulary.headerWords.contains { normalised.contains($0) }
    }

    static func isGenericNameHeader(_ text: String, _ vocabulary: HeaderVocabulary) -> Bool {
        vocabulary.genericNameHeaders.contains(normalise(text).trimmingCharacters(in: .punctuationCharacters))
    }

    static func join(_ lines: [String]) -> String {
        var result = ""
        for raw in lines {
            let line = collapsingWhitespace(raw)
            guard !line.isEmpty else { continue }
            result = result.isEmpty ? line : joinPair(result, line)
        }
        return result
    }

    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func joinPair(_ head: String, _ tail: String) -> String {
        if head.hasSuffix("/"), head.dropLast().last?.isLetter == true { return head + tail }
        guard head.hasSuffix("-"), head.dropLast().last?.isLetter == true, let next = tail.first else {
            return head + " " + tail
        }
        let firstWord = tail.split(separator: " ").first.map(String.init) ?? ""
        if TextJoiner.conjunctions.contains(firstWord.lowercased()) { return head + " " + tail }
        if next.isLowercase { return String(head.dropLast()) + tail }
        return head + tail
    }

    static func looksLikeNumber(_ text: String) -> Bool {
        (text.count <= 2 && text.allSatisfy(\.isASCIIDigit)) || (!text.isEmpty && text.allSatisfy { "*†‡".contains($0) })
    }

    static func isPageNumber(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "/" })
            .filter { !["pagina", "page", "blz.", "blz", "van", "of", "p."].contains($0) }
        return !words.isEmpty && words.count <= 2 && words.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }
}
