/// Joins the printed lines of one wrapped text (a name, a header label, a footnote).
///
/// "Start-" + "tarief" → "Starttarief" (hyphenation: the hyphen was the typesetter's);
/// "Noord-" + "Amerika" → "Noord-Amerika" (a real hyphen before a capital stays);
/// "Midden-" + "en Zuid-Europa" → "Midden- en Zuid-Europa" (a suspended hyphen before a
/// conjunction keeps its space); anything else joins with one space.
public enum TextJoiner {
    static let conjunctions: Set<String> = ["en", "of", "tot", "and", "or", "to", "&"]

    public static func join<S: Sequence>(_ lines: S) -> String where S.Element == String {
        var result = ""
        for raw in lines {
            let line = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !line.isEmpty else { continue }
            if result.isEmpty {
                result = line
            } else {
                result = joinPair(result, line)
            }
        }
        return result
    }

    private static func joinPair(_ head: String, _ tail: String) -> String {
        guard head.hasSuffix("-"), head.dropLast().last?.isLetter == true, let next = tail.first else {
            return head + " " + tail
        }
        let firstWord = tail.split(separator: " ").first.map(String.init) ?? ""
        if conjunctions.contains(firstWord.lowercased()) { return head + " " + tail }
        if next.isLowercase { return String(head.dropLast()) + tail }
        return head + tail
    }
}
