import Testing
import TestSupport

@Suite struct JSONParserTests {
    @Test func keepsKeyOrderAndNumberLiterals() throws {
        let value = try JSONValue(parsing: #"{"b": 1.50, "a": -0, "c": 2e3, "d": true, "e": null}"#)
        #expect(value.keys == ["b", "a", "c", "d", "e"])
        #expect(value["b"] == .number("1.50"))
        #expect(value["a"] == .number("-0"))
        #expect(value["c"] == .number("2e3"))
        #expect(value["d"] == .bool(true))
        #expect(value["e"] == .null)
    }

    @Test func keepsBooleansAndNumbersApart() throws {
        let value = try JSONValue(parsing: "[true, 1, false, 0]")
        #expect(value == .array([.bool(true), .number("1"), .bool(false), .number("0")]))
        #expect(value.arrayElements?.map(\.typeName) == ["boolean", "number", "boolean", "number"])
    }

    @Test func resolvesEscapesAndSurrogatePairs() throws {
        let value = try JSONValue(parsing: #""a\"b\\c\/d\n\u00eb\ud83d\ude00€""#)
        #expect(value == .string("a\"b\\c/d\në😀€"))
    }

    @Test(arguments: [
        "", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "+1", "[1] x", "{'a':1}", "tru", "\"\\x\"",
        "\"\\ud800\"", "\"\\udc00\"", "\"a\nb\"", "{\"a\":1,\"a\":2}", "NaN", "[1 2]", "// c\n1",
    ])
    func rejectsInvalidText(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: text) }
    }

    @Test func integerTestFollowsValueNotSpelling() throws {
        #expect(try JSONValue(parsing: "3").isInteger)
        #expect(try JSONValue(parsing: "3.0").isInteger)
        #expect(try JSONValue(parsing: "3e2").isInteger)
        #expect(try !JSONValue(parsing: "3.5").isInteger)
        #expect(try !JSONValue(parsing: "\"3\"").isInteger)
    }

    @Test func prettyTextRoundTrips() throws {
        let text = #"{"a": [1, {"b": "x\"y"}], "c": {}, "d": []}"#
        let value = try JSONValue(parsing: text)
        #expect(try JSONValue(parsing: value.prettyText()) == value)
        #expect(value.compactText == #"{"a":[1,{"b":"x\"y"}],"c":{},"d":[]}"#)
    }
}
