import Catalogue

extension JSONValue {
    /// An object of the members that have a value, keys in code-point order: what a TMF620
    /// reader sees is the same bytes for the same catalogue, whatever order the code names them.
    static func sorted(_ members: [String: JSONValue?]) -> JSONValue {
        .object(members.compactMap { key, value in value.map { (key: key, value: $0) } }
            .sorted { $0.key < $1.key })
    }

    /// A decimal written as the JSON number literal of its own digits ("7.50", "0.0050"), never
    /// through a binary float; nil for text that is not a JSON number.
    static func decimal(_ text: String) -> JSONValue? {
        NumberLiteral.isValid(text) ? .number(text) : nil
    }
}

/// The JSON grammar of a number (RFC 8259 §6), without exponent: what the catalogue's decimal
/// strings are, checked before they are written unquoted.
enum NumberLiteral {
    static func isValid(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        let whole = scalars.prefix { ("0"..."9").contains($0) }
        guard !whole.isEmpty, whole.count == 1 || whole.first != "0" else { return false }
        let rest = scalars.dropFirst(whole.count)
        guard let point = rest.first else { return true }
        let fraction = rest.dropFirst()
        return point == "." && !fraction.isEmpty && fraction.allSatisfy { ("0"..."9").contains($0) }
    }
}
