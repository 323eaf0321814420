/// Turns spec text into Pango markup: escapes it, draws `{n}` footnote markers and keeps amounts whole.
enum Markup {
    /// Marker size relative to the text it follows: small enough to read as a superscript,
    /// large enough that a PDF parser still sees a digit.
    static let markerScale = 0.65
    /// How far a raised marker's baseline sits above the text's, relative to the text size.
    static let markerRise = 0.35

    /// Escapes the characters Pango markup treats as syntax.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "'": out += "&apos;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Text with `{n}` markers drawn per `style`, at a surrounding font size of `size` points.
    static func text(_ text: String, size: Double, markers style: SheetStyle.MarkerStyle) -> String {
        var out = ""
        var rest = Substring(text)
        while let (before, marker, after) = splitAtMarker(rest) {
            out += escape(String(before)) + self.marker(String(marker), size: size, style: style)
            rest = after
        }
        return out + escape(String(rest))
    }

    /// One footnote marker as markup: a smaller raised span, or Unicode superscript digits.
    static func marker(_ marker: String, size: Double, style: SheetStyle.MarkerStyle) -> String {
        switch style {
        case .unicode:
            return escape(superscript(marker))
        case .raised:
            let small = pangoUnits(size * markerScale)
            let rise = pangoUnits(size * markerRise)
            return "<span size=\"\(small)\" rise=\"\(rise)\">\(escape(marker))</span>"
        }
    }

    /// A price cell: euro spacing applied, each "€ amount" unbreakable so a wrap never
    /// separates the sign from its number, and markers drawn like everywhere else.
    static func amount(_ cell: String, size: Double, euroSpacing: Bool,
                       markers style: SheetStyle.MarkerStyle) -> String {
        var out = ""
        var plain = ""
        var chars = Substring(applyEuroSpacing(cell, spaced: euroSpacing))
        while let ch = chars.first {
            guard ch == "€" else {
                plain.append(ch)
                chars = chars.dropFirst()
                continue
            }
            out += text(plain, size: size, markers: style)
            plain = ""
            let (amount, after) = takeAmount(chars)
            out += "<span allow_breaks=\"false\">\(escape(String(amount)))</span>"
            chars = after
        }
        return out + text(plain, size: size, markers: style)
    }

    /// `€ 5,00` ↔ `€5,00`; both spellings in the spec normalise to the style's.
    static func applyEuroSpacing(_ cell: String, spaced: Bool) -> String {
        let tight = cell.replacing("€ ", with: "€")
        return spaced ? tight.replacing("€", with: "€ ") : tight
    }

    /// Unicode superscript forms of the digits; other characters stay as they are.
    static func superscript(_ marker: String) -> String {
        let table: [Character: Character] = [
            "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴",
            "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        ]
        return String(marker.map { table[$0] ?? $0 })
    }

    /// Points to Pango units (1/1024 pt, since the renderer runs Pango at 72 dpi).
    static func pangoUnits(_ points: Double) -> Int {
        Int((points * 1024).rounded())
    }

    /// The text before the first well-formed `{marker}`, the marker, and the rest. A marker is
    /// letters, digits or `*` only, so braces in ordinary prose ("{ zie boven }") stay text.
    private static func splitAtMarker(_ text: Substring) -> (Substring, Substring, Substring)? {
        var search = text[...]
        while let open = search.firstIndex(of: "{") {
            let tail = text[text.index(after: open)...]
            let marker = tail.prefix { $0.isLetter || $0.isNumber || $0 == "*" }
            if !marker.isEmpty, marker.endIndex < text.endIndex, text[marker.endIndex] == "}" {
                return (text[..<open], marker, text[text.index(after: marker.endIndex)...])
            }
            search = tail
        }
        return nil
    }

    /// "€", an optional space, and the run of non-space characters after it.
    private static func takeAmount(_ chars: Substring) -> (Substring, Substring) {
        var end = chars.index(after: chars.startIndex)
        if end < chars.endIndex, chars[end] == " " { end = chars.index(after: end) }
        while end < chars.endIndex, !chars[end].isWhitespace { end = chars.index(after: end) }
        return (chars[..<end], chars[end...])
    }
}
