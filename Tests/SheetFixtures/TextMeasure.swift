/// Conservative text widths for the generator, so it only draws what fits where the renderer puts it.
///
/// The table holds, per character, the widest advance (in em) over DejaVu Sans, Sans Bold, Serif
/// and Serif Bold, read from the font files' `hmtx` tables. Kerning only ever narrows text, so a
/// width from here is an upper bound for either family and weight (italic is no wider).
public enum TextMeasure {
    /// Advance widths in em.
    static let advances: [Character: Double] = [
        " ": 0.348, "!": 0.456, "\"": 0.521, "#": 0.838, "$": 0.696, "%": 1.002, "&": 0.903, "'": 0.306,
        "(": 0.473, ")": 0.473, "*": 0.523, "+": 0.838, ",": 0.380, "-": 0.415, ".": 0.380, "/": 0.365,
        "0": 0.696, "1": 0.696, "2": 0.696, "3": 0.696, "4": 0.696, "5": 0.696, "6": 0.696, "7": 0.696,
        "8": 0.696, "9": 0.696, ":": 0.400, ";": 0.400, "<": 0.838, "=": 0.838, ">": 0.838, "?": 0.586,
        "@": 1.000, "A": 0.776, "B": 0.845, "C": 0.796, "D": 0.867, "E": 0.762, "F": 0.710, "G": 0.854,
        "H": 0.945, "I": 0.468, "J": 0.473, "K": 0.869, "L": 0.703, "M": 1.107, "N": 0.914, "O": 0.871,
        "P": 0.752, "Q": 0.871, "R": 0.831, "S": 0.722, "T": 0.744, "U": 0.872, "V": 0.776, "W": 1.123,
        "X": 0.776, "Y": 0.724, "Z": 0.730, "[": 0.473, "\\": 0.365, "]": 0.473, "^": 0.838, "_": 0.500,
        "`": 0.500, "a": 0.675, "b": 0.716, "c": 0.609, "d": 0.716, "e": 0.678, "f": 0.435, "g": 0.716,
        "h": 0.727, "i": 0.380, "j": 0.362, "k": 0.693, "l": 0.380, "m": 1.058, "n": 0.727, "o": 0.687,
        "p": 0.716, "q": 0.716, "r": 0.527, "s": 0.595, "t": 0.478, "u": 0.727, "v": 0.652, "w": 0.924,
        "x": 0.645, "y": 0.652, "z": 0.582, "{": 0.712, "|": 0.365, "}": 0.712, "~": 0.838, "€": 0.696,
        "ë": 0.678, "é": 0.678, "è": 0.678, "ï": 0.380, "ö": 0.687, "ü": 0.727, "ä": 0.675, "ó": 0.687,
        "á": 0.675, "É": 0.762, "Ë": 0.762, "¹": 0.438, "²": 0.438, "³": 0.438, "⁴": 0.438, "⁵": 0.438,
        "⁶": 0.438, "⁷": 0.438, "⁸": 0.438, "⁹": 0.438, "⁰": 0.438
    ]

    /// Width of characters this table does not know: wider than any it does.
    static let unknownAdvance = 1.2

    /// An upper bound of `text`'s width in points at `size` points; `{n}` footnote markers count
    /// as their digits at full size (they are drawn smaller) plus a little air.
    public static func width(_ text: String, size: Double) -> Double {
        var em = 0.0
        for ch in SpecText.withoutMarkers(text) where ch != "\n" {
            em += advances[ch] ?? unknownAdvance
        }
        let markers = SpecText.markers(in: text)
        em += markers.reduce(0) { $0 + Double($1.count) * 0.7 + 0.1 }
        return em * size
    }

    /// The widest of `text`'s space-separated words (what must fit a wrapping column).
    public static func widestWord(_ text: String, size: Double) -> Double {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { width(String($0), size: size) }.max() ?? 0
    }

    /// How many lines `text` takes when wrapped at spaces into `width` points (an upper bound,
    /// given the widths are): explicit `\n` breaks start new lines.
    public static func lineCount(_ text: String, size: Double, width: Double) -> Int {
        var lines = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += 1
            var used = 0.0
            for word in paragraph.split(separator: " ") {
                let w = self.width(String(word), size: size)
                let space = used > 0 ? 0.348 * size : 0
                if used > 0, used + space + w > width {
                    lines += 1
                    used = w
                } else {
                    used += space + w
                }
            }
        }
        return max(lines, 1)
    }
}
