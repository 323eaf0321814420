import Foundation
import Tables

/// Reads how call minutes and cents are rounded from the sheet's own sentences
/// ("Minuten worden naar boven afgerond, centen worden naar boven afgerond.").
///
/// A rounding sentence anywhere on a page (a remark, a footnote, prose) states the billing
/// rule for the page's usage prices, so it applies to every call-rate product of that page.
public enum RoundingRule {
    static let minutes = try! NSRegularExpression(
        pattern: #"minu(?:ten|ut)[^.;,]*?naar\s+(boven|beneden)\s+(?:af)?gerond"#, options: [.caseInsensitive])
    static let cents = try! NSRegularExpression(
        pattern: #"cent(?:en|s)?[^.;,]*?naar\s+(boven|beneden)\s+(?:af)?gerond"#, options: [.caseInsensitive])

    /// The rounding stated in the texts, nil when none is.
    public static func rounding(in texts: [String]) -> Rounding? {
        var rounding = Rounding()
        for text in texts {
            rounding.minutes = rounding.minutes ?? direction(minutes, text)
            rounding.cents = rounding.cents ?? direction(cents, text)
        }
        return rounding.isEmpty ? nil : rounding
    }

    private static func direction(_ pattern: NSRegularExpression, _ text: String) -> Rounding.Direction? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = pattern.firstMatch(in: text, range: range),
              let word = Range(match.range(at: 1), in: text) else { return nil }
        return text[word].lowercased() == "boven" ? .up : .down
    }
}
