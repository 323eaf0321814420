/// A JSON value whose objects keep their members in the order written, so the bytes the tool
/// writes depend on nothing but the content (never on hash order).
public enum JSONValue: Sendable, Equatable {
    case object([(key: String, value: JSONValue)])
    /// An object written on one line (`{"x": 56.7, "y": 139.4}`): a small record of numbers
    /// that reads as one value, as a box does.
    case line([(key: String, value: JSONValue)])
    case array([JSONValue])
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
        case let (.string(x), .string(y)), let (.number(x), .number(y)): x == y
        case let (.bool(x), .bool(y)): x == y
        case (.null, .null): true
        default: false
        }
    }

    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    public static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }

    /// Pretty-printed: two-space indents, one member or element a line (a `.line` object on
    /// one), `"key": value`, `{}` and `[]` for empty containers, and a final newline.
    public func rendered() -> String {
        var text = ""
        write(into: &text, indent: "")
        return text + "\n"
    }

    private func write(into text: inout String, indent: String) {
        switch self {
        case .object(let members):
            Self.container("{", "}", members, into: &text, indent: indent) { member, text, inner in
                Self.quote(member.key, into: &text)
                text += ": "
                member.value.write(into: &text, indent: inner)
            }
        case .line(let members):
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += ", " }
                Self.quote(member.key, into: &text)
                text += ": "
                member.value.write(into: &text, indent: indent)
            }
            text += "}"
        case .array(let elements):
            Self.container("[", "]", elements, into: &text, indent: indent) { element, text, inner in
                element.write(into: &text, indent: inner)
            }
        case .string(let value): Self.quote(value, into: &text)
        case .number(let literal): text += literal
        case .bool(let flag): text += flag ? "true" : "false"
        case .null: text += "null"
        }
    }

    /// An object or array: each item on a line of its own, one level in; empty, on one line.
    private static func container<Item>(_ open: String, _ close: String, _ items: [Item], into text: inout String,
                                        indent: String, write: (Item, inout String, String) -> Void) {
        guard !items.isEmpty else { return text += open + close }
        let inner = indent + "  "
        text += open
        for (index, item) in items.enumerated() {
            text += index == 0 ? "\n" : ",\n"
            text += inner
            write(item, &text, inner)
        }
        text += "\n"
        text += indent
        text += close
    }

    /// Quoted, escaping what JSON requires (quote, backslash, control characters) and nothing
    /// else: no `\/`, no `\u` for text beyond ASCII.
    private static func quote(_ value: String, into text: inout String) {
        text += "\""
        if value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0 != "\"" && $0 != "\\" }) {
            text += value
        } else {
            for scalar in value.unicodeScalars { text += escaped(scalar) }
        }
        text += "\""
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
