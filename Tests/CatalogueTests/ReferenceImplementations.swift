import Catalogue
import Foundation
import Tables

/// The catalogue rules, builder and JSON writer as they were before they were made fast
/// (Foundation searches and regular expressions, a `JSONValue` tree, string appends), kept
/// verbatim as the oracle the fast versions are checked against byte for byte.
enum Reference {
    // MARK: Slug

    static func slug(_ text: String) -> String {
        let source = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.decomposedStringWithCanonicalMapping
        let folded = source.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
        var slug = ""
        var pendingDash = false
        for scalar in folded {
            let c = Character(scalar).lowercased()
            if c.count == 1, let ch = c.first, ch.isASCII, ch.isLetter || ch.isNumber {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                slug.append(ch)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "product" : slug
    }

    static func unique(_ slugs: [String]) -> [String] {
        var seen: [String: Int] = [:]
        var taken = Set(slugs)
        return slugs.map { slug in
            seen[slug, default: 0] += 1
            guard seen[slug]! > 1 else { return slug }
            var n = seen[slug]!
            while taken.contains("\(slug)-\(n)") { n += 1 }
            taken.insert("\(slug)-\(n)")
            return "\(slug)-\(n)"
        }
    }

    // MARK: Annotation

    static let requiresPattern = try! NSRegularExpression(
        pattern: #"\(\s*alleen\s+(?:bij|voor)\s+(.+?)\s+(?:users?|gebruikers?)\s*\)"#, options: [.caseInsensitive])
    static let perUserPattern = try! NSRegularExpression(
        pattern: #"\(?\s*per\s+(?:gebruiker|user)\s*\)?"#, options: [.caseInsensitive])

    static func requirements(in name: String) -> (name: String, requires: [String]) {
        guard name.range(of: "alleen", options: .caseInsensitive) != nil else { return (name, []) }
        var requires: [String] = []
        let range = NSRange(name.startIndex..., in: name)
        for match in requiresPattern.matches(in: name, range: range) {
            let list = String(name[Range(match.range(at: 1), in: name)!])
            requires += list.components(separatedBy: CharacterSet(charactersIn: ",/&"))
                .flatMap { $0.components(separatedBy: " en ") }
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
        let cleaned = requiresPattern.stringByReplacingMatches(in: name, range: range, withTemplate: "")
        return (collapse(cleaned), requires)
    }

    static func cellAnnotation(_ text: String) -> (per: String?, rest: String?) {
        let range = NSRange(text.startIndex..., in: text)
        guard perUserPattern.firstMatch(in: text, range: range) != nil else { return (nil, nilIfEmpty(collapse(text))) }
        let rest = perUserPattern.stringByReplacingMatches(in: text, range: range, withTemplate: "")
        return ("user", nilIfEmpty(collapse(rest)))
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func nilIfEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    // MARK: RoundingRule

    static let minutes = try! NSRegularExpression(
        pattern: #"minu(?:ten|ut)[^.;,]*?naar\s+(boven|beneden)\s+(?:af)?gerond"#, options: [.caseInsensitive])
    static let cents = try! NSRegularExpression(
        pattern: #"cent(?:en|s)?[^.;,]*?naar\s+(boven|beneden)\s+(?:af)?gerond"#, options: [.caseInsensitive])

    static func rounding(in texts: [String]) -> Rounding? {
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

    // MARK: Money

    /// Units and scale as `Money.init?(_:)` read them.
    static func money(_ text: String) -> (units: Int64, scale: Int)? {
        var body = Substring(text)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 15,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fraction.isEmpty, fraction.count <= 12, fraction.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        let scale = max(2, fraction.count)
        let digits = whole + fraction + String(repeating: "0", count: scale - fraction.count)
        guard let units = Int64(digits) else { return nil }
        return (negative ? -units : units, scale)
    }

    static func description(_ money: Money) -> String {
        let magnitude = String(money.units.magnitude)
        let padded = String(repeating: "0", count: max(0, money.scale + 1 - magnitude.count)) + magnitude
        let split = padded.index(padded.endIndex, offsetBy: -money.scale)
        return (money.units < 0 ? "-" : "") + padded[..<split] + "." + padded[split...]
    }
}
