/// Writes pretty-printed JSON straight into UTF-8 bytes: two-space indents, one member or
/// element a line, `"key": value`, `{}` and `[]` for empty containers, a final newline.
///
/// The one place that decides how the tool's JSON looks (`JSONValue.rendered()` and
/// `CatalogueEncoder` both write through it). The catalogue of a long sheet is megabytes:
/// writing bytes into a `TextBuffer` is many times faster than building a tree of values
/// and appending small strings.
struct JSONWriter: ~Copyable {
    private var bytes: TextBuffer
    /// How deep the open container is nested (0: none open).
    private(set) var depth = 0
    /// True until the open container has its first member or element.
    private var isEmpty = true

    /// `expectedSize`: about how many bytes the document will take.
    init(expectedSize: Int = 0) {
        bytes = TextBuffer(expectedSize: expectedSize)
    }

    /// A writer of a run of elements inside an array open at `depth` of another writer, after
    /// `afterElements` ones (so its first element starts with a comma): a part of that array
    /// written apart (`fragment`, then `elements` on the writer of the array).
    init(expectedSize: Int, fragmentAt depth: Int, afterElements: Bool) {
        bytes = TextBuffer(expectedSize: expectedSize)
        self.depth = depth
        isEmpty = !afterElements
    }

    /// The document written, with its final newline.
    consuming func finish() -> String {
        bytes.append(UInt8(ascii: "\n"))
        return bytes.finish()
    }

    /// The elements a fragment writer wrote, as they stand in the array.
    consuming func fragment() -> String {
        bytes.finish()
    }

    /// Fragments written apart for the open array, in order; `any`: whether they hold an
    /// element (the array then closes on a line of its own).
    mutating func elements(_ fragments: [String], any: Bool) {
        for fragment in fragments { bytes.append(text: fragment) }
        if any { isEmpty = false }
    }

    // MARK: Containers

    /// An object whose members `body` writes, each with `key` and a value or with `member`.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        container(UInt8(ascii: "{"), UInt8(ascii: "}"), body)
    }

    /// An array whose elements `body` writes, each after `element()`.
    mutating func array(_ body: (inout JSONWriter) -> Void) {
        container(UInt8(ascii: "["), UInt8(ascii: "]"), body)
    }

    /// An array of one element per item, each written by `write`.
    mutating func array<Items: Sequence>(_ items: Items, _ write: (inout JSONWriter, Items.Element) -> Void) {
        array { writer in
            for item in items {
                writer.element()
                write(&writer, item)
            }
        }
    }

    private mutating func container(_ open: UInt8, _ close: UInt8, _ body: (inout JSONWriter) -> Void) {
        bytes.append(open)
        depth += 1
        isEmpty = true
        body(&self)
        depth -= 1
        if !isEmpty { lineStart(comma: false) }
        bytes.append(close)
        isEmpty = false
    }

    /// Starts the next member of the open object: its key, a name from the code that needs no
    /// escaping, copied as is.
    mutating func key(_ name: StaticString) {
        nextItem()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { name in
            assert(!name.contains(where: Self.needsEscape), "a key that needs escaping")
            bytes.append(name)
        }
        bytes.append("\": ")
    }

    /// Starts the next member of the open object: its key.
    mutating func key(_ name: String) {
        nextItem()
        string(name)
        bytes.append(": ")
    }

    /// Starts the next element of the open array.
    mutating func element() {
        nextItem()
    }

    /// A comma after the item before, if any, then a new line.
    private mutating func nextItem() {
        lineStart(comma: !isEmpty)
        isEmpty = false
    }

    /// A new line: a newline and two spaces a level, after a comma when asked.
    private mutating func lineStart(comma: Bool) {
        let length = (comma ? 2 : 1) + 2 * depth
        Self.lineStarts.withUTF8Buffer { lineStarts in
            let start = comma ? 0 : 1
            if start + length <= lineStarts.count {
                bytes.append(UnsafeBufferPointer(rebasing: lineStarts[start..<start + length]))
            } else {
                bytes.append(UnsafeBufferPointer(rebasing: lineStarts[start...]))
                for _ in lineStarts.count..<start + length { bytes.append(UInt8(ascii: " ")) }
            }
        }
    }

    /// A comma, a newline and spaces enough for 31 levels (deeper ones add spaces one by one).
    private static let lineStarts: StaticString = ",\n                                                              "

    // MARK: Members

    mutating func member(_ key: StaticString, _ text: String) {
        self.key(key)
        string(text)
    }

    /// A string member, null when there is none.
    mutating func member(_ key: StaticString, _ text: String?) {
        self.key(key)
        if let text { string(text) } else { null() }
    }

    mutating func member(_ key: StaticString, _ number: Int) {
        self.key(key)
        int(number)
    }

    /// A number member, null when there is none.
    mutating func member(_ key: StaticString, _ number: Int?) {
        self.key(key)
        if let number { int(number) } else { null() }
    }

    mutating func member(_ key: StaticString, _ amount: Money) {
        self.key(key)
        money(amount)
    }

    /// A member whose value `write` writes.
    mutating func member(_ key: StaticString, _ write: (inout JSONWriter) -> Void) {
        self.key(key)
        write(&self)
    }

    /// An array member of one element per item, each written by `write`.
    mutating func member<Items: Sequence>(_ key: StaticString, _ items: Items, _ write: (inout JSONWriter, Items.Element) -> Void) {
        self.key(key)
        array(items, write)
    }

    // MARK: Values

    /// A string, escaped as JSON requires (quote, backslash, control characters) and
    /// otherwise as is: no `\/`, no `\u` for non-ASCII.
    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { quote($0) }
    }

    /// A number as its literal text.
    mutating func number(_ literal: String) {
        var literal = literal
        literal.withUTF8 { bytes.append($0) }
    }

    mutating func int(_ value: Int) {
        // Digits right to left into the end of a buffer with room for Int.min.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value.magnitude
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if value < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            bytes.append(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// An amount of money: a string of its decimal text ("1250.00"), never a JSON number.
    mutating func money(_ amount: Money) {
        bytes.append(UInt8(ascii: "\""))
        amount.withDescription { bytes.append($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? "true" : "false")
    }

    mutating func null() {
        bytes.append("null")
    }

    /// Quoted and escaped UTF-8. Escapes are all ASCII, and a byte below 0x80 is always a whole
    /// character in UTF-8, so escaping byte by byte is escaping character by character.
    private mutating func quote(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var clean = 0
        for index in utf8.indices where Self.needsEscape(utf8[index]) {
            bytes.append(UnsafeBufferPointer(rebasing: utf8[clean..<index]))
            escape(utf8[index])
            clean = index + 1
        }
        bytes.append(UnsafeBufferPointer(rebasing: utf8[clean...]))
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append("\\\"")
        case UInt8(ascii: "\\"): bytes.append("\\\\")
        case UInt8(ascii: "\n"): bytes.append("\\n")
        case UInt8(ascii: "\r"): bytes.append("\\r")
        case UInt8(ascii: "\t"): bytes.append("\\t")
        default:
            bytes.append("\\u00")
            bytes.append(Self.hexDigit(byte >> 4))
            bytes.append(Self.hexDigit(byte & 0xF))
        }
    }

    /// Lowercase, as JSON writers usually print them: "\u001f".
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
