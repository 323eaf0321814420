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
        guard pattern.count <= text.count else { return false }
        var start = 0
        while start + pattern.count <= text.count {
            var k = 0
            while k < pattern.count, text[start + k] == pattern[k] { k += 1 }
            if k == pattern.count { return true }
            start += 1
        }
        return false
    }

    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ pattern: StaticString) -> Bool {
        contains(text, UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount))
    }

    static let tab = UInt8(ascii: "\t"), carriageReturn = UInt8(ascii: "\r"), space = UInt8(ascii: " ")
    static let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
    static let comma = UInt8(ascii: ","), dot = UInt8(ascii: "."), hyphen = UInt8(ascii: "-")
}

extension String {
    /// `body` applied to the UTF-8 bytes when the text is plain ASCII (`PlainASCII.isPlain`);
    /// nil when it is not, and the caller takes its Character-based path.
    func withPlainASCII<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let read = utf8.withContiguousStorageIfAvailable { bytes -> Result? in
            PlainASCII.isPlain(bytes) ? body(bytes) : nil
        }
        return read ?? nil
    }
}
