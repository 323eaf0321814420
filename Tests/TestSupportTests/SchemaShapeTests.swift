import Testing
import TestSupport

/// The schemas are the billers' documentation: every object is closed and every property described.
@Suite struct SchemaShapeTests {
    /// Every subschema of `schema`, with its JSON pointer.
    func subschemas(of schema: JSONValue, at path: String = "") -> [(String, JSONValue)] {
        guard let members = schema.objectMembers else { return [] }
        var found = [(path, schema)]
        for (keyword, value) in members {
            let here = path + "/" + keyword
            switch keyword {
            case "properties", "$defs":
                for (name, sub) in value.objectMembers ?? [] { found += subschemas(of: sub, at: here + "/" + name) }
            case "oneOf", "anyOf", "allOf":
                for (index, sub) in (value.arrayElements ?? []).enumerated() { found += subschemas(of: sub, at: "\(here)/\(index)") }
            case "items", "additionalProperties", "not", "if", "then", "else":
                found += subschemas(of: value, at: here)
            default:
                break
            }
        }
        return found
    }

    @Test(arguments: ["catalogue", "diff"])
    func objectsAreClosedAndPropertiesDescribed(_ name: String) throws {
        let schema = try JSONValue(contentsOf: schemaURL(named: name))
        _ = try JSONSchemaValidator(schema: schema)
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        let objects = subschemas(of: schema).filter { $0.1["type"] == .string("object") }
        #expect(objects.count >= 5)
        for (path, object) in objects {
            #expect(object["additionalProperties"] == .bool(false), "\(name) \(path) is not closed")
            #expect(object["description"]?.stringValue != nil, "\(name) \(path) has no description")
            for (property, sub) in object["properties"]?.objectMembers ?? [] {
                #expect(sub["description"]?.stringValue?.isEmpty == false, "\(name) \(path)/\(property) has no description")
            }
        }
    }

    @Test func schemasDirectoryHoldsBothSchemas() throws {
        let directory = schemasDirectory()
        #expect(directory.lastPathComponent == "schemas")
        for name in ["catalogue", "diff"] {
            #expect(throws: Never.self) { try JSONValue(contentsOf: directory.appendingPathComponent("\(name).schema.json")) }
        }
    }
}
