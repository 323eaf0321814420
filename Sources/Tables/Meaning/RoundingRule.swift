import Catalogue
import Foundation

/// Reads how call minutes and cents are rounded from the sheet's own sentences
/// ("Minuten worden naar boven afgerond, centen worden naar boven afgerond.").
///
/// A rounding sentence anywhere on a page (a remark, a footnote, prose) states the billing
/// rule for the page's usage prices, so it applies to every call-rate product of that page.
/// The words are the vocabulary's (`rounding`): a subject, then within the same clause a
/// direction and the verb.
struct RoundingRule: Sendable {
    private let minutes: NSRegularExpression
    private let cents: NSRegularExpression
    private let upward: NSRegularExpression

    init(vocabulary: Vocabulary) {
        let words = vocabulary.rounding
        let direction = "(" + Annotation.alternatives(words.up + words.down) + #")\s+"# + Annotation.alternatives(words.rounded)
        func sentence(_ subject: [String]) -> NSRegularExpression {
            try! NSRegularExpression(pattern: Annotation.alternatives(subject) + "[^.;,]*?" + direction, options: [.caseInsensitive])
        }
        minutes = sentence(words.minutes)
        cents = sentence(words.cents)
        upward = try! NSRegularExpression(pattern: "^" + Annotation.alternatives(words.up) + "$", options: [.caseInsensitive])
    }

    /// The rounding stated in the texts, nil when none is.
    func rounding(in texts: [String]) -> Rounding? {
        var rounding = Rounding()
        for text in texts {
            rounding.minutes = rounding.minutes ?? direction(minutes, in: text)
            rounding.cents = rounding.cents ?? direction(cents, in: text)
        }
        return rounding.isEmpty ? nil : rounding
    }

    private func direction(_ sentence: NSRegularExpression, in text: String) -> Rounding.Direction? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = sentence.firstMatch(in: text, range: range), let words = Range(match.range(at: 1), in: text)
        else { return nil }
        let phrase = String(text[words])
        return upward.firstMatch(in: phrase, range: NSRange(phrase.startIndex..., in: phrase)) != nil ? .up : .down
    }
}
