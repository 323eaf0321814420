import Foundation

/// A JSON value as written, without the ambiguities of `JSONSerialization`:
/// objects keep their key order, and numbers keep their literal text so that
/// `1`, `1.0` and `true` stay distinct.
public enum JSONValue: Sendable, Equatable {
    /// An object, its members in document order.
    case object([(key: String, value: JSONValue)])
    /// An array.
    case array([JSONValue])
    /// A string, escapes resolved.
    case string(String)
    /// A number, as its literal text in the document (`"4.50"`, `"-1e3"`).
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// Parses a complete JSON text strictly (RFC 8259); see `JSONParser`.
    public init(parsing text: String) throws {
        self = try JSONParser.parse(text)
    }

    /// Parses the JSON file at `url`.
    public init(contentsOf url: URL) throws {
        self = try JSONParser.parse(Data(contentsOf: url))
    }

    /// Literal equality: same kind, same key order, same number text.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.array(a), .array(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.bool(a), .bool(b)): return a == b
        case (.null, .null): return true
        default: return false
        }
    }
}

extension JSONValue {
    /// The members of an object, or nil for any other kind.
    public var objectMembers: [(key: String, value: JSONValue)]? {
        if case let .object(members) = self { return members }
        return nil
    }

    /// The keys of an object in document order, or nil for any other kind.
    public var keys: [String]? { objectMembers?.map(\.key) }

    /// The value of the first member named `key`, or nil (also for non-objects).
    public subscript(key: String) -> JSONValue? {
        objectMembers?.first { $0.key == key }?.value
    }

    /// The elements of an array, or nil for any other kind.
    public var arrayElements: [JSONValue]? {
        if case let .array(elements) = self { return elements }
        return nil
    }

    /// The string, or nil for any other kind.
    public var stringValue: String? {
        if case let .string(string) = self { return string }
        return nil
    }

    /// The number's exact value, or nil for non-numbers.
    public var decimalValue: Decimal? {
        if case let .number(literal) = self { return Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")) }
        return nil
    }

    /// True for a number whose value is integral (`3`, `3.0`, `3e2`), as JSON Schema's "integer".
    public var isInteger: Bool {
        guard var value = decimalValue else { return false }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        return rounded == value
    }

    /// The JSON Schema type name of this value ("object", "array", "string", "number", "boolean", "null").
    public var typeName: String {
        switch self {
        case .object: return "object"
        case .array: return "array"
        case .string: return "string"
        case .number: return "number"
        case .bool: return "boolean"
        case .null: return "null"
        }
    }

    /// A copy of an object with `key` set to `value`: replaced in place, or appended.
    public func setting(_ key: String, to value: JSONValue) -> JSONValue {
        guard var members = objectMembers else { return self }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append((key, value))
        }
        return .object(members)
    }

    /// A copy of an object without the member `key`.
    public func removing(_ key: String) -> JSONValue {
        guard let members = objectMembers else { return self }
        return .object(members.filter { $0.key != key })
    }
}

extension JSONValue {
    /// Equality as JSON Schema defines it for `const`, `enum` and `uniqueItems`:
    /// numbers by value, objects regardless of key order.
    public func schemaEquals(_ other: JSONValue) -> Bool {
        switch (self, other) {
        case (.number, .number):
            return decimalValue == other.decimalValue
        case let (.array(a), .array(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.schemaEquals($1) }
        case let (.object(a), .object(b)):
            return a.count == b.count && a.allSatisfy { member in
                other[member.key].map { member.value.schemaEquals($0) } ?? false
            }
        default:
            return self == other
        }
    }
}
