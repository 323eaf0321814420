import Foundation

/// Why a schema cannot be used: a keyword this validator does not implement, a pattern that
/// does not compile, a `$ref` that points nowhere, or a keyword value of the wrong shape.
public struct SchemaError: Error, Equatable, CustomStringConvertible {
    /// JSON pointer of the offending place in the schema.
    public var path: String
    /// What is wrong there.
    public var reason: String

    /// A one-line description: path and reason.
    public var description: String { "schema \(path.isEmpty ? "(root)" : path): \(reason)" }
}

/// A small JSON Schema (draft 2020-12) validator covering what the project's schemas use:
/// `type` (also as an array, and "integer"), `properties`, `required`, `additionalProperties`,
/// `items`, `enum`, `const`, `pattern`, `minimum`, `minItems`, `minLength`, `minProperties`,
/// `uniqueItems`, `$ref` to places in the same document, `oneOf`, `anyOf`, `allOf`, `not`,
/// and `if`/`then`/`else`. A schema using any other keyword is refused at `init`, so nothing
/// goes unchecked silently. Annotations (`description`, `title`, `$defs` …) are allowed.
public struct JSONSchemaValidator {
    /// The root schema; `$ref`s resolve against it.
    public let schema: JSONValue
    let patterns: [String: NSRegularExpression]

    /// Checks `schema` for unsupported keywords, broken `$ref`s and bad patterns, and compiles its patterns.
    public init(schema: JSONValue) throws {
        self.schema = schema
        var patterns: [String: NSRegularExpression] = [:]
        try SchemaChecker(root: schema).check(schema, at: "", patterns: &patterns)
        self.patterns = patterns
    }

    /// Reads and checks the schema file at `url`.
    public init(contentsOf url: URL) throws {
        try self.init(schema: JSONValue(contentsOf: url))
    }

    /// Reads and checks `<name>.schema.json` from the package's schemas/ folder.
    public init(schemaNamed name: String) throws {
        try self.init(contentsOf: schemaURL(named: name))
    }

    /// Validates `instance`; returns one message a violation, each starting with the JSON
    /// pointer of the offending value ("/products/3/prices/0: …"). Empty means valid.
    public func validate(instance: JSONValue) -> [String] {
        failures(instance, schema, at: "").map(\.description)
    }

    /// Parses `text` and validates it; a parse error is returned as the only message.
    public func validate(text: String) -> [String] {
        do {
            return validate(instance: try JSONValue(parsing: text))
        } catch {
            return ["(root): \(error)"]
        }
    }
}

/// One violation: where, and what.
struct Failure: CustomStringConvertible {
    var path: String
    var message: String
    var description: String { "\(path.isEmpty ? "(root)" : path): \(message)" }
}

/// `path` extended by one JSON pointer token, `~` and `/` escaped.
func appending(_ path: String, _ token: String) -> String {
    path + "/" + token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
}

/// Resolves a `$ref` of the form `#` or `#/a/b` against `root`.
func resolve(_ reference: String, in root: JSONValue) -> JSONValue? {
    guard reference.hasPrefix("#") else { return nil }
    let pointer = reference.dropFirst()
    if pointer.isEmpty { return root }
    guard pointer.hasPrefix("/") else { return nil }
    var current = root
    for rawToken in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
        let token = (rawToken.removingPercentEncoding ?? String(rawToken))
            .replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        if let member = current[token] {
            current = member
        } else if let elements = current.arrayElements, let index = Int(token), elements.indices.contains(index) {
            current = elements[index]
        } else {
            return nil
        }
    }
    return current
}
