import Catalogue
import Foundation
import Geometry
import Layout

/// The words of the sheets the parser reads, as data (`vocabulary.json`, shipped with the
/// module): header words and the price labels they give, cell words, annotations, the words
/// of joins and page furniture. The one place to teach the parser a new sheet's words; a user
/// extends it with a file of the same shape (`extended(by:)`), never with code.
public struct Vocabulary: Sendable {
    /// A header whose normalised text contains every keyword of a rule gets its label; rules
    /// are tried in order, most specific first ("kosten per minuut mobiele nummer" must not
    /// read as perMinute).
    public struct LabelRule: Sendable, Codable, Equatable {
        public var label: PriceLabel
        public var keywords: [String]

        public init(_ label: PriceLabel, _ keywords: [String]) {
            self.label = label
            self.keywords = keywords
        }
    }

    /// "(alleen bij Pro user)": how a requirement annotation opens, the words for users, and
    /// what separates user types in a list ("Plus en Pro").
    public struct Requirement: Sendable, Codable, Equatable {
        public var openings: [String]
        public var userWords: [String]
        public var listSeparators: [String]
    }

    /// "Minuten worden naar boven afgerond": the subjects, directions and verbs of a rounding sentence.
    public struct RoundingWords: Sendable, Codable, Equatable {
        public var minutes: [String]
        public var cents: [String]
        public var up: [String]
        public var down: [String]
        public var rounded: [String]
    }

    /// "24 maanden", "2 jaar": a contract term in a header; the unit word and its months.
    public struct TermUnit: Sendable, Codable, Equatable {
        public var word: String
        public var months: Int
    }

    /// "Geldig vanaf 1 maart 2027": the phrases that introduce the date a sheet's prices take
    /// effect, and the names of the months (January first), each with its spellings.
    public struct ValidityWords: Sendable, Codable, Equatable {
        public var phrases: [String]
        public var months: [[String]]
    }

    /// "Alle prijzen zijn exclusief btw": the words for the tax and for leaving it out or in.
    public struct VATWords: Sendable, Codable, Equatable {
        public var taxWords: [String]
        public var excluding: [String]
        public var including: [String]
    }

    public var priceLabels: [LabelRule]
    /// Words that make a line look like a header even before a rule matches it whole.
    public var priceHeaderWords: [String]
    /// Name-column headers that are no captions ("Productnaam"): a table whose name header is
    /// anything else is captioned by it ("Nationaal bellen").
    public var genericNameHeaders: [String]
    public var currencyWords: [String]
    /// What stands between the two ends of a range ("€ 0,22 - € 0,43", "0,22 tot 0,43").
    public var rangeWords: [String]
    /// Cell text that says "no price here" on purpose.
    public var emptyCellWords: [String]
    /// Cell text that means a price of zero.
    public var freeWords: [String]
    /// Cell text that means a price is given on request ("op aanvraag").
    public var onRequestWords: [String]
    /// Attribute text that means no limit ("Onbeperkt").
    public var unlimitedWords: [String]
    /// Units of contract terms in headers.
    public var termUnits: [TermUnit]
    /// Notes printed on a caption's line that are no part of the caption ("Door KPN te factureren").
    public var captionNotes: [String]
    public var validity: ValidityWords
    public var vat: VATWords
    public var requirement: Requirement
    /// "(per gebruiker)" after an amount: the price is per user.
    public var perUserPhrases: [String]
    public var rounding: RoundingWords
    /// Words after a suspended hyphen that keep its space: "Midden-" + "en Zuid-Europa".
    public var joinConjunctions: [String]
    /// Words around a page number: "Pagina 3 van 5".
    public var pageWords: [String]
    /// Characters that start a bulleted line of prose.
    public var bullets: [String]

    /// The vocabulary the project ships (`vocabulary.json` beside this file).
    public static let standard: Vocabulary = {
        guard let url = Bundle.module.url(forResource: "vocabulary", withExtension: "json"),
              let data = try? Data(contentsOf: url) else { fatalError("the shipped vocabulary.json is missing") }
        do { return try Vocabulary(json: data) } catch { fatalError("the shipped vocabulary.json does not read: \(error)") }
    }()

    /// A complete vocabulary from JSON: every key present.
    public init(json: Data) throws(VocabularyError) {
        let file = try Self.decode(json)
        guard let complete = Vocabulary(file) else { throw VocabularyError(reason: "a vocabulary needs every key") }
        self = complete
    }

    /// This vocabulary with a user's additions (JSON of any subset of the keys): their label
    /// rules tried first, their words added to these.
    public func extended(by json: Data) throws(VocabularyError) -> Vocabulary {
        let file = try Self.decode(json)
        var result = self
        result.priceLabels = (file.priceLabels ?? []) + priceLabels
        result.priceHeaderWords += file.priceHeaderWords ?? []
        result.genericNameHeaders += file.genericNameHeaders ?? []
        result.currencyWords += file.currencyWords ?? []
        result.rangeWords += file.rangeWords ?? []
        result.emptyCellWords += file.emptyCellWords ?? []
        result.freeWords += file.freeWords ?? []
        result.onRequestWords += file.onRequestWords ?? []
        result.unlimitedWords += file.unlimitedWords ?? []
        result.termUnits += file.termUnits ?? []
        result.captionNotes += file.captionNotes ?? []
        if let more = file.validity {
            result.validity.phrases += more.phrases
            for (month, spellings) in more.months.prefix(12).enumerated() { result.validity.months[month] += spellings }
        }
        if let more = file.vat {
            result.vat.taxWords += more.taxWords
            result.vat.excluding += more.excluding
            result.vat.including += more.including
        }
        result.perUserPhrases += file.perUserPhrases ?? []
        result.joinConjunctions += file.joinConjunctions ?? []
        result.pageWords += file.pageWords ?? []
        result.bullets += file.bullets ?? []
        if let more = file.requirement {
            result.requirement.openings += more.openings
            result.requirement.userWords += more.userWords
            result.requirement.listSeparators += more.listSeparators
        }
        if let more = file.rounding {
            result.rounding.minutes += more.minutes
            result.rounding.cents += more.cents
            result.rounding.up += more.up
            result.rounding.down += more.down
            result.rounding.rounded += more.rounded
        }
        return result
    }

    private static func decode(_ json: Data) throws(VocabularyError) -> VocabularyFile {
        do { return try JSONDecoder().decode(VocabularyFile.self, from: json) } catch {
            throw VocabularyError(reason: "is not a vocabulary (\(error.shortDescription))")
        }
    }

    private init?(_ file: VocabularyFile) {
        guard let priceLabels = file.priceLabels, let priceHeaderWords = file.priceHeaderWords,
              let genericNameHeaders = file.genericNameHeaders, let currencyWords = file.currencyWords,
              let rangeWords = file.rangeWords, let emptyCellWords = file.emptyCellWords, let freeWords = file.freeWords,
              let requirement = file.requirement, let perUserPhrases = file.perUserPhrases, let rounding = file.rounding,
              let joinConjunctions = file.joinConjunctions, let pageWords = file.pageWords, let bullets = file.bullets,
              let onRequestWords = file.onRequestWords, let unlimitedWords = file.unlimitedWords, let termUnits = file.termUnits,
              let captionNotes = file.captionNotes, let validity = file.validity, validity.months.count == 12, let vat = file.vat
        else { return nil }
        self.onRequestWords = onRequestWords
        self.unlimitedWords = unlimitedWords
        self.termUnits = termUnits
        self.captionNotes = captionNotes
        self.validity = validity
        self.vat = vat
        self.priceLabels = priceLabels
        self.priceHeaderWords = priceHeaderWords
        self.genericNameHeaders = genericNameHeaders
        self.currencyWords = currencyWords
        self.rangeWords = rangeWords
        self.emptyCellWords = emptyCellWords
        self.freeWords = freeWords
        self.requirement = requirement
        self.perUserPhrases = perUserPhrases
        self.rounding = rounding
        self.joinConjunctions = joinConjunctions
        self.pageWords = pageWords
        self.bullets = bullets
    }
}

// MARK: - Reading header text

extension Vocabulary {
    /// The label for a header, nil when no rule fits (the caller warns; it never guesses).
    public func label(for header: String) -> PriceLabel? {
        label(for: HeaderText(header))
    }

    /// True when the text reads as a price header: a rule fits, or it has a price header word.
    public func looksLikePriceHeader(_ text: String) -> Bool {
        let header = HeaderText(text)
        return label(for: header) != nil || priceHeaderWords.contains(where: header.contains)
    }

    /// The label a header's text gives and whether it reads as a price header, its text read once.
    func reading(_ text: String) -> (label: PriceLabel?, looksLikeHeader: Bool) {
        let header = HeaderText(text)
        let label = label(for: header)
        return (label, label != nil || priceHeaderWords.contains(where: header.contains))
    }

    /// The contract term a header states ("24 maanden" → 24, "2 jaar" → 24) and the header
    /// without it, which is what gets the label ("Eenmalig 12 maanden" reads as one-time).
    public func term(in header: String) -> (months: Int?, rest: String) {
        // Most headers state no term: without a digit there is none.
        guard header.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) else { return (nil, header) }
        // Split scalar by scalar: a header's words are joined by plain spaces, and splitting
        // by `Character` costs a grapheme break a letter.
        let words = header.unicodeScalars.split(whereSeparator: \.isWhiteSpace).map { String($0) }
        for (i, word) in words.enumerated() {
            guard let (count, unitWords) = Self.count(at: i, words), i + unitWords < words.count || unitWords == 0,
                  let unit = termUnits.first(where: { $0.word == (unitWords == 0 ? Self.letters(of: word) : words[i + 1].lowercased()) })
            else { continue }
            var rest = words
            rest.removeSubrange(i...(i + unitWords))
            return (count * unit.months, rest.joined(separator: " "))
        }
        return (nil, header)
    }

    /// A whole number at word `i` ("24", or "24" glued to its unit: "24mnd"), and whether the unit
    /// is the next word (1) or in the same word (0).
    private static func count(at i: Int, _ words: [String]) -> (Int, Int)? {
        let digits = words[i].prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, digits.count <= 3, let count = Int(digits), count > 0 else { return nil }
        return (count, digits.count == words[i].count ? 1 : 0)
    }

    private static func letters(of word: String) -> String {
        String(word.drop(while: \.isASCIIDigit)).lowercased()
    }

    /// True for a note printed on a caption's line ("Door KPN te factureren"), whole.
    public func isCaptionNote(_ text: String) -> Bool {
        let normalised = HeaderText.normalised(text)
        return captionNotes.contains { $0.lowercased() == normalised }
    }

    /// True for a name-column header that is no caption ("Productnaam").
    public func isGenericNameHeader(_ text: String) -> Bool {
        genericNameHeaders.contains(HeaderText.normalised(text).trimmingCharacters(in: .punctuationCharacters))
    }

    private func label(for header: HeaderText) -> PriceLabel? {
        priceLabels.first { rule in rule.keywords.allSatisfy(header.contains) }?.label
    }
}

/// A header's text as the vocabulary matches it: lower case, "start- tarief" → "starttarief",
/// runs of white space as one space.
struct HeaderText {
    private let text: SearchableText

    init(_ text: String) {
        self.text = SearchableText(utf8: Self.normalisedUTF8(text))
    }

    static func normalised(_ text: String) -> String {
        String(decoding: normalisedUTF8(text), as: UTF8.self)
    }

    /// The normalised text as UTF-8, built as bytes: every header, label and caption is asked,
    /// and growing a string scalar by scalar costs several times as much.
    private static func normalisedUTF8(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        var spaceBefore = false
        // Scalar by scalar: splitting into words by `Character` costs a property lookup a letter.
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isWhiteSpace {
                spaceBefore = !result.isEmpty
                continue
            }
            if spaceBefore {
                // A hyphen before a space was the typesetter's: "start- tarief" reads "starttarief".
                if result.last == UInt8(ascii: "-") { result.removeLast() } else { result.append(UInt8(ascii: " ")) }
                spaceBefore = false
            }
            result.append(contentsOf: UTF8.encode(scalar)!)
        }
        return result
    }

    /// Whether the keyword (lower case) occurs in the text.
    func contains(_ keyword: String) -> Bool { text.contains(keyword) }
}

// MARK: - Words of cells

extension Vocabulary {
    /// Whether `text` is one of `words`, ignoring case.
    func contains(_ words: [String], _ text: String) -> Bool {
        let lower = text.lowercased()
        return words.contains { $0.lowercased() == lower }
    }
}

/// A vocabulary file that could not be read, in words that complete "FILE: …".
public struct VocabularyError: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}

/// `vocabulary.json` as written: every key optional, so a user's file may add to a few lists only.
private struct VocabularyFile: Decodable {
    var priceLabels: [Vocabulary.LabelRule]?
    var priceHeaderWords: [String]?
    var genericNameHeaders: [String]?
    var currencyWords: [String]?
    var rangeWords: [String]?
    var emptyCellWords: [String]?
    var freeWords: [String]?
    var onRequestWords: [String]?
    var unlimitedWords: [String]?
    var termUnits: [Vocabulary.TermUnit]?
    var captionNotes: [String]?
    var validity: Vocabulary.ValidityWords?
    var vat: Vocabulary.VATWords?
    var requirement: Vocabulary.Requirement?
    var perUserPhrases: [String]?
    var rounding: Vocabulary.RoundingWords?
    var joinConjunctions: [String]?
    var pageWords: [String]?
    var bullets: [String]?
}

extension Error {
    /// A decoding error as one short line (what and where), anything else as it describes itself.
    var shortDescription: String {
        switch self as? DecodingError {
        case .keyNotFound(let key, _)?: "missing \(key.stringValue)"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?: "wrong type at \(Self.path(context.codingPath))"
        case .dataCorrupted(let context)?: context.codingPath.isEmpty ? "malformed JSON" : "bad value at \(Self.path(context.codingPath))"
        default: "\(self)"
        }
    }

    /// "priceLabels[0].label".
    private static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce("") { path, key in
            key.intValue.map { path + "[\($0)]" } ?? (path.isEmpty ? key.stringValue : path + "." + key.stringValue)
        }
    }
}
