import Foundation
import Geometry
import Layout

/// An amount found on a line, with the words it was read from; or a word that stands in a
/// cell in an amount's place ("Gratis", "op aanvraag", "n.v.t."), which makes its row a
/// product row as an amount would, but is no amount anywhere else (a header, a caption, prose).
public struct MoneyToken: Sendable, Equatable {
    /// What the cell says.
    public enum Kind: Sendable, Equatable {
        /// A printed amount or range: `money` holds it.
        case amount
        /// "Gratis": a price of zero (`money` is 0.00).
        case free
        /// "op aanvraag": a price given on request, no amount.
        case onRequest
        /// "n.v.t.", "–": no price here, on purpose.
        case notApplicable
    }

    public var kind: Kind = .amount
    /// The amount; for a word in an amount's place, its text as printed (and 0.00 when free).
    public var money: MoneyText
    /// Indices of the line's words that make up the amount.
    public var wordRange: Range<Int>
    public var box: Rect

    /// A price in the cell: an amount, "Gratis" or "op aanvraag" (not "n.v.t.", which says there is none).
    public var isPrice: Bool { kind != .notApplicable }
}

/// Finds amounts in a line before columns are assigned, so a `€` printed in only some cells,
/// or a range spread over five words, is one token and can never split a column.
///
/// Accepted: `€ 5,00`, `€5,00`, `EUR 5,00`, `5,00` (bare, two decimals), `€ 1.250,00`,
/// `€ 5,-`, and ranges `€ 0,22 - € 0,43` / `€0,22–€0,43`.
public struct MoneyTokenizer: Sendable {
    public var settings: ParserSettings
    /// Currency and range words.
    public var vocabulary: Vocabulary

    /// The vocabulary's cell words by kind, each phrase as its lower-case words, read once.
    private let cellPhrases: [(kind: MoneyToken.Kind, words: [String])]
    /// The first letters those phrases start with, in either case: most words start otherwise.
    private let cellPhraseStarts: Set<Unicode.Scalar>
    /// The first scalars of the currency words.
    private let currencyStarts: Set<Unicode.Scalar>

    public init(settings: ParserSettings = .standard, vocabulary: Vocabulary = .standard) {
        self.settings = settings
        self.vocabulary = vocabulary
        let kinds: [(MoneyToken.Kind, [String])] = [(.onRequest, vocabulary.onRequestWords), (.free, vocabulary.freeWords),
                                                   (.notApplicable, vocabulary.emptyCellWords)]
        cellPhrases = kinds.flatMap { kind, phrases in phrases.map { (kind, $0.lowercased().split(separator: " ").map(String.init)) } }
        cellPhraseStarts = Set(cellPhrases.compactMap { $0.words.first?.first }.flatMap { start in
            (String(start).unicodeScalars.prefix(1) + start.uppercased().unicodeScalars.prefix(1))
        })
        currencyStarts = Set(vocabulary.currencyWords.compactMap(\.unicodeScalars.first))
    }

    /// The line's tokens. `columnEdges`: where a table's price columns begin, once a header says
    /// so; a cell word starting at one after a word left of it stands in a cell however little
    /// space a long name or the cell before leaves it ("… (alleen bij Plus user) Gratis",
    /// "€ 57,00 (per gebruiker) op aanvraag").
    public func tokens(in line: Line, columnEdges: [Double] = []) -> [MoneyToken] {
        let words = line.words
        var tokens: [MoneyToken] = []
        var i = 0
        while i < words.count {
            let atEdge = i > 0 && columnEdges.contains { words[i - 1].box.maxX < $0 && words[i].box.minX >= $0 }
            if let value = cellWord(at: i, words, afterAmount: tokens.last?.wordRange.upperBound == i, atColumnEdge: atEdge) {
                tokens.append(value)
                i = value.wordRange.upperBound
                continue
            }
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

    /// A cell word at word `i` ("Gratis", "op aanvraag", "n.v.t.", "–"), standing alone in its
    /// cell: a column gap (or the line's end) before and after it, or an amount right before
    /// (`afterAmount`) or after it (every amount starts a cell of its own, however tight the
    /// columns). The same words inside a name or a sentence ("Bellen – Nederland", "Gratis
    /// installatie") are text.
    private func cellWord(at i: Int, _ words: [Word], afterAmount: Bool, atColumnEdge: Bool = false) -> MoneyToken? {
        guard mayStartCellWord(words[i].text),
              i == 0 || afterAmount || atColumnEdge || cellGap(words[i - 1], words[i]) else { return nil }
        for phrase in cellPhrases {
            // At a column edge only a worded cell ("Gratis"): a dash there may be a sentence's.
            if atColumnEdge, !afterAmount, i > 0, !cellGap(words[i - 1], words[i]),
               !phrase.words[0].contains(where: \.isLetter) { continue }
            let end = i + phrase.words.count
            guard end <= words.count, end == words.count || cellGap(words[end - 1], words[end]) || amount(at: end, words) != nil,
                  zip(words[i..<end], phrase.words).allSatisfy({ $0.text.lowercased() == $1 }) else { continue }
            let printed = words[i..<end].joinedText
            return MoneyToken(kind: phrase.kind, money: MoneyText(low: phrase.kind == .free ? "0.00" : "", printed: printed),
                              wordRange: i..<end, box: words[i..<end].map(\.box).union()!)
        }
        return nil
    }

    /// Whether a word may begin a cell word ("Gratis", "op"): only then is a line worth reading
    /// again for its cells.
    func mayStartCellWord(_ text: String) -> Bool {
        text.unicodeScalars.first.map(cellPhraseStarts.contains) ?? false
    }

    private func cellGap(_ a: Word, _ b: Word) -> Bool {
        b.box.minX - a.box.maxX > settings.cellGapRatio * max(a.fontSize, b.fontSize)
    }

    /// An amount starting at word `i`: its canonical text and the index after its last word.
    private func amount(at i: Int, _ words: [Word]) -> (String, Int)? {
        let text = words[i].text
        guard mayStartAmount(text) else { return nil }
        if vocabulary.currencyWords.contains(text), i + 1 < words.count, close(words[i], words[i + 1]),
           let value = AmountSyntax.canonical(words[i + 1].text) {
            return (value, i + 2)
        }
        return amountInWord(text).map { ($0, i + 1) }
    }

    /// Most words of a sheet are names: an amount starts with a digit, a minus or a currency word.
    private func mayStartAmount(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return ("0"..."9").contains(first) || first == "-" || first == "−"
            || currencyStarts.contains(first) && vocabulary.currencyWords.contains { text.hasPrefix($0) }
    }

    /// An amount printed as one word: a range's low end, "€5,00", "EUR5,00", "5,00€" or "5,00".
    private func amountInWord(_ text: String) -> String? {
        if let range = singleWordRange(text) { return range.low }
        for prefix in vocabulary.currencyWords where text.hasPrefix(prefix) && text.count > prefix.count {
            if let value = AmountSyntax.canonical(String(text.dropFirst(prefix.count))) { return value }
        }
        return AmountSyntax.canonical(text.hasSuffix("€") ? String(text.dropLast()) : text)
    }

    /// "- € 0,43" after an amount ending before word `end`.
    private func rangeTail(after end: Int, _ words: [Word]) -> (String, Int)? {
        if end > 0, let range = singleWordRange(words[end - 1].text), let high = range.high { return (high, end) }
        guard end + 1 < words.count, vocabulary.rangeWords.contains(words[end].text),
              close(words[end - 1], words[end]), close(words[end], words[end + 1]),
              let (high, highEnd) = amount(at: end + 1, words) else { return nil }
        return (high, highEnd)
    }

    /// "€0,22-€0,43" printed without spaces.
    private func singleWordRange(_ text: String) -> (low: String, high: String?)? {
        // "0,1-0,2" is the shortest.
        guard text.unicodeScalars.count >= 7 else { return nil }
        for dash: Character in ["-", "–", "—"] where text.contains(dash) {
            let parts = text.split(separator: dash, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { continue }
            let clean = parts.map { part in
                vocabulary.currencyWords.reduce(part) { $0.replacingOccurrences(of: $1, with: "") }
            }
            if let low = AmountSyntax.canonical(clean[0]), let high = AmountSyntax.canonical(clean[1]) {
                return (low, high)
            }
        }
        return nil
    }

    private func close(_ a: Word, _ b: Word) -> Bool {
        b.box.minX - a.box.maxX <= settings.moneyGapRatio * max(a.fontSize, b.fontSize)
    }
}
