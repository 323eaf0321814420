import Foundation
import Testing
import TestSupport

/// The schemas are the billers' documentation: every object is closed and every property described.
@Suite struct SchemaShapeTests {
    /// Keywords whose value is one subschema, an array of them, or an object of them.
    static let oneSubschema: Set = ["items", "additionalProperties", "not", "if", "then", "else"]
    static let subschemaArrays: Set = ["oneOf", "anyOf", "allOf"]
    static let subschemaObjects: Set = ["properties", "$defs"]
    /// The Draft 2020-12 keywords the schemas may use. A misspelt one would be an annotation
    /// to the validator and silently check nothing.
    static let knownKeywords: Set<String> = oneSubschema.union(subschemaArrays).union(subschemaObjects).union([
        "$schema", "$id", "$ref", "$comment", "title", "description", "examples", "default",
        "type", "required", "enum", "const", "pattern", "minimum", "maximum", "minItems", "maxItems",
        "minLength", "maxLength", "minProperties", "uniqueItems",
    ])

    static func schema(_ name: String) throws -> [String: Any] {
        try JSONEdit.object(parsing: String(contentsOf: schemaURL(named: name), encoding: .utf8))
    }

    /// Every subschema of `schema`, with its JSON pointer.
    static func subschemas(of schema: Any, at path: String = "") -> [(String, [String: Any])] {
        guard let members = schema as? [String: Any] else { return [] }
        var found = [(path, members)]
        for (keyword, value) in members {
            let here = path + "/" + keyword
            if subschemaObjects.contains(keyword) {
                for (name, sub) in value as? [String: Any] ?? [:] { found += subschemas(of: sub, at: here + "/" + name) }
            } else if subschemaArrays.contains(keyword) {
                for (index, sub) in (value as? [Any] ?? []).enumerated() { found += subschemas(of: sub, at: "\(here)/\(index)") }
            } else if oneSubschema.contains(keyword) {
                found += subschemas(of: value, at: here)
            }
        }
        return found
    }

    @Test(arguments: ["catalogue", "diff"])
    func objectsAreClosedAndPropertiesDescribed(_ name: String) throws {
        let schema = try Self.schema(name)
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let objects = Self.subschemas(of: schema).filter { $0.1["type"] as? String == "object" }
        #expect(objects.count >= 5)
        for (path, object) in objects {
            #expect(object["additionalProperties"] as? Bool == false, "\(name) \(path) is not closed")
            #expect(object["description"] is String, "\(name) \(path) has no description")
            for (property, sub) in object["properties"] as? [String: [String: Any]] ?? [:] {
                #expect((sub["description"] as? String)?.isEmpty == false, "\(name) \(path)/\(property) has no description")
            }
        }
    }

    /// A keyword that checks nothing and a `$ref` that points nowhere would both let documents through.
    @Test(arguments: ["catalogue", "diff"])
    func usesOnlyKnownKeywordsAndReferencesResolve(_ name: String) throws {
        let schema = try Self.schema(name)
        let definitions = Set((schema["$defs"] as? [String: Any] ?? [:]).keys)
        for (path, subschema) in Self.subschemas(of: schema) {
            let unknown = Set(subschema.keys).subtracting(Self.knownKeywords)
            #expect(unknown.isEmpty, "\(name) \(path): unknown keywords \(unknown.sorted())")
            if let reference = subschema["$ref"] as? String {
                #expect(reference.hasPrefix("#/$defs/") && definitions.contains(String(reference.dropFirst("#/$defs/".count))),
                        "\(name) \(path): $ref \(reference) does not resolve")
            }
        }
    }

    @Test func schemasDirectoryHoldsBothSchemas() throws {
        let directory = schemasDirectory()
        #expect(directory.lastPathComponent == "schemas")
        for name in ["catalogue", "diff"] {
            #expect(throws: Never.self) { try Self.schema(name) }
        }
    }
}
