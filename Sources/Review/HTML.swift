/// Text made safe for HTML: what the sheet prints may hold `<`, `&` or quotes.
enum HTML {
    /// `text` escaped for element content and for attribute values in double quotes.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A length in points for an SVG attribute, to a hundredth: the same bytes on every run.
    static func points(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e9 else { return "0" }
        let hundredths = Int((value * 100).rounded())
        let whole = abs(hundredths) / 100, rest = abs(hundredths) % 100
        return "\(hundredths < 0 ? "-" : "")\(whole)" + (rest == 0 ? "" : rest % 10 == 0 ? ".\(rest / 10)" : ".\(rest < 10 ? "0" : "")\(rest)")
    }
}
