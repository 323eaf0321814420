/// The contract's text rules applied to spec text: what the catalogue must say for a string the
/// renderer drew (markers taken out, designer's line breaks joined).
public enum SpecText {
    /// The footnote markers written as `{n}` in `text`, in order (same grammar as the renderer:
    /// letters, digits or `*` between braces).
    public static func markers(in text: String) -> [String] {
        split(text).markers
    }

    /// `text` with its `{n}` markers taken out.
    public static func withoutMarkers(_ text: String) -> String {
        split(text).plain
    }

    /// The text as the catalogue prints it: markers out, lines joined, runs of spaces as one.
    public static func printed(_ text: String) -> String {
        joinLines(withoutMarkers(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    /// Wrapped lines joined the way DESIGN.md describes: "Start-" + "tarief" → "Starttarief"
    /// (the hyphen was the typesetter's), "Noord-" + "Amerika" → "Noord-Amerika", "Midden-" +
    /// "en Zuid-Europa" keeps its space (suspended hyphen before a conjunction), else one space.
    public static func joinLines(_ lines: [String]) -> String {
        var result = ""
        for raw in lines {
            let line = collapse(raw)
            guard !line.isEmpty else { continue }
            guard !result.isEmpty else {
                result = line
                continue
            }
            let firstWord = line.split(separator: " ").first.map { $0.lowercased() } ?? ""
            if result.hasSuffix("-"), result.dropLast().last?.isLetter == true,
               !["en", "of", "tot", "and", "or", "to", "&"].contains(firstWord) {
                result = line.first!.isLowercase ? String(result.dropLast()) + line : result + line
            } else {
                result += " " + line
            }
        }
        return result
    }

    /// Runs of whitespace as one space, none at the ends.
    public static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func split(_ text: String) -> (plain: String, markers: [String]) {
        var plain = ""
        var markers: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let tail = rest[rest.index(after: open)...]
            let marker = tail.prefix { $0.isLetter || $0.isNumber || $0 == "*" }
            if !marker.isEmpty, marker.endIndex < rest.endIndex, rest[marker.endIndex] == "}" {
                plain += rest[..<open]
                markers.append(String(marker))
                rest = rest[rest.index(after: marker.endIndex)...]
            } else {
                plain += rest[...open]
                rest = tail
            }
        }
        return (plain + rest, markers)
    }
}
