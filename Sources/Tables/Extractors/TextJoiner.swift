/// Joins the printed lines of one wrapped text (a name, a header label, a footnote).
///
/// "Start-" + "tarief" → "Starttarief" (hyphenation: the hyphen was the typesetter's);
/// "Noord-" + "Amerika" → "Noord-Amerika" (a real hyphen before a capital stays);
/// "Midden-" + "en Zuid-Europa" → "Midden- en Zuid-Europa" (a suspended hyphen before a
/// conjunction keeps its space); "uitbreiding/" + "bijbestellen" → "uitbreiding/bijbestellen";
/// anything else joins with one space.
public enum TextJoiner {
    static let conjunctions: Set<String> = ["en", "of", "tot", "and", "or", "to", "&"]

    public static func join<S: Sequence>(_ lines: S) -> String where S.Element == String {
        var result = ""
        for raw in lines {
            let line = collapsingWhitespace(raw)
            guard !line.isEmpty else { continue }
            if result.isEmpty {
                result = line
            } else {
                result = joinPair(result, line)
            }
        }
        return result
    }

    /// Runs of white space → one space, trimmed. Lines built from words are nearly always
    /// clean already, so a byte scan decides whether the costly Unicode split is needed.
    static func collapsingWhitespace(_ text: String) -> String {
        var previousSpace = true // a leading space is not clean
        for byte in text.utf8 {
            // Non-ASCII may hold a Unicode space: leave it to the slow path.
            if byte >= 0x80 || (0x09...0x0D).contains(byte) { return splitAndJoin(text) }
            if byte == 0x20 {
                if previousSpace { return splitAndJoin(text) }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        return previousSpace && !text.isEmpty ? splitAndJoin(text) : text
    }

    private static func splitAndJoin(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func joinPair(_ head: String, _ tail: String) -> String {
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
