import Testing
import TestSupport

/// Errors of `instance` (JSON text) against `schema` (JSON text).
func errors(_ instance: String, against schema: String) throws -> [String] {
    let validator = try JSONSchemaValidator(schema: JSONValue(parsing: schema))
    return validator.validate(instance: try JSONValue(parsing: instance))
}

@Suite struct JSONSchemaValidatorTests {
    @Test func rejectsWrongType() throws {
        let schema = #"{"type": "object", "properties": {"n": {"type": "integer"}, "s": {"type": ["string", "null"]}}}"#
        #expect(try errors(#"{"n": 1, "s": null}"#, against: schema).isEmpty)
        #expect(try errors(#"{"n": 1.0, "s": "x"}"#, against: schema).isEmpty)
        #expect(try errors(#"{"n": 1.5}"#, against: schema) == ["/n: expected integer, found number 1.5"])
        #expect(try errors(#"{"n": "1"}"#, against: schema).count == 1)
        #expect(try errors(#"{"n": true}"#, against: schema).count == 1)
        #expect(try errors(#"{"s": 2}"#, against: schema) == ["/s: expected string or null, found integer 2"])
        #expect(try errors("[]", against: schema) == ["(root): expected object, found array []"])
    }

    @Test func numberTypeAcceptsIntegers() throws {
        #expect(try errors("3", against: #"{"type": "number"}"#).isEmpty)
        #expect(try errors("true", against: #"{"type": "number"}"#).count == 1)
    }

    @Test func rejectsMissingRequired() throws {
        let schema = #"{"type": "object", "required": ["a", "b"]}"#
        #expect(try errors(#"{"a": 1, "b": null}"#, against: schema).isEmpty)
        #expect(try errors(#"{"a": 1}"#, against: schema) == [#"(root): missing required property "b""#])
    }

    @Test func rejectsExtraProperty() throws {
        let closed = #"{"type": "object", "properties": {"a": {}}, "additionalProperties": false}"#
        #expect(try errors(#"{"a": 1}"#, against: closed).isEmpty)
        #expect(try errors(#"{"a": 1, "b/c": 2}"#, against: closed) == [#"/b~1c: property "b/c" is not allowed"#])
        let typed = #"{"properties": {"a": {}}, "additionalProperties": {"type": "string"}}"#
        #expect(try errors(#"{"a": 1, "b": "x"}"#, against: typed).isEmpty)
        #expect(try errors(#"{"b": 2}"#, against: typed).count == 1)
    }

    @Test func rejectsBadPattern() throws {
        let schema = #"{"type": "string", "pattern": "^-?[0-9]+\\.[0-9]{2,}$"}"#
        #expect(try errors(#""1250.00""#, against: schema).isEmpty)
        #expect(try errors(#""-0.225""#, against: schema).isEmpty)
        #expect(try errors(#""1.250,00""#, against: schema).count == 1)
        #expect(try errors(#""4.5""#, against: schema).count == 1)
        #expect(try errors("4.50", against: schema).count == 1)
    }

    @Test func patternIsUnanchoredSearchAndUnicodeAware() throws {
        #expect(try errors(#""xaby""#, against: #"{"pattern": "ab"}"#).isEmpty)
        #expect(try errors(#""p1.†""#, against: #"{"pattern": "^p[0-9]+\\.[0-9A-Za-z*†‡]+$"}"#).isEmpty)
    }

    @Test func rejectsBadEnumAndConst() throws {
        let schema = #"{"properties": {"e": {"enum": ["up", "down", null]}, "c": {"const": 1}}}"#
        #expect(try errors(#"{"e": null, "c": 1.0}"#, against: schema).isEmpty)
        #expect(try errors(#"{"e": "sideways"}"#, against: schema) == [#"/e: "sideways" is not one of "up", "down", null"#])
        #expect(try errors(#"{"c": "1"}"#, against: schema) == [#"/c: expected 1, found "1""#])
        #expect(try errors(#"{"c": true}"#, against: schema).count == 1)
    }

    @Test func checksMinimaAndUniqueness() throws {
        #expect(try errors("0", against: #"{"minimum": 1}"#) == ["(root): 0 is less than the minimum 1"])
        #expect(try errors("[]", against: #"{"minItems": 1}"#).count == 1)
        #expect(try errors(#""""#, against: #"{"minLength": 1}"#).count == 1)
        #expect(try errors(#""ë""#, against: #"{"minLength": 1}"#).isEmpty)
        #expect(try errors("{}", against: #"{"minProperties": 1}"#).count == 1)
        #expect(try errors("[1, 2, 1.0]", against: #"{"uniqueItems": true}"#) == ["/2: duplicate of an earlier item"])
    }

    @Test func validatesItemsWithPointerPaths() throws {
        let schema = #"{"type": "array", "items": {"type": "object", "properties": {"x": {"type": "string"}}}}"#
        #expect(try errors(#"[{"x": "a"}, {"x": 1}]"#, against: schema) == ["/1/x: expected string, found integer 1"])
    }

    @Test func oneOfNeedsExactlyOne() throws {
        let schema = #"{"oneOf": [{"required": ["amount"]}, {"required": ["min"]}]}"#
        #expect(try errors(#"{"amount": 1}"#, against: schema).isEmpty)
        let none = try errors("{}", against: schema)
        #expect(none.first == "(root): matches none of the 2 oneOf alternatives")
        let both = try errors(#"{"amount": 1, "min": 1}"#, against: schema)
        #expect(both == ["(root): matches 2 oneOf alternatives (#0, #1); exactly one is allowed"])
    }

    @Test func anyOfAllOfAndNot() throws {
        let schema = #"{"anyOf": [{"type": "string"}, {"type": "null"}], "allOf": [{"not": {"const": "x"}}]}"#
        #expect(try errors("null", against: schema).isEmpty)
        #expect(try errors(#""y""#, against: schema).isEmpty)
        #expect(try errors("1", against: schema).first == "(root): matches none of the 2 anyOf alternatives")
        #expect(try errors(#""x""#, against: schema) == [#"(root): must not match {"const":"x"}"#])
    }

    @Test func followsReferences() throws {
        let schema = #"""
        {"properties": {"a": {"$ref": "#/$defs/money"}, "b": {"$ref": "#/$defs/a~1b"}},
         "$defs": {"money": {"type": "string", "pattern": "^[0-9]+\\.[0-9]{2}$"}, "a/b": {"const": 2}}}
        """#
        #expect(try errors(#"{"a": "1.00", "b": 2}"#, against: schema).isEmpty)
        #expect(try errors(#"{"a": 1.00}"#, against: schema) == ["/a: expected string, found integer 1.00"])
        #expect(try errors(#"{"b": 3}"#, against: schema).count == 1)
    }

    @Test func appliesIfThenElse() throws {
        let schema = #"""
        {"if": {"properties": {"type": {"const": "recurring"}}, "required": ["type"]},
         "then": {"required": ["period"]}, "else": {"not": {"required": ["period"]}}}
        """#
        #expect(try errors(#"{"type": "recurring", "period": "month"}"#, against: schema).isEmpty)
        #expect(try errors(#"{"type": "recurring"}"#, against: schema) == [#"(root): missing required property "period""#])
        #expect(try errors(#"{"type": "oneTime"}"#, against: schema).isEmpty)
        #expect(try errors(#"{"type": "oneTime", "period": "month"}"#, against: schema).count == 1)
    }

    @Test func booleanSchemas() throws {
        #expect(try errors("1", against: "true").isEmpty)
        #expect(try errors("1", against: "false") == ["(root): no value is allowed here"])
    }

    @Test(arguments: [
        #"{"maxLength": 3}"#, ##"{"$ref": "#/$defs/nowhere"}"##, #"{"pattern": "("}"#,
        #"{"type": "decimal"}"#, #"{"oneOf": []}"#, #"{"properties": {"a": {"format": "date"}}}"#,
    ])
    func refusesSchemasItCannotApply(_ schema: String) {
        #expect(throws: SchemaError.self) { try JSONSchemaValidator(schema: JSONValue(parsing: schema)) }
    }

    @Test func validatesTextAndReportsParseErrors() throws {
        let validator = try JSONSchemaValidator(schema: JSONValue(parsing: #"{"type": "array"}"#))
        #expect(validator.validate(text: "[1]").isEmpty)
        #expect(validator.validate(text: "[1,]").count == 1)
    }
}
