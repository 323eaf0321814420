import Foundation
import Tables

/// Reads how call minutes and cents are rounded from the sheet's own sentences
/// ("Minuten worden naar boven afgerond, centen worden naar boven afgerond.").
///
/// A rounding sentence anywhere on a page (a remark, a footnote, prose) states the billing
/// rule for the page's usage prices, so it applies to every call-rate product of that page.
/// The regular expressions below are the definition; printable ASCII text is read by
/// `TextScanner` with the same result (see there).
public enum RoundingRule {
    static let minutes = try! NSRegularExpression(
        pattern: #"minu(?:ten|ut)[^.;,]*?naar\s+(boven|beneden)\s+(?:af)?gerond"#, options: [.caseInsensitive])
    static let cents = try! NSRegularExpression(
        pattern: #"cent(?:en|s)?[^.;,]*?naar\s+(boven|beneden)\s+(?:af)?gerond"#, options: [.caseInsensitive])

    /// What is rounded: the subject of a rounding sentence.
    enum Subject {
        case minutes, cents
    }

    /// The rounding stated in the texts, nil when none is.
    public static func rounding(in texts: [String]) -> Rounding? {
        var rounding = Rounding()
        for text in texts {
            rounding.minutes = rounding.minutes ?? direction(of: .minutes, in: text)
            rounding.cents = rounding.cents ?? direction(of: .cents, in: text)
        }
        return rounding.isEmpty ? nil : rounding
    }

    private static func direction(of subject: Subject, in text: String) -> Rounding.Direction? {
        if let scanned = TextScanner.scan(text, { $0.rounding(of: subject) }) { return scanned }
        let range = NSRange(text.startIndex..., in: text)
        guard let match = (subject == .minutes ? minutes : cents).firstMatch(in: text, range: range),
              let word = Range(match.range(at: 1), in: text) else { return nil }
        return text[word].lowercased() == "boven" ? .up : .down
    }
}

/// `RoundingRule`'s patterns in printable ASCII.
extension TextScanner {
    /// The direction the first rounding sentence about `subject` states.
    func rounding(of subject: RoundingRule.Subject) -> Rounding.Direction? {
        guard let match = firstMatch({ roundingSentence(of: subject, at: $0) }) else { return nil }
        return word(Self.boven, at: match.group.lowerBound) == match.group.upperBound ? .up : .down
    }

    /// `minu(?:ten|ut)` or `cent(?:en|s)?`, then `[^.;,]*?naar\s+(boven|beneden)\s+(?:af)?gerond`.
    private func roundingSentence(of subject: RoundingRule.Subject, at start: Int) -> Match? {
        let (stem, endings) = subject == .minutes ? (Self.minu, Self.minuteEndings) : (Self.cent, Self.centEndings)
        guard let afterStem = word(stem, at: start) else { return nil }
        // Each ending in the order the alternation tries them; for each, the lazy `[^.;,]*?`
        // grows a byte at a time, never over a full stop, semicolon or comma.
        for ending in endings {
            guard var index = word(ending, at: afterStem) else { continue }
            while true {
                if let (group, end) = roundedDirection(at: index) { return Match(range: start..<end, group: group) }
                guard index < bytes.count, !Self.endsClause(bytes[index]) else { break }
                index += 1
            }
        }
        return nil
    }

    /// `naar\s+(boven|beneden)\s+(?:af)?gerond` at `start`: the direction word and the end.
    private func roundedDirection(at start: Int) -> (group: Range<Int>, end: Int)? {
        guard let wordStart = oneOrMoreSpaces(from: word(Self.naar, at: start)),
              let wordEnd = word(Self.boven, at: wordStart) ?? word(Self.beneden, at: wordStart),
              let afterSpaces = oneOrMoreSpaces(from: wordEnd),
              let end = word(Self.gerond, at: word(Self.af, at: afterSpaces) ?? afterSpaces) else { return nil }
        return (wordStart..<wordEnd, end)
    }

    private static func endsClause(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",")
    }

    private static let minu = Array("minu".utf8), cent = Array("cent".utf8)
    /// The alternatives after the stem, in order; the empty one is `?` skipping the group.
    private static let minuteEndings = [Array("ten".utf8), Array("ut".utf8)]
    private static let centEndings = [Array("en".utf8), Array("s".utf8), []]
    private static let naar = Array("naar".utf8), boven = Array("boven".utf8), beneden = Array("beneden".utf8)
    private static let af = Array("af".utf8), gerond = Array("gerond".utf8)
}
