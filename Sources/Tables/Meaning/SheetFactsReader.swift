import Catalogue
import Layout

/// What a sheet says of itself in its own sentences: the date its prices take effect
/// ("Geldig vanaf 1 maart 2027") and whether they include VAT ("exclusief btw"). Phrases and
/// month names come from the vocabulary. Never a guess: a sheet that says nothing leaves both
/// unknown, and one that says two different things gets a warning and leaves it unknown.
struct SheetFactsReader {
    let vocabulary: Vocabulary
    /// The validity phrases as lower-case words, and their first words (most words of a text are none).
    private let phrases: [[String]]
    private let phraseStarts: Set<String>
    /// The phrases as they stand in a text, for finding the few texts that hold one.
    private let phraseTexts: [String]
    private let taxWords: Set<String>
    private let excluding: Set<String>
    private let including: Set<String>

    init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        phrases = vocabulary.validity.phrases.map { $0.lowercased().split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
        phraseStarts = Set(phrases.map { $0[0] })
        phraseTexts = phrases.map { $0.joined(separator: " ") }
        taxWords = Set(vocabulary.vat.taxWords.map { Self.trimmed($0.lowercased()) })
        excluding = Set(vocabulary.vat.excluding.map { $0.lowercased() })
        including = Set(vocabulary.vat.including.map { $0.lowercased() })
    }

    struct Facts {
        var validFrom: String?
        var vatIncluded: Bool?
    }

    /// What one text states: the dates its validity phrases give and its VAT statements.
    private struct Statements: Sendable {
        var dates: [String] = []
        var vat: [Bool] = []
    }

    /// The facts stated in the sheet's title and texts (prose, remarks, footnotes); with
    /// `workers` above 1, the texts are read on that many threads (the same facts).
    func facts(in texts: [PageText], title: String? = nil, workers: Int = 1, warnings: inout [Warning]) -> Facts {
        let all = (title.map { [PageText(page: 1, kind: .prose, text: $0)] } ?? []) + texts
        let stated = all.concurrentMap(workers: workers) { statements(in: $0.text) }
        let dates = zip(all, stated).flatMap { text, statements in statements.dates.map { (date: $0, page: text.page, text: text.text) } }
        let vat = zip(all, stated).flatMap { text, statements in statements.vat.map { (included: $0, page: text.page, text: text.text) } }
        var facts = Facts()
        let distinctDates = Array(Set(dates.map(\.date))).sorted()
        if distinctDates.count == 1 { facts.validFrom = distinctDates[0] }
        if distinctDates.count > 1 {
            warnings.append(Warning(page: dates[0].page, message: "the sheet states \(distinctDates.count) dates its prices take effect "
                + "(\(distinctDates.joined(separator: ", "))); validFrom is left unknown", text: dates[0].text))
        }
        let inclusions = Set(vat.map(\.included))
        if inclusions.count == 1 { facts.vatIncluded = inclusions.first }
        if inclusions.count > 1 {
            warnings.append(Warning(page: vat[0].page, message: "the sheet says prices both include and exclude VAT; vatIncluded is left unknown",
                                    text: vat[0].text))
        }
        return facts
    }

    private func statements(in text: String) -> Statements {
        // Most texts state neither: only one holding a validity phrase and a date's digits,
        // or a tax word, is read word by word. A text's words are joined by single spaces
        // (`TextJoiner`), so a phrase's words stand in it as the phrase does.
        let lower = text.lowercased()
        let searchable = SearchableText(lower)
        let datesValidity = lower.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
            && phraseTexts.contains(where: searchable.contains)
        let mentionsTax = taxWords.contains(where: searchable.contains)
        guard datesValidity || mentionsTax else { return Statements() }
        let words = lower.split(separator: " ").map(String.init)
        return Statements(dates: datesValidity ? validityDates(words) : [], vat: mentionsTax ? vatStatements(words) : [])
    }

    // MARK: Validity

    /// ISO dates following a validity phrase.
    private func validityDates(_ words: [String]) -> [String] {
        var dates: [String] = []
        for i in words.indices where phraseStarts.contains(words[i]) {
            for phrase in phrases where i + phrase.count < words.count && zip(words[i...], phrase).allSatisfy({ $0 == $1 }) {
                if let date = date(at: i + phrase.count, words) { dates.append(date) }
            }
        }
        return dates
    }

    /// "1 maart 2027", "01-03-2027", "1/3/2027", "2027-03-01" at word `i`, as an ISO date.
    private func date(at i: Int, _ words: [String]) -> String? {
        guard i < words.count else { return nil }
        let first = Self.trimmed(words[i])
        let numbers = first.split(whereSeparator: { "-/.".contains($0) }).map(String.init)
        if numbers.count == 3, numbers.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) {
            return numbers[0].count == 4 ? Self.iso(year: numbers[0], month: numbers[1], day: numbers[2])
                : Self.iso(year: numbers[2], month: numbers[1], day: numbers[0])
        }
        guard i + 2 < words.count, first.allSatisfy(\.isASCIIDigit),
              let month = vocabulary.validity.months.firstIndex(where: { $0.contains(Self.trimmed(words[i + 1])) }) else { return nil }
        return Self.iso(year: Self.trimmed(words[i + 2]), month: String(month + 1), day: first)
    }

    private static func iso(year: String, month: String, day: String) -> String? {
        guard year.count == 4, let y = Int(year), let m = Int(month), let d = Int(day), (1...12).contains(m) else { return nil }
        let days = [31, y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...days[m - 1]).contains(d) else { return nil }
        return year + "-" + (m < 10 ? "0" : "") + String(m) + "-" + (d < 10 ? "0" : "") + String(d)
    }

    /// A word without the punctuation a sentence puts after it ("2027." → "2027", "btw," → "btw").
    /// Asked of every word of every text: a word without any is returned as it is.
    private static func trimmed(_ word: String) -> String {
        var scalars = word.unicodeScalars[...]
        while let last = scalars.last, sentencePunctuation.contains(last) { scalars = scalars.dropLast() }
        return scalars.count == word.unicodeScalars.count ? word : String(scalars)
    }

    private static let sentencePunctuation = Set(".,;:)!?".unicodeScalars)

    // MARK: VAT

    /// For each "exclusief … btw" (false) and "inclusief … btw" (true): the tax word at most a
    /// few words after the excluding or including word ("incl. 21% btw").
    private func vatStatements(_ words: [String]) -> [Bool] {
        let tax = taxWords
        var statements: [Bool] = []
        for (i, word) in words.enumerated() {
            let included: Bool
            if excluding.contains(word) || excluding.contains(Self.trimmed(word)) { included = false }
            else if including.contains(word) || including.contains(Self.trimmed(word)) { included = true }
            else { continue }
            if words[(i + 1)...].prefix(3).contains(where: { tax.contains(Self.trimmed($0)) }) { statements.append(included) }
        }
        return statements
    }
}
