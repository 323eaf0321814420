import Foundation
import Geometry

/// The annotations a sheet prints next to names and amounts, and what they mean.
///
/// "(alleen bij Pro user)" after a name → requires ["Pro"]; "(per gebruiker)" after an
/// amount → per "user". Both are taken out of the printed text.
///
/// The regular expressions below are the definition; printable ASCII text is read by
/// `TextScanner` with the same result (see there).
public enum Annotation {
    /// "(alleen bij Pro user)", "(alleen bij Plus en Pro users)", "(alleen voor Pro gebruikers)".
    static let requiresPattern = try! NSRegularExpression(
        pattern: #"\(\s*alleen\s+(?:bij|voor)\s+(.+?)\s+(?:users?|gebruikers?)\s*\)"#, options: [.caseInsensitive])
    static let perUserPattern = try! NSRegularExpression(
        pattern: #"\(?\s*per\s+(?:gebruiker|user)\s*\)?"#, options: [.caseInsensitive])

    /// The name without its requirement annotations, and the user types they name.
    public static func requirements(in name: String) -> (name: String, requires: [String]) {
        if let scanned = TextScanner.scan(name, { $0.requirements() }) { return scanned ?? (name, []) }
        if cannotCarryRequirement(name) { return (name, []) }
        // The regular expression is costly; almost no name carries the annotation.
        guard name.range(of: "alleen", options: .caseInsensitive) != nil else { return (name, []) }
        var requires: [String] = []
        let range = NSRange(name.startIndex..., in: name)
        for match in requiresPattern.matches(in: name, range: range) {
            requires += userTypes(in: String(name[Range(match.range(at: 1), in: name)!]))
        }
        let cleaned = requiresPattern.stringByReplacingMatches(in: name, range: range, withTemplate: "")
        return (collapse(cleaned), requires)
    }

    /// True for a name of ASCII and Latin-1 ("Israël") that has no "alleen" in any case and
    /// whose whitespace is already collapsed. Whatever Foundation's costly case-insensitive
    /// search would say, `requirements` gives such a name back unchanged: the pattern cannot
    /// match (no Latin-1 letter case-folds to a letter of "alleen"), and collapsing changes
    /// nothing.
    private static func cannotCarryRequirement(_ name: String) -> Bool {
        var latin1: [UInt8] = []
        latin1.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            guard scalar.value <= 0xFF else { return false }
            latin1.append(UInt8(scalar.value))
        }
        let mentionsAlleen = latin1.withUnsafeBufferPointer { ASCIIBytes.contains(TextScanner.alleen, ignoringCaseIn: $0) }
        return !mentionsAlleen && ASCIIText.isCollapsed(latin1: latin1)
    }

    /// "Plus en Pro", "Plus, Pro", "Plus/Pro" → ["Plus", "Pro"].
    static func userTypes(in list: String) -> [String] {
        list.components(separatedBy: CharacterSet(charactersIn: ",/&"))
            .flatMap { $0.components(separatedBy: " en ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// Reads a cell's annotation: per "user", and what is left over (nil when nothing).
    public static func cellAnnotation(_ text: String) -> (per: String?, rest: String?) {
        if let scanned = TextScanner.scan(text, { $0.cellAnnotation() }) { return scanned }
        let range = NSRange(text.startIndex..., in: text)
        guard perUserPattern.firstMatch(in: text, range: range) != nil else { return (nil, collapse(text).nilIfEmpty) }
        let rest = perUserPattern.stringByReplacingMatches(in: text, range: range, withTemplate: "")
        return ("user", collapse(rest).nilIfEmpty)
    }

    /// Runs of whitespace as one space, none at either end.
    static func collapse(_ text: String) -> String {
        ASCIIText.collapse(text.utf8) ?? text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

/// `Annotation`'s patterns in printable ASCII.
extension TextScanner {
    /// What `Annotation.requirements` gives, or nil when "alleen" is nowhere in the text (the
    /// name then stays exactly as printed, whitespace and all).
    func requirements() -> (name: String, requires: [String])? {
        guard ASCIIBytes.contains(Self.alleen, ignoringCaseIn: bytes) else { return nil }
        let found = matches(requirement(at:))
        let requires = found.flatMap { userTypes(in: $0.group) }
        return (ASCIIText.collapse(ascii: removing(found)), requires)
    }

    /// What `Annotation.cellAnnotation` gives.
    func cellAnnotation() -> (per: String?, rest: String?) {
        let found = matches(perUser(at:))
        guard !found.isEmpty else { return (nil, ASCIIText.collapse(ascii: bytes).nilIfEmpty) }
        return ("user", ASCIIText.collapse(ascii: removing(found)).nilIfEmpty)
    }

    /// `\(\s*alleen\s+(?:bij|voor)\s+(.+?)\s+(?:users?|gebruikers?)\s*\)` at `start`.
    private func requirement(at start: Int) -> Match? {
        guard byte(at: start) == UInt8(ascii: "(") else { return nil }
        let whomStart = oneOrMoreSpaces(from: word(Self.alleen, at: spaces(from: start + 1)))
        guard let whomEnd = word(Self.bij, at: whomStart) ?? word(Self.voor, at: whomStart),
              let afterSpaces = oneOrMoreSpaces(from: whomEnd) else { return nil }
        // `\s+` gives spaces back one at a time; for each, the lazy `.+?` grows a byte at a time.
        for listStart in stride(from: afterSpaces, to: whomEnd, by: -1) {
            for listEnd in stride(from: listStart + 1, through: bytes.count, by: 1) {
                if let end = userTypeEnd(at: listEnd) { return Match(range: start..<end, group: listStart..<listEnd) }
            }
        }
        return nil
    }

    /// `\s+(?:users?|gebruikers?)\s*\)` at `start`: where it ends.
    private func userTypeEnd(at start: Int) -> Int? {
        let word = oneOrMoreSpaces(from: start)
        guard var end = self.word(Self.user, at: word) ?? self.word(Self.gebruiker, at: word) else { return nil }
        if ASCIIBytes.lowercased(byte(at: end)) == UInt8(ascii: "s") { end += 1 }
        end = spaces(from: end)
        return byte(at: end) == UInt8(ascii: ")") ? end + 1 : nil
    }

    /// `\(?\s*per\s+(?:gebruiker|user)\s*\)?` at `start`.
    private func perUser(at start: Int) -> Match? {
        let open = byte(at: start) == UInt8(ascii: "(") ? start + 1 : start
        let word = oneOrMoreSpaces(from: self.word(Self.per, at: spaces(from: open)))
        guard let afterWord = self.word(Self.gebruiker, at: word) ?? self.word(Self.user, at: word) else { return nil }
        let end = spaces(from: afterWord)
        return Match(range: start..<(byte(at: end) == UInt8(ascii: ")") ? end + 1 : end))
    }

    /// `Annotation.userTypes` for printable ASCII: split at ",", "/", "&" and " en ", trimmed
    /// of spaces, empty parts dropped.
    private func userTypes(in list: Range<Int>) -> [String] {
        var types: [String] = []
        for part in Array(bytes[list]).split(whereSeparator: Self.separatesUserTypes) {
            for name in ASCIIText.components(of: part, separatedBy: Self.en) {
                let trimmed = ASCIIText.trimmingSpaces(name)
                if !trimmed.isEmpty { types.append(String(decoding: trimmed, as: UTF8.self)) }
            }
        }
        return types
    }

    private static func separatesUserTypes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "&")
    }

    static let alleen = Array("alleen".utf8)
    private static let bij = Array("bij".utf8), voor = Array("voor".utf8)
    private static let user = Array("user".utf8), gebruiker = Array("gebruiker".utf8), per = Array("per".utf8)
    private static let en = Array(" en ".utf8)
}
