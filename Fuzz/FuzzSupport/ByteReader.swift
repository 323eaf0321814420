/// Reads a fuzzer's bytes front to back. Past the end it answers zero and marks itself
/// exhausted, so every byte string decodes to something and decoding always terminates.
struct ByteReader {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// True once a read went past the last byte.
    private(set) var isExhausted = false

    /// True while at least one byte is left.
    var hasMore: Bool { position < bytes.count }

    mutating func byte() -> UInt8 {
        guard position < bytes.count else {
            isExhausted = true
            return 0
        }
        defer { position += 1 }
        return bytes[position]
    }

    /// Two bytes, big-endian.
    mutating func uint16() -> UInt16 {
        UInt16(byte()) << 8 | UInt16(byte())
    }

    /// Eight bytes, big-endian.
    mutating func uint64() -> UInt64 {
        (0..<8).reduce(UInt64(0)) { value, _ in value << 8 | UInt64(byte()) }
    }
}
