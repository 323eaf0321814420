import Foundation

extension JSONValue {
    /// The value as compact JSON text, keys in their stored order, numbers as their literal.
    public var compactText: String {
        switch self {
        case let .object(members):
            return "{" + members.map { JSONValue.quoted($0.key) + ":" + $0.value.compactText }.joined(separator: ",") + "}"
        case let .array(elements):
            return "[" + elements.map(\.compactText).joined(separator: ",") + "]"
        case let .string(string): return JSONValue.quoted(string)
        case let .number(literal): return literal
        case let .bool(flag): return flag ? "true" : "false"
        case .null: return "null"
        }
    }

    /// The value as JSON text indented by `indent` spaces a level (`"key": value`, empty
    /// containers as `{}` and `[]`), without a trailing newline.
    public func prettyText(indent: Int = 2) -> String {
        prettyText(indent: indent, level: 0)
    }

    private func prettyText(indent: Int, level: Int) -> String {
        let inner = String(repeating: " ", count: indent * (level + 1))
        let outer = String(repeating: " ", count: indent * level)
        switch self {
        case let .object(members) where !members.isEmpty:
            let lines = members.map { inner + JSONValue.quoted($0.key) + ": " + $0.value.prettyText(indent: indent, level: level + 1) }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + outer + "}"
        case let .array(elements) where !elements.isEmpty:
            let lines = elements.map { inner + $0.prettyText(indent: indent, level: level + 1) }
            return "[\n" + lines.joined(separator: ",\n") + "\n" + outer + "]"
        default:
            return compactText
        }
    }

    /// `string` as a JSON string literal: quotes, backslashes and control characters escaped.
    static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
