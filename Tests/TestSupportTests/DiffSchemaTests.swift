import Foundation
import Testing
import TestSupport

/// schemas/diff.schema.json holds the contract's rules for `tariff diff --format json`.
@Suite struct DiffSchemaTests {
    let example: [String: Any]

    init() throws {
        example = try ContractExamples.diffObject()
    }

    /// Errors of `document` against the diff schema.
    func errors(of document: Any) throws -> [String] {
        try SchemaValidation.errors(in: JSONEdit.text(document), schema: .diff)
    }

    /// Errors of the contract example after transforming change number `index`.
    func errors(change index: Int, _ transform: ([String: Any]) -> [String: Any]) throws -> [String] {
        try errors(of: JSONEdit.updating(example, at: ["changes", String(index)]) { ($0 as? [String: Any]).map(transform) })
    }

    @Test func contractExampleValidates() throws {
        let asWritten = try SchemaValidation.errors(in: ContractExamples.diff, schema: .diff)
        #expect(asWritten == [])
        let asRead = try errors(of: example)
        #expect(asRead == [])
    }

    @Test func priceChangedAllowsNullsButNotNumbers() throws {
        let nulls = try errors(change: 0) { $0.setting("old", to: NSNull()).setting("delta", to: NSNull()).setting("percent", to: NSNull()) }
        #expect(nulls == [])
        let negative = try errors(change: 0) { $0.setting("delta", to: "-0.45") }
        #expect(negative == [])
        let number = ContractExamples.diff.replacingOccurrences(of: #""new": "7.95""#, with: #""new": 7.95"#)
        #expect(number != ContractExamples.diff)
        #expect(try !SchemaValidation.errors(in: number, schema: .diff).isEmpty)
        #expect(try !errors(change: 0) { $0.removing("label") }.isEmpty)
        #expect(try !errors(change: 0) { $0.setting("label", to: "yearly") }.isEmpty)
    }

    @Test func movedAddedRemovedAllowTheirOptionalFields() throws {
        let extra: ([String: Any]) -> [String: Any] = {
            $0.setting("oldGroup", to: NSNull()).setting("newGroup", to: "Gebruikers")
                .setting("oldTable", to: "A").setting("newTable", to: "B")
                .setting("oldPage", to: 1).setting("newPage", to: 2)
        }
        let moved = try errors(change: 5, extra)
        #expect(moved == [])
        let added = try errors(change: 1) { $0.setting("group", to: "Gebruikers") }
        #expect(added == [])
        let removed = try errors(change: 2) { $0.setting("group", to: NSNull()) }
        #expect(removed == [])
        #expect(try !errors(change: 5) { $0.setting("newPage", to: 0) }.isEmpty)
    }

    @Test func unknownKindsAndFieldsAreRejected() throws {
        #expect(try !errors(change: 1) { $0.setting("kind", to: "changed") }.isEmpty)
        #expect(try !errors(change: 3) { $0.setting("product", to: "x") }.isEmpty)
        #expect(try !errors(change: 0) { $0.setting("group", to: NSNull()) }.isEmpty)
        #expect(try !errors(change: 4) { $0.setting("footnote", to: "1") }.isEmpty)
        #expect(try !errors(change: 3) { $0.removing("table") }.isEmpty)
    }

    @Test func summaryNeedsAllSixCounts() throws {
        for key in ["added", "removed", "renamed", "priceChanged", "footnoteChanged", "moved"] {
            let document = JSONEdit.updating(example, at: ["summary"]) { ($0 as? [String: Any])?.removing(key) }
            let found = try errors(of: document)
            #expect(found == ["/summary: '\(key)' is a required property"])
        }
        #expect(try !errors(of: JSONEdit.updating(example, at: ["summary", "moved"]) { _ in -1 }).isEmpty)
    }
}
