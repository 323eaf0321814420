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
                append(line, to: &result)
            }
        }
        return result
    }

    /// Runs of white space → one space, trimmed. Lines built from words are nearly always
    /// clean already, so a byte scan decides whether the costly Unicode split is needed.
    static func collapsingWhitespace(_ text: String) -> String {
        isCollapsed(text) ? text : splitAndJoin(text)
    }

    /// True when splitting at white space and joining with single spaces gives `text` back:
    /// no white space at either end, none but lone plain spaces inside. Bytes that cannot
    /// start or extend white space (letters, accents, "€") are passed over; a Unicode space,
    /// a control, or a byte above ASCII right after a space (a combining mark makes " ́" one
    /// white-space Character) sends the text to the split.
    static func isCollapsed(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isCollapsed(bytes:)) ?? isCollapsed(bytes: Array(text.utf8))
    }

    private static func isCollapsed<Bytes: RandomAccessCollection<UInt8>>(bytes: Bytes) -> Bool where Bytes.Index == Int {
        var afterSpace = true // a leading space is not clean
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            if byte == PlainASCII.space {
                if afterSpace { return false }
                afterSpace = true
            } else if byte < 0x20 || (byte >= 0x80 && afterSpace && i > bytes.startIndex) {
                return false
            } else {
                if byte >= 0xC2, isUnicodeSpace(bytes, at: i) { return false }
                afterSpace = false
            }
            i += 1
        }
        return !afterSpace || bytes.isEmpty
    }

    /// Whether the scalar at `i` is white space outside ASCII (U+0085, U+00A0, U+1680,
    /// U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000).
    private static func isUnicodeSpace<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at i: Int) -> Bool
    where Bytes.Index == Int {
        func byte(_ k: Int) -> UInt8 { i + k < bytes.endIndex ? bytes[i + k] : 0 }
        switch bytes[i] {
        case 0xC2: return byte(1) == 0x85 || byte(1) == 0xA0
        case 0xE1: return byte(1) == 0x9A && byte(2) == 0x80
        case 0xE2:
            if byte(1) == 0x80 { return byte(2) <= 0x8A || byte(2) == 0xA8 || byte(2) == 0xA9 || byte(2) == 0xAF }
            return byte(1) == 0x81 && byte(2) == 0x9F
        case 0xE3: return byte(1) == 0x80 && byte(2) == 0x80
        default: return false
        }
    }

    private static func splitAndJoin(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `joinPair` in place. Only a head ending in "/" or "-" joins other than with a space, and
    /// its last byte tells: no other Character equals either.
    private static func append(_ tail: String, to head: inout String) {
        if let last = head.utf8.last, last != UInt8(ascii: "/"), last != PlainASCII.hyphen {
            head += " "
            head += tail
        } else {
            head = joinPair(head, tail)
        }
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
