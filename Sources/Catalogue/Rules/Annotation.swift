import Foundation

/// The annotations a sheet prints next to names and amounts, and what they mean.
///
/// "(alleen bij Pro user)" after a name → requires ["Pro"]; "(per gebruiker)" after an
/// amount → per "user". Both are taken out of the printed text.
public enum Annotation {
    /// "(alleen bij Pro user)", "(alleen bij Plus en Pro users)", "(alleen voor Pro gebruikers)".
    static let requiresPattern = try! NSRegularExpression(
        pattern: #"\(\s*alleen\s+(?:bij|voor)\s+(.+?)\s+(?:users?|gebruikers?)\s*\)"#, options: [.caseInsensitive])
    static let perUserPattern = try! NSRegularExpression(
        pattern: #"\(?\s*per\s+(?:gebruiker|user)\s*\)?"#, options: [.caseInsensitive])

    /// The name without its requirement annotations, and the user types they name.
    public static func requirements(in name: String) -> (name: String, requires: [String]) {
        // The regular expression is costly; almost no name carries the annotation.
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

    /// Reads a cell's annotation: per "user", and what is left over (nil when nothing).
    public static func cellAnnotation(_ text: String) -> (per: String?, rest: String?) {
        let range = NSRange(text.startIndex..., in: text)
        guard perUserPattern.firstMatch(in: text, range: range) != nil else { return (nil, collapse(text).nilIfEmpty) }
        let rest = perUserPattern.stringByReplacingMatches(in: text, range: range, withTemplate: "")
        return ("user", collapse(rest).nilIfEmpty)
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
