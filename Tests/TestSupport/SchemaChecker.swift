import Foundation

/// Walks a schema before use: refuses keywords the validator does not implement, `$ref`s that
/// do not resolve and patterns that do not compile, and collects the compiled patterns.
struct SchemaChecker {
    let root: JSONValue

    /// Keywords that only annotate; they never make an instance invalid.
    static let annotations: Set<String> = [
        "$schema", "$id", "$comment", "$defs", "$anchor", "title", "description", "examples",
        "default", "deprecated", "readOnly", "writeOnly",
    ]
    /// Keywords whose value is one schema.
    static let singleSchema: Set<String> = ["additionalProperties", "items", "not", "if", "then", "else"]
    /// Keywords whose value is an array of schemas.
    static let schemaArrays: Set<String> = ["oneOf", "anyOf", "allOf"]
    /// Keywords whose value is an object of schemas.
    static let schemaMaps: Set<String> = ["properties", "$defs"]
    /// Assertions with a plain value.
    static let plain: Set<String> = [
        "type", "required", "enum", "const", "pattern", "minimum", "minItems", "minLength",
        "minProperties", "uniqueItems", "$ref",
    ]

    static var supported: Set<String> {
        annotations.union(singleSchema).union(schemaArrays).union(schemaMaps).union(plain)
    }

    func check(_ schema: JSONValue, at path: String, patterns: inout [String: NSRegularExpression]) throws {
        if case .bool = schema { return }
        guard let members = schema.objectMembers else {
            throw SchemaError(path: path, reason: "a schema must be an object or a boolean")
        }
        for (keyword, value) in members {
            let here = appending(path, keyword)
            guard Self.supported.contains(keyword) else {
                throw SchemaError(path: here, reason: "keyword \"\(keyword)\" is not supported by this validator")
            }
            try checkPlain(keyword, value, at: here, patterns: &patterns)
            for (token, subschema) in try subschemas(keyword, value, at: here) {
                try check(subschema, at: appending(here, token), patterns: &patterns)
            }
            if Self.singleSchema.contains(keyword) {
                try check(value, at: here, patterns: &patterns)
            }
        }
    }

    /// The subschemas under an array or map keyword, with their pointer tokens.
    private func subschemas(_ keyword: String, _ value: JSONValue, at path: String) throws -> [(String, JSONValue)] {
        if Self.schemaArrays.contains(keyword) {
            guard let elements = value.arrayElements, !elements.isEmpty else {
                throw SchemaError(path: path, reason: "\(keyword) needs a non-empty array of schemas")
            }
            return elements.enumerated().map { (String($0.offset), $0.element) }
        }
        if Self.schemaMaps.contains(keyword) {
            guard let members = value.objectMembers else {
                throw SchemaError(path: path, reason: "\(keyword) needs an object of schemas")
            }
            return members.map { ($0.key, $0.value) }
        }
        return []
    }

    private func checkPlain(_ keyword: String, _ value: JSONValue, at path: String,
                            patterns: inout [String: NSRegularExpression]) throws {
        switch keyword {
        case "$ref":
            guard let reference = value.stringValue, resolve(reference, in: root) != nil else {
                throw SchemaError(path: path, reason: "$ref \(value.compactText) does not resolve in this document")
            }
        case "pattern":
            guard let source = value.stringValue else { throw SchemaError(path: path, reason: "pattern must be a string") }
            do {
                patterns[source] = try NSRegularExpression(pattern: source)
            } catch {
                throw SchemaError(path: path, reason: "pattern \(value.compactText) does not compile")
            }
        case "type":
            try checkType(value, at: path)
        case "required":
            guard let names = value.arrayElements, names.allSatisfy({ $0.stringValue != nil }) else {
                throw SchemaError(path: path, reason: "required must be an array of strings")
            }
        case "enum":
            guard value.arrayElements != nil else { throw SchemaError(path: path, reason: "enum must be an array") }
        case "minimum", "minItems", "minLength", "minProperties":
            guard value.decimalValue != nil else { throw SchemaError(path: path, reason: "\(keyword) must be a number") }
        case "uniqueItems":
            guard case .bool = value else { throw SchemaError(path: path, reason: "uniqueItems must be a boolean") }
        default:
            break
        }
    }

    private func checkType(_ value: JSONValue, at path: String) throws {
        let known: Set<String> = ["object", "array", "string", "number", "integer", "boolean", "null"]
        let names = value.arrayElements ?? [value]
        guard !names.isEmpty, names.allSatisfy({ $0.stringValue.map(known.contains) ?? false }) else {
            throw SchemaError(path: path, reason: "type must name JSON types: \(value.compactText)")
        }
    }
}
