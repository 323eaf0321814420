import Foundation
import Testing
import TestSupport

/// schemas/catalogue.schema.json holds the contract's rules: the contract example passes, and
/// breaking any one rule in it is caught.
@Suite struct CatalogueSchemaTests {
    let example: [String: Any]

    init() throws {
        example = try ContractExamples.catalogueObject()
    }

    /// Errors of `document` against the catalogue schema.
    func errors(of document: Any) throws -> [String] {
        try SchemaValidation.errors(in: JSONEdit.text(document), schema: .catalogue)
    }

    /// Errors of the contract example after replacing the value at `path` (nil removes it).
    func errors(setting path: [String], to value: Any?) throws -> [String] {
        try errors(of: JSONEdit.updating(example, at: path) { _ in value })
    }

    /// Errors of the contract example after transforming the object at `path`.
    func errors(at path: [String], _ transform: ([String: Any]) -> [String: Any]) throws -> [String] {
        try errors(of: JSONEdit.updating(example, at: path) { ($0 as? [String: Any]).map(transform) })
    }

    @Test func contractExampleValidates() throws {
        let asWritten = try SchemaValidation.errors(in: ContractExamples.catalogue, schema: .catalogue)
        #expect(asWritten == [])
        let asRead = try errors(of: example)
        #expect(asRead == [])
    }

    @Test func moneyAsNumberIsRejected() throws {
        let text = ContractExamples.catalogue.replacingOccurrences(of: #""amount": "4.50""#, with: #""amount": 4.50"#)
        #expect(text != ContractExamples.catalogue)
        let found = try SchemaValidation.errors(in: text, schema: .catalogue)
        #expect(found == ["/products/0/prices/0/amount: 4.5 is not of type 'string'"])
    }

    @Test(arguments: ["4.5", "4,50", "€ 4.50", "1.250,00", "4", ""])
    func badMoneyStringsAreRejected(_ money: String) throws {
        let found = try errors(setting: ["products", "0", "prices", "0", "amount"], to: money)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("/products/0/prices/0/amount: ") == true, "\(found)")
    }

    @Test func amountAndRangeTogetherAreRejected() throws {
        let path = ["products", "1", "prices", "2"]
        #expect(try !errors(at: path) { $0.setting("amount", to: "0.22") }.isEmpty)
        #expect(try !errors(at: path) { $0.removing("max") }.isEmpty)
        #expect(try !errors(at: path) { $0.removing("min").removing("max") }.isEmpty)
    }

    @Test func recurringWithoutPeriodIsRejected() throws {
        let found = try errors(at: ["products", "0", "prices", "0"]) { $0.removing("period") }
        #expect(found == ["/products/0/prices/0: 'period' is a required property"])
    }

    @Test func typeFieldsFollowTheType() throws {
        let monthly = ["products", "0", "prices", "0"]
        #expect(try !errors(at: monthly) { $0.setting("unit", to: "minute") }.isEmpty)
        let oneTime = ["products", "0", "prices", "1"]
        #expect(try !errors(at: oneTime) { $0.setting("period", to: "month") }.isEmpty)
        let usage = ["products", "1", "prices", "0"]
        #expect(try !errors(at: usage) { $0.removing("unit") }.isEmpty)
        #expect(try !errors(at: usage) { $0.setting("period", to: "month") }.isEmpty)
    }

    @Test func typeFollowsTheLabel() throws {
        #expect(try !errors(setting: ["products", "0", "prices", "1", "type"], to: "recurring").isEmpty)
        #expect(try !errors(setting: ["products", "1", "prices", "0", "label"], to: "monthly").isEmpty)
        #expect(try !errors(setting: ["products", "0", "prices", "0", "label"], to: "yearly").isEmpty)
    }

    @Test func productRulesAreEnforced() throws {
        #expect(try !errors(setting: ["products", "0", "id"], to: "KPN EEN Connext Plus").isEmpty)
        #expect(try !errors(setting: ["products", "0", "id"], to: "kpn--een").isEmpty)
        #expect(try !errors(setting: ["products", "0", "name"], to: "").isEmpty)
        #expect(try !errors(setting: ["products", "0", "footnotes"], to: ["1"]).isEmpty)
        #expect(try !errors(setting: ["products", "0", "page"], to: 0).isEmpty)
        #expect(try !errors(setting: ["products", "1", "rounding"], to: [String: Any]()).isEmpty)
        #expect(try !errors(setting: ["products", "1", "notes"], to: [""]).isEmpty)
        let notes = try errors(setting: ["products", "1", "notes"], to: ["Minuten …"])
        #expect(notes == [])
        #expect(try !errors(at: ["products", "0"]) { $0.removing("group") }.isEmpty)
        #expect(try !errors(at: ["products", "0"]) { $0.setting("price", to: [Any]()) }.isEmpty)
    }

    @Test func unknownKeysAreRejected() throws {
        let found = try errors(at: ["products", "0", "prices", "0"]) { $0.setting("currency", to: "EUR") }
        #expect(found == ["/products/0/prices/0: Additional properties are not allowed ('currency' was unexpected)"])
        #expect(try !errors(setting: ["generator"], to: "tariff").isEmpty)
        #expect(try !errors(setting: ["source", "url"], to: "https://example.invalid/").isEmpty)
    }

    @Test func documentRulesAreEnforced() throws {
        #expect(try !errors(setting: ["schemaVersion"], to: 2).isEmpty)
        #expect(try !errors(setting: ["currency"], to: "USD").isEmpty)
        #expect(try !errors(setting: ["source", "sha256"], to: "9f2c…").isEmpty)
        #expect(try !errors(setting: ["source", "sha256"], to: String(repeating: "9F2C", count: 16)).isEmpty)
        #expect(try !errors(setting: ["tables", "0", "pages"], to: [Any]()).isEmpty)
        let unlabelled = try errors(setting: ["tables", "0", "columns", "0", "label"], to: NSNull())
        #expect(unlabelled == [])
        #expect(try !errors(setting: ["tables", "0", "columns", "0", "label"], to: "weekly").isEmpty)
        let pageless = try errors(setting: ["warnings", "0", "page"], to: NSNull())
        #expect(pageless == [])
        #expect(try !errors(setting: ["accounting", "prose"], to: -1).isEmpty)
        for key in ["schemaVersion", "source", "currency", "tables", "products", "footnotes", "warnings", "accounting"] {
            let found = try errors(of: example.removing(key))
            #expect(found == ["(root): '\(key)' is a required property"])
        }
    }
}
