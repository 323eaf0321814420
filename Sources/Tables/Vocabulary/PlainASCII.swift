/// Text tests on the UTF-8 bytes of plain ASCII text, where every byte is one Character.
///
/// Nearly every word of a sheet is plain ASCII, and reading it byte by byte costs a fraction of
/// Swift's Character and Foundation string machinery. The parser's answers must not depend on
/// the path taken, so the fast paths only ever see text on which bytes and Characters agree:
/// anything else ("€", accents, combining marks, Unicode spaces) goes to the Character-based
/// code, whose Unicode rules (grapheme clusters, canonical equivalence) then decide.
enum PlainASCII {
    /// True when every byte is ASCII and none is a carriage return: a CR before a line feed is
    /// one Character, the only grapheme cluster ASCII can form.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 || byte == carriageReturn { return false }
        return true
    }

    /// Whether the text's UTF-8 bytes are those of one of `words`; nil when its bytes are not
    /// at hand (a bridged string), for the caller's own comparison.
    static func isOne(of words: [[UInt8]], _ text: String) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            words.contains { $0.count == bytes.count && $0.elementsEqual(bytes) }
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= nine }

    /// ASCII white space, as Unicode's White_Space property has it (tab to carriage return, space).
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == space || (byte >= tab && byte <= carriageReturn) }

    /// Whether `pattern` occurs in `text` (a naive scan: both are a few dozen bytes).
    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        firstIndex(of: pattern, in: text) != nil
    }

    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ pattern: StaticString) -> Bool {
        firstIndex(of: pattern, in: text) != nil
    }

    /// Where `pattern` first occurs in `text`, from `start` on.
    static func firstIndex(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
                           from start: Int = 0) -> Int? {
        var start = start
        while start + pattern.count <= text.count {
            var k = 0
            while k < pattern.count, text[start + k] == pattern[k] { k += 1 }
            if k == pattern.count { return start }
            start += 1
        }
        return nil
    }

    static func firstIndex(of pattern: StaticString, in text: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        firstIndex(of: UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount), in: text, from: start)
    }

    static func firstIndex(of pattern: [UInt8], in text: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        pattern.withUnsafeBufferPointer { firstIndex(of: $0, in: text, from: start) }
    }

    static let tab = UInt8(ascii: "\t"), carriageReturn = UInt8(ascii: "\r"), space = UInt8(ascii: " ")
    static let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
    static let closingParenthesis = UInt8(ascii: ")")
    static let comma = UInt8(ascii: ","), dot = UInt8(ascii: "."), hyphen = UInt8(ascii: "-")
}

extension String {
    /// Whether the text contains `pattern` (ASCII) as `contains` compares Characters. The
    /// bytes answer when they lack the pattern (no Character match without its bytes) or when
    /// the text is plain ASCII; otherwise the Character-based search decides (a combining
    /// mark after the bytes' match makes it no Character match). Words like "€" are not plain
    /// ASCII and rarely hold the pattern: they are answered by their bytes too.
    func containsASCII(_ pattern: StaticString) -> Bool {
        let answer = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard PlainASCII.contains(bytes, pattern) else { return false }
            return PlainASCII.isPlain(bytes) ? true : nil
        }
        if let answer = answer ?? nil { return answer }
        return contains(pattern.description)
    }

    /// `body` applied to the UTF-8 bytes when the text is plain ASCII (`PlainASCII.isPlain`);
    /// nil when it is not, and the caller takes its Character-based path.
    func withPlainASCII<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let read = utf8.withContiguousStorageIfAvailable { bytes -> Result? in
            PlainASCII.isPlain(bytes) ? body(bytes) : nil
        }
        return read ?? nil
    }
}
