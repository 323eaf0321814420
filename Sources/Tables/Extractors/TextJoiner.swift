/// Joins the printed lines of one wrapped text (a name, a header label, a footnote).
///
/// "Start-" + "tarief" → "Starttarief" (hyphenation: the hyphen was the typesetter's);
/// "Noord-" + "Amerika" → "Noord-Amerika" (a real hyphen before a capital stays);
/// "Midden-" + "en Zuid-Europa" → "Midden- en Zuid-Europa" (a suspended hyphen before a
/// conjunction keeps its space); "Ser\u{00AD}" + "vice" → "Service" (a soft hyphen); "uitbreiding/" + "bijbestellen" → "uitbreiding/bijbestellen";
/// anything else joins with one space.
public struct TextJoiner: Sendable {
    /// Words after a suspended hyphen that keep its space (the vocabulary's `joinConjunctions`).
    var conjunctions: Set<String>

    public init(vocabulary: Vocabulary = .standard) {
        conjunctions = Set(vocabulary.joinConjunctions.map { $0.lowercased() })
    }

    /// The lines joined; empty ones are passed over. Lines are words joined by single spaces
    /// (a word never holds white space: extraction drops it), so their spacing stays as it is.
    public func join<S: Sequence>(_ lines: S) -> String where S.Element == String {
        let joined = lines.filter { !$0.isEmpty }.reduce("") { head, line in
            head.isEmpty ? line : joinPair(head, line)
        }
        // A soft hyphen marks where a word may break; it is never part of the text.
        guard joined.unicodeScalars.contains(Self.softHyphen) else { return joined }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: joined.unicodeScalars.filter { $0 != Self.softHyphen })
        return String(scalars)
    }

    /// U+00AD, which designer tools write where they broke a word ("Ser\u{00AD}" + "vice").
    static let softHyphen: Unicode.Scalar = "\u{00AD}"

    private func joinPair(_ head: String, _ tail: String) -> String {
        // "Ser\u{00AD}" + "vice": the word was broken at a soft hyphen; it joins whole.
        if head.unicodeScalars.last == Self.softHyphen { return head + tail }
        // "uitbreiding/" + "bijbestellen": a slash glued to its word joins without a space
        // ("installatie /" + "nieuwe locatie" keeps it).
        if head.hasSuffix("/"), head.dropLast().last?.isLetter == true { return head + tail }
        guard head.hasSuffix("-"), head.dropLast().last?.isLetter == true, let next = tail.first else {
            return head + " " + tail
        }
        let firstWord = tail.split(separator: " ").first.map(String.init) ?? ""
        if conjunctions.contains(firstWord.lowercased()) { return head + " " + tail }
        if next.isLowercase { return String(head.dropLast()) + tail }
        return head + tail
    }
}
