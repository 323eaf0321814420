import Testing
import TestSupport

@Suite struct CatalogueSchemaTests {
    let validator: JSONSchemaValidator
    let example: JSONValue

    init() throws {
        validator = try JSONSchemaValidator(schemaNamed: "catalogue")
        example = try ContractExamples.catalogueValue()
    }

    /// Errors of the contract example after replacing the value at `path`.
    func errors(setting path: [String], to value: JSONValue) -> [String] {
        validator.validate(instance: example.updating(path) { _ in value })
    }

    /// Errors of the contract example after transforming the object at `path`.
    func errors(at path: [String], _ transform: (JSONValue) -> JSONValue) -> [String] {
        validator.validate(instance: example.updating(path, transform))
    }

    @Test func contractExampleValidates() {
        #expect(validator.validate(instance: example) == [])
    }

    @Test func moneyAsNumberIsRejected() {
        let found = errors(setting: ["products", "0", "prices", "0", "amount"], to: .number("4.50"))
        #expect(found.contains("/products/0/prices/0/amount: expected string, found number 4.50"))
    }

    @Test(arguments: ["4.5", "4,50", "€ 4.50", "1.250,00", "4", ""])
    func badMoneyStringsAreRejected(_ money: String) {
        #expect(!errors(setting: ["products", "0", "prices", "0", "amount"], to: .string(money)).isEmpty)
    }

    @Test func amountAndRangeTogetherAreRejected() {
        let path = ["products", "1", "prices", "2"]
        #expect(!errors(at: path) { $0.setting("amount", to: .string("0.22")) }.isEmpty)
        #expect(!errors(at: path) { $0.removing("max") }.isEmpty)
        #expect(!errors(at: path) { $0.removing("min").removing("max") }.isEmpty)
    }

    @Test func recurringWithoutPeriodIsRejected() {
        let found = errors(at: ["products", "0", "prices", "0"]) { $0.removing("period") }
        #expect(found.contains(#"/products/0/prices/0: missing required property "period""#))
    }

    @Test func typeFieldsFollowTheType() {
        let monthly = ["products", "0", "prices", "0"]
        #expect(!errors(at: monthly) { $0.setting("unit", to: .string("minute")) }.isEmpty)
        let oneTime = ["products", "0", "prices", "1"]
        #expect(!errors(at: oneTime) { $0.setting("period", to: .string("month")) }.isEmpty)
        let usage = ["products", "1", "prices", "0"]
        #expect(!errors(at: usage) { $0.removing("unit") }.isEmpty)
        #expect(!errors(at: usage) { $0.setting("period", to: .string("month")) }.isEmpty)
    }

    @Test func typeFollowsTheLabel() {
        #expect(!errors(setting: ["products", "0", "prices", "1", "type"], to: .string("recurring")).isEmpty)
        #expect(!errors(setting: ["products", "1", "prices", "0", "label"], to: .string("monthly")).isEmpty)
        #expect(!errors(setting: ["products", "0", "prices", "0", "label"], to: .string("yearly")).isEmpty)
    }

    @Test func productRulesAreEnforced() {
        #expect(!errors(setting: ["products", "0", "id"], to: .string("KPN EEN Connext Plus")).isEmpty)
        #expect(!errors(setting: ["products", "0", "id"], to: .string("kpn--een")).isEmpty)
        #expect(!errors(setting: ["products", "0", "name"], to: .string("")).isEmpty)
        #expect(!errors(setting: ["products", "0", "footnotes"], to: .array([.string("1")])).isEmpty)
        #expect(!errors(setting: ["products", "0", "page"], to: .number("0")).isEmpty)
        #expect(!errors(setting: ["products", "1", "rounding"], to: .object([])).isEmpty)
        #expect(!errors(setting: ["products", "1", "notes"], to: .array([.string("")])).isEmpty)
        #expect(errors(setting: ["products", "1", "notes"], to: .array([.string("Minuten …")])).isEmpty)
        #expect(!errors(at: ["products", "0"]) { $0.removing("group") }.isEmpty)
        #expect(!errors(at: ["products", "0"]) { $0.setting("price", to: .array([])) }.isEmpty)
    }

    @Test func documentRulesAreEnforced() {
        #expect(!errors(setting: ["schemaVersion"], to: .number("2")).isEmpty)
        #expect(!errors(setting: ["currency"], to: .string("USD")).isEmpty)
        #expect(!errors(setting: ["source", "sha256"], to: .string("9f2c…")).isEmpty)
        #expect(!errors(setting: ["source", "sha256"], to: .string(String(repeating: "9F2C", count: 16))).isEmpty)
        #expect(!errors(setting: ["tables", "0", "pages"], to: .array([])).isEmpty)
        #expect(errors(setting: ["tables", "0", "columns", "0", "label"], to: .null).isEmpty)
        #expect(!errors(setting: ["tables", "0", "columns", "0", "label"], to: .string("weekly")).isEmpty)
        #expect(errors(setting: ["warnings", "0", "page"], to: .null).isEmpty)
        #expect(!errors(setting: ["accounting", "prose"], to: .number("-1")).isEmpty)
        for key in ["schemaVersion", "source", "currency", "tables", "products", "footnotes", "warnings", "accounting"] {
            #expect(validator.validate(instance: example.removing(key)) == [#"(root): missing required property "\#(key)""#])
        }
    }
}
