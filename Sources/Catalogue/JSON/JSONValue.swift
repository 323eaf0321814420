/// A JSON value whose objects keep their keys in the order written, so the bytes the tool
/// writes depend on nothing but the catalogue (never on hash order).
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number as its literal text: integers here; money is always a string.
    case number(String)
    case bool(Bool)
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)): x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case let (.array(x), .array(y)): x == y
        case let (.string(x), .string(y)), let (.number(x), .number(y)): x == y
        case let (.bool(x), .bool(y)): x == y
        case (.null, .null): true
        default: false
        }
    }

    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// Pretty-printed with two-space indents and a final newline.
    public func rendered() -> String {
        var writer = JSONWriter()
        writer.value(self)
        return writer.finish()
    }
}

extension JSONWriter {
    /// A value and everything in it.
    mutating func value(_ value: JSONValue) {
        switch value {
        case .object(let members):
            object { writer in
                for (key, member) in members {
                    writer.key(key)
                    writer.value(member)
                }
            }
        case .array(let items): array(items) { $0.value($1) }
        case .string(let text): string(text)
        case .number(let literal): number(literal)
        case .bool(let flag): bool(flag)
        case .null: null()
        }
    }
}
