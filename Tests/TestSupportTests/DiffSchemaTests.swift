import Testing
import TestSupport

@Suite struct DiffSchemaTests {
    let validator: JSONSchemaValidator
    let example: JSONValue

    init() throws {
        validator = try JSONSchemaValidator(schemaNamed: "diff")
        example = try ContractExamples.diffValue()
    }

    /// Errors of the contract example after transforming change number `index`.
    func errors(change index: Int, _ transform: (JSONValue) -> JSONValue) -> [String] {
        validator.validate(instance: example.updating(["changes", String(index)], transform))
    }

    @Test func contractExampleValidates() {
        #expect(validator.validate(instance: example) == [])
    }

    @Test func priceChangedAllowsNullsButNotNumbers() {
        #expect(errors(change: 0) { $0.setting("old", to: .null).setting("delta", to: .null).setting("percent", to: .null) } == [])
        #expect(errors(change: 0) { $0.setting("delta", to: .string("-0.45")) } == [])
        #expect(!errors(change: 0) { $0.setting("new", to: .number("7.95")) }.isEmpty)
        #expect(!errors(change: 0) { $0.removing("label") }.isEmpty)
        #expect(!errors(change: 0) { $0.setting("label", to: .string("yearly")) }.isEmpty)
    }

    @Test func movedAddedRemovedAllowTheirOptionalFields() {
        let extra: (JSONValue) -> JSONValue = {
            $0.setting("oldGroup", to: .null).setting("newGroup", to: .string("Gebruikers"))
                .setting("oldTable", to: .string("A")).setting("newTable", to: .string("B"))
                .setting("oldPage", to: .number("1")).setting("newPage", to: .number("2"))
        }
        #expect(errors(change: 5, extra) == [])
        #expect(errors(change: 1) { $0.setting("group", to: .string("Gebruikers")) } == [])
        #expect(errors(change: 2) { $0.setting("group", to: .null) } == [])
        #expect(!errors(change: 5) { $0.setting("newPage", to: .number("0")) }.isEmpty)
    }

    @Test func unknownKindsAndFieldsAreRejected() {
        #expect(!errors(change: 1) { $0.setting("kind", to: .string("changed")) }.isEmpty)
        #expect(!errors(change: 3) { $0.setting("product", to: .string("x")) }.isEmpty)
        #expect(!errors(change: 0) { $0.setting("group", to: .null) }.isEmpty)
        #expect(!errors(change: 4) { $0.setting("footnote", to: .string("1")) }.isEmpty)
        #expect(!errors(change: 3) { $0.removing("table") }.isEmpty)
    }

    @Test func summaryNeedsAllSixCounts() {
        for key in ["added", "removed", "renamed", "priceChanged", "footnoteChanged", "moved"] {
            let instance = example.updating(["summary"]) { $0.removing(key) }
            #expect(validator.validate(instance: instance) == [#"/summary: missing required property "\#(key)""#])
        }
        let negative = example.updating(["summary", "moved"]) { _ in .number("-1") }
        #expect(!validator.validate(instance: negative).isEmpty)
    }
}
