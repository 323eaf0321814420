import Catalogue
import Testing

/// The JSON writer: explicit key order, escaping only what JSON requires.
@Suite struct JSONWritingTests {
    @Test func escapesAndKeepsUnicode() {
        let text = JSONValue.object([("a", .string("Israël \"quote\" back\\slash\ttab/slash\u{1}"))]).rendered()
        #expect(text == "{\n  \"a\": \"Israël \\\"quote\\\" back\\\\slash\\ttab/slash\\u0001\"\n}\n")
    }

    @Test func keepsKeysInTheOrderWritten() {
        let text = JSONValue.object([("z", .int(1)), ("a", .array([])), ("m", .object([])), ("n", .null)]).rendered()
        #expect(text == "{\n  \"z\": 1,\n  \"a\": [],\n  \"m\": {},\n  \"n\": null\n}\n")
    }
}
