/// Text as UTF-8 bytes, for finding words in it by a plain scan. A fast path: font names,
/// header labels and product names are searched for dozens of words a page, and with the
/// standard library's substring search the 500-page `make bench` run takes about 13% longer.
/// Bytes match where scalars do: UTF-8 never starts a scalar inside another one.
public struct SearchableText: Sendable {
    private let bytes: [UInt8]

    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Text already as UTF-8 bytes.
    public init(utf8: [UInt8]) {
        bytes = utf8
    }

    /// Whether `word` occurs in the text, scalar for scalar.
    public func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { needle in
            guard let first = needle.first, needle.count <= bytes.count else { return false }
            return bytes.withUnsafeBufferPointer { text in
                (0...(text.count - needle.count)).contains { start in
                    text[start] == first && text[start..<(start + needle.count)].elementsEqual(needle)
                }
            }
        }
    }
}
