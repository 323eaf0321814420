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

    /// A long array written on several threads reads byte for byte as on one: its elements in
    /// order, nested arrays and objects indented as ever.
    @Test func writesALongArrayTheSameOnSeveralThreads() {
        let elements = (0..<1_000).map { i in
            JSONValue.object([("i", .int(i)), ("tags", .array(i % 3 == 0 ? [] : [.string("t\(i)")])),
                              ("box", .line([("x", .number("\(i).5"))]))])
        }
        let document = JSONValue.object([("products", .array(elements)), ("short", .array([.int(1), .int(2)]))])
        let serial = document.rendered()
        #expect(serial.hasPrefix("{\n  \"products\": [\n    {\n      \"i\": 0,\n      \"tags\": [],\n"))
        for workers in [2, 3, 7] {
            #expect(document.rendered(workers: workers) == serial, "\(workers) workers")
        }
    }

    /// `concurrentMap` is `map`: in order, whatever the slices, and on this thread below its minimum.
    @Test func concurrentMapIsMap() {
        let numbers = Array(0..<1_001)
        for workers in [1, 2, 5] {
            #expect(numbers.concurrentMap(workers: workers) { $0 * 3 } == numbers.map { $0 * 3 })
        }
        #expect(Array(0..<10).concurrentMap(workers: 4) { -$0 } == (0..<10).map { -$0 })
        #expect([Int]().concurrentMap(workers: 4) { $0 } == [])
    }
}
