/// A JSON value whose objects keep their members in the order written, so the bytes the tool
/// writes depend on nothing but the content (never on hash order).
public enum JSONValue: Sendable, Equatable {
    case object([(key: String, value: JSONValue)])
    /// An object written on one line (`{"x": 56.7, "y": 139.4}`): a small record of numbers
    /// that reads as one value, as a box does.
    case line([(key: String, value: JSONValue)])
    case array([JSONValue])
    /// An array whose elements are made as they are written, and freed once written: a
    /// catalogue's thousands of products never stand as one tree, which is built and taken
    /// apart element by element on the writer's threads, not on one thread after the writing.
    case generated(count: Int, element: @Sendable (Int) -> JSONValue)
    case string(String)
    /// A number as its literal text: counts and page numbers; money is always a string.
    case number(String)
    case bool(Bool)
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)), let (.line(x), .line(y)):
            x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.array(x), .array(y)): x == y
        case (.generated, _), (_, .generated): a.elements == b.elements
        case let (.string(x), .string(y)), let (.number(x), .number(y)): x == y
        case let (.bool(x), .bool(y)): x == y
        case (.null, .null): true
        default: false
        }
    }

    /// A generated array's elements, made all at once (nil for any other value).
    var elements: [JSONValue]? {
        switch self {
        case .array(let elements): elements
        case .generated(let count, let element): (0..<count).map(element)
        default: nil
        }
    }

    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    public static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }

    /// Pretty-printed: two-space indents, one member or element a line (a `.line` object on
    /// one), `"key": value`, `{}` and `[]` for empty containers, and a final newline.
    /// With `workers` above 1, the elements of a long array are written on that many threads
    /// at once (see `concurrentMap`); the text is the same.
    public func rendered(workers: Int = 1) -> String {
        var writer = Writer(workers: workers)
        write(into: &writer, depth: 0)
        writer.append("\n")
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// UTF-8 bytes appended to one buffer: a catalogue's text is megabytes written a few bytes
    /// at a time, which a `String` grows more slowly than an array of bytes.
    private struct Writer {
        var bytes: [UInt8] = []
        /// Threads a long array's elements may be written on.
        var workers = 1

        mutating func append(_ text: StaticString) {
            text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }

        mutating func indent(_ depth: Int) {
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
    }

    private func write(into writer: inout Writer, depth: Int) {
        switch self {
        case .object(let members):
            Self.container("{", "}", members, into: &writer, depth: depth) { member, writer, inner in
                Self.quote(member.key, into: &writer)
                writer.append(": ")
                member.value.write(into: &writer, depth: inner)
            }
        case .line(let members):
            writer.append("{")
            for (index, member) in members.enumerated() {
                if index > 0 { writer.append(", ") }
                Self.quote(member.key, into: &writer)
                writer.append(": ")
                member.value.write(into: &writer, depth: depth)
            }
            writer.append("}")
        case .array(let elements) where writer.workers > 1 && elements.count >= Self.concurrentElements:
            Self.writeConcurrently(count: elements.count, { elements[$0] }, into: &writer, depth: depth)
        case .array(let elements):
            Self.container("[", "]", elements, into: &writer, depth: depth) { element, writer, inner in
                element.write(into: &writer, depth: inner)
            }
        case .generated(let count, let element) where writer.workers > 1 && count >= Self.concurrentElements:
            Self.writeConcurrently(count: count, element, into: &writer, depth: depth)
        case .generated(let count, let element):
            Self.container("[", "]", Array(0..<count), into: &writer, depth: depth) { index, writer, inner in
                element(index).write(into: &writer, depth: inner)
            }
        case .string(let value): Self.quote(value, into: &writer)
        case .number(let literal): writer.append(literal)
        case .bool(let flag): writer.append(flag ? "true" : "false")
        case .null: writer.append("null")
        }
    }

    /// An object or array: each item on a line of its own, one level in; empty, on one line.
    private static func container<Item>(_ open: StaticString, _ close: StaticString, _ items: [Item], into writer: inout Writer,
                                        depth: Int, write: (Item, inout Writer, Int) -> Void) {
        writer.append(open)
        guard !items.isEmpty else { return writer.append(close) }
        for (index, item) in items.enumerated() {
            writer.append(index == 0 ? "\n" : ",\n")
            writer.indent(depth + 1)
            write(item, &writer, depth + 1)
        }
        writer.append("\n")
        writer.indent(depth)
        writer.append(close)
    }

    /// Arrays this long are worth writing on several threads (a catalogue's products and prices).
    private static let concurrentElements = 256

    /// A long array, each element written as `container` writes it, on the writer's threads.
    private static func writeConcurrently(count: Int, _ element: @Sendable (Int) -> JSONValue, into writer: inout Writer,
                                          depth: Int) {
        let texts = Array(0..<count).concurrentMap(workers: writer.workers, minimumCount: concurrentElements) { index in
            var own = Writer()
            own.indent(depth + 1)
            element(index).write(into: &own, depth: depth + 1)
            return own.bytes
        }
        writer.append("[")
        for (index, text) in texts.enumerated() {
            writer.append(index == 0 ? "\n" : ",\n")
            writer.bytes += text
        }
        writer.append("\n")
        writer.indent(depth)
        writer.append("]")
    }

    /// Quoted, escaping what JSON requires (quote, backslash, control characters) and nothing
    /// else: no `\/`, no `\u` for text beyond ASCII.
    private static func quote(_ value: String, into writer: inout Writer) {
        writer.append("\"")
        // Scanned as one buffer: the string's view checks each byte's index, for every string
        // of a catalogue.
        var value = value
        let plain = value.withUTF8 { utf8 in
            utf8.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
        }
        if plain {
            writer.append(value)
        } else {
            for scalar in value.unicodeScalars { writer.append(escaped(scalar)) }
        }
        writer.append("\"")
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case _ where scalar.value < 0x20: "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
        default: String(scalar)
        }
    }
}
