import Foundation
import Layout

/// The annotations a sheet prints next to names and amounts, and what they mean.
///
/// "(alleen bij Pro user)" after a name → requires ["Pro"]; "(per gebruiker)" after an
/// amount → per "user". Both are taken out of the printed text. The phrases are the
/// vocabulary's (`requirement`, `perUserPhrases`); the patterns are built from them once.
struct Annotation: Sendable {
    /// "(alleen bij Pro user)", "(alleen bij Plus en Pro users)", "(alleen voor Pro gebruikers)".
    private let requires: NSRegularExpression
    /// "(per gebruiker)", "per user".
    private let perUser: NSRegularExpression
    /// The first word of each opening ("alleen"): a name without any carries no requirement.
    private let openingWords: Set<String>
    private let listSeparators: [String]

    init(vocabulary: Vocabulary) {
        let words = vocabulary.requirement
        requires = try! NSRegularExpression(
            pattern: #"\(\s*"# + Self.alternatives(words.openings) + #"\s+(.+?)\s+"# + Self.alternatives(words.userWords) + #"\s*\)"#,
            options: [.caseInsensitive])
        perUser = try! NSRegularExpression(pattern: #"\(?\s*"# + Self.alternatives(vocabulary.perUserPhrases) + #"\s*\)?"#,
                                           options: [.caseInsensitive])
        openingWords = Set(words.openings.compactMap { $0.split(separator: " ").first?.lowercased() })
        listSeparators = words.listSeparators
    }

    /// The name without its requirement annotations, and the user types they name.
    func requirements(in name: String) -> (name: String, requires: [String]) {
        // Almost no name carries the annotation, and the pattern is costly.
        guard name.unicodeScalars.contains("(") else { return (name, []) }
        let lower = SearchableText(name.lowercased())
        guard openingWords.contains(where: lower.contains) else { return (name, []) }
        let range = NSRange(name.startIndex..., in: name)
        let requires = self.requires.matches(in: name, range: range).flatMap { match in
            userTypes(in: String(name[Range(match.range(at: 1), in: name)!]))
        }
        guard !requires.isEmpty else { return (name, []) }
        let cleaned = self.requires.stringByReplacingMatches(in: name, range: range, withTemplate: "")
        return (Self.collapse(cleaned), requires)
    }

    /// "Plus en Pro", "Plus, Pro", "Plus/Pro" → ["Plus", "Pro"].
    func userTypes(in list: String) -> [String] {
        var parts = [list]
        for separator in listSeparators { parts = parts.flatMap { $0.components(separatedBy: separator) } }
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Reads a cell's annotation: per "user", and what is left over (nil when nothing).
    func cellAnnotation(_ text: String) -> (per: String?, rest: String?) {
        let range = NSRange(text.startIndex..., in: text)
        guard perUser.firstMatch(in: text, range: range) != nil else { return (nil, Self.collapse(text).nilIfEmpty) }
        let rest = perUser.stringByReplacingMatches(in: text, range: range, withTemplate: "")
        return ("user", Self.collapse(rest).nilIfEmpty)
    }

    /// Runs of whitespace as one space, none at either end.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A regular-expression group matching any of the phrases, spaces as runs of white space.
    static func alternatives(_ phrases: [String]) -> String {
        let escaped = phrases.map { phrase in
            phrase.split(separator: " ").map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(separator: #"\s+"#)
        }
        return "(?:" + escaped.joined(separator: "|") + ")"
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
