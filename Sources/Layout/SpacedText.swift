/// Texts joined by single spaces, the UTF-8 copied once into a String of the right size.
///
/// The same bytes as `joined(separator: " ")`, for the paths that join words many times a
/// page (a line's text, a row's name key, an amount's printed text): the standard joiner
/// grows its result and re-checks it word by word, several times the instructions.
public enum SpacedText {
    /// `text` of each item, joined by single spaces.
    @inlinable
    public static func join<Items: Collection>(_ items: Items, text: (Items.Element) -> String) -> String {
        var length = Swift.max(0, items.count - 1)
        for item in items { length += text(item).utf8.count }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var end = 0, first = true
            for item in items {
                if !first {
                    buffer[end] = UInt8(ascii: " ")
                    end += 1
                }
                end = copyUTF8(of: text(item), into: buffer, at: end)
                first = false
            }
            return end
        }
    }

    /// The texts joined by single spaces.
    @inlinable
    public static func join(_ texts: [String]) -> String { join(texts) { $0 } }

    /// Copies the text's UTF-8 bytes into `buffer` from `start`; returns the index after them.
    @inlinable
    static func copyUTF8(of text: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
            _ = UnsafeMutableBufferPointer(rebasing: buffer[start..<(start + bytes.count)]).initialize(fromContentsOf: bytes)
            return start + bytes.count
        }
        if let copied { return copied }
        var end = start
        for byte in text.utf8 {
            buffer[end] = byte
            end += 1
        }
        return end
    }
}

extension Collection where Element == Word {
    /// The words' text joined by single spaces, as `Line.text`.
    @inlinable
    public var joinedText: String { SpacedText.join(self) { $0.text } }
}
