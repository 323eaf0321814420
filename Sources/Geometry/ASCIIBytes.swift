/// Case-blind searches for ASCII words in UTF-8 (or Latin-1) bytes: font names, annotation
/// words. The bytes of every other character are 0x80 and above, so they never match.
public enum ASCIIBytes {
    /// Whether `word` (lower-case ASCII) is anywhere in `text`, in any case.
    public static func contains(_ word: [UInt8], ignoringCaseIn text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first, text.count >= word.count else { return false }
        for start in 0...(text.count - word.count) where lowercased(text[start]) == first {
            if word.indices.dropFirst().allSatisfy({ lowercased(text[start + $0]) == word[$0] }) { return true }
        }
        return false
    }

    /// A to Z as a to z; every other byte as it is.
    public static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
