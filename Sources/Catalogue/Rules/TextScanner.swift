import Geometry

/// Printable ASCII text, scanned byte by byte for the patterns of `Annotation` and
/// `RoundingRule` with exactly the matches their regular expressions find there.
///
/// Printed text is nearly always plain ASCII, and Foundation's regular expressions and
/// case-insensitive search cost more than all the rest of the catalogue build. In printable
/// ASCII (space to tilde) `\s` can only be a space, `.` is any byte and case folding is
/// ASCII's, so each part of those patterns either matches in one way only or is tried here
/// in the order the regular expression engine backtracks. Other text goes to the regular
/// expressions.
struct TextScanner {
    /// The text's UTF-8, valid while `scan` runs.
    let bytes: UnsafeBufferPointer<UInt8>

    /// What `body` reads with a scanner over the text; nil, without running it, for text with
    /// a byte outside printable ASCII.
    static func scan<Result>(_ text: String, _ body: (TextScanner) -> Result) -> Result? {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? body(TextScanner(bytes: utf8)) : nil
        }
    }

    /// One match: the bytes it covers, and the bytes of the group the pattern captures.
    struct Match {
        var range: Range<Int>
        var group: Range<Int> = 0..<0
    }

    /// The first match, as `firstMatch(in:)` finds it: `match` tried at each byte in turn.
    func firstMatch(_ match: (Int) -> Match?) -> Match? {
        for start in bytes.indices {
            if let found = match(start) { return found }
        }
        return nil
    }

    /// Every match, as `matches(in:)` finds them: leftmost first, each search starting where
    /// the last match ended.
    func matches(_ match: (Int) -> Match?) -> [Match] {
        var found: [Match] = []
        var start = 0
        while start < bytes.count {
            if let next = match(start) {
                found.append(next)
                start = max(next.range.upperBound, start + 1)
            } else {
                start += 1
            }
        }
        return found
    }

    /// The text with the matches cut out.
    func removing(_ matches: [Match]) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var copied = 0
        for match in matches {
            kept += bytes[copied..<match.range.lowerBound]
            copied = match.range.upperBound
        }
        kept += bytes[copied...]
        return kept
    }

    // MARK: Pattern parts

    /// The byte at `index`, or 0 (matched by no pattern) past the end.
    func byte(at index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    /// Past the spaces at `start` (`\s*`).
    func spaces(from start: Int) -> Int {
        var end = start
        while byte(at: end) == UInt8(ascii: " ") { end += 1 }
        return end
    }

    /// Past the spaces at `start`, nil when there is none (`\s+`).
    func oneOrMoreSpaces(from start: Int?) -> Int? {
        guard let start else { return nil }
        let end = spaces(from: start)
        return end > start ? end : nil
    }

    /// Past `word` (lowercase) at `start`, in any case; nil when it is not there.
    func word(_ word: [UInt8], at start: Int?) -> Int? {
        guard let start, start + word.count <= bytes.count else { return nil }
        for (offset, letter) in word.enumerated() where ASCIIBytes.lowercased(bytes[start + offset]) != letter { return nil }
        return start + word.count
    }
}

/// Byte-level helpers for ASCII text (and Latin-1, where they say so).
enum ASCIIText {
    /// Which scalars up to U+00FF `Character.isWhitespace` calls whitespace, taken from Swift
    /// itself (tab to carriage return, space, next line, no-break space).
    static let whitespace: [Bool] = (0...0xFF).map { Character(Unicode.Scalar(UInt8($0))).isWhitespace }

    /// `Annotation.collapse` for ASCII: runs of whitespace as one space, none at either end;
    /// nil when a byte is not ASCII.
    static func collapse(_ utf8: some Sequence<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.underestimatedCount)
        var pendingSpace = false
        for byte in utf8 {
            guard byte < 0x80 else { return nil }
            if whitespace[Int(byte)] {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(UInt8(ascii: " ")) }
                out.append(byte)
                pendingSpace = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `Annotation.collapse` leaves text of ASCII and Latin-1 scalars (their values)
    /// as it is: no whitespace at either end, and only single spaces between words. Each such
    /// scalar is a character of its own (a CR LF pair is whitespace like its two scalars).
    static func isCollapsed(latin1 text: [UInt8]) -> Bool {
        guard let first = text.first, let last = text.last else { return true }
        guard !whitespace[Int(first)], !whitespace[Int(last)] else { return false }
        for index in text.indices.dropFirst() where whitespace[Int(text[index])] {
            guard text[index] == UInt8(ascii: " "), text[index - 1] != UInt8(ascii: " ") else { return false }
        }
        return true
    }

    /// `collapse` of bytes known to be ASCII.
    static func collapse(ascii bytes: some Sequence<UInt8>) -> String {
        collapse(bytes)!
    }

    /// Without the spaces at either end.
    static func trimmingSpaces(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let first = text.firstIndex(where: { $0 != UInt8(ascii: " ") }),
              let last = text.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return [] }
        return text[first...last]
    }

    /// The parts between the occurrences of `separator`, empty ones kept, as
    /// `components(separatedBy:)` gives them.
    static func components(of text: ArraySlice<UInt8>, separatedBy separator: [UInt8]) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = []
        var partStart = text.startIndex, index = text.startIndex
        while index + separator.count <= text.endIndex {
            if text[index..<index + separator.count].elementsEqual(separator) {
                parts.append(text[partStart..<index])
                index += separator.count
                partStart = index
            } else {
                index += 1
            }
        }
        parts.append(text[partStart...])
        return parts
    }
}
