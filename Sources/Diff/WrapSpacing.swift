/// Text with the spacing that depends on line wraps taken out, for comparing, never for showing.
///
/// The parser joins a wrapped line to the one above with a space, except after a hyphen
/// ("Noord-" + "Amerika"); so whether "uitbreiding/bijbestellen" or "Midden- en" carries a
/// space after the "/" or "-" depends on where the line broke, which is layout. Runs of
/// whitespace become one space and spaces next to "-" and "/" are dropped, on both sides alike.
enum WrapSpacing {
    static func canonical(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        var result = ""
        for word in words {
            if let last = result.last, !joinsTight(last), !joinsTight(word.first!) { result.append(" ") }
            result += word
        }
        return result
    }

    private static func joinsTight(_ character: Character) -> Bool { character == "-" || character == "/" }
}
