/// Text built from UTF-8 bytes, for `JSONWriter`: the bytes go into a small buffer that is
/// turned into string text (validated once, as `String(decoding:as:)` always does) each time
/// it fills.
///
/// An append is a capacity check and a copy, without `Array`'s uniqueness checks and generic
/// copying on every call (the writer makes hundreds of thousands of small appends for a long
/// sheet). The buffer stays small and in cache, so a document of megabytes is laid out in
/// fresh memory once, in its string, and not a second time in a buffer as large.
struct TextBuffer: ~Copyable {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0
    private var text = ""

    /// `expectedSize`: about how many bytes the whole text will take.
    init(expectedSize: Int) {
        capacity = Self.chunkSize
        base = .allocate(capacity: capacity)
        text.reserveCapacity(expectedSize)
    }

    deinit {
        base.deallocate()
    }

    /// Small enough to stay in cache, large enough that each flush copies a lot at once.
    static let chunkSize = 32 * 1024

    /// The text of all the bytes appended.
    consuming func finish() -> String {
        flush()
        return text
    }

    /// An ASCII byte (a byte of a longer character could be split from the rest by a flush).
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { flush() }
        base[count] = byte
        count += 1
    }

    /// Whole UTF-8 characters: a flush comes before or after them, never inside one.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if capacity - count < bytes.count {
            flush()
            guard bytes.count <= capacity else { return text.append(String(decoding: bytes, as: UTF8.self)) }
        }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Text that is a String already (a fragment written apart): joined as it is, not decoded
    /// and checked a second time.
    mutating func append(text more: String) {
        flush()
        text.append(more)
    }

    @inline(__always)
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    private mutating func flush() {
        text.append(String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self))
        count = 0
    }
}
