import Foundation
import Testing
import TestSupport

/// The hand-typed expected catalogue of the sample sheet, Tests/EndToEndTests/Fixtures/connext-voice.expected.json.
@Suite struct ExpectedCatalogueTests {
    let fixture: JSONValue

    init() throws {
        let url = packageRootDirectory().appendingPathComponent("Tests/EndToEndTests/Fixtures/connext-voice.expected.json")
        fixture = try JSONValue(contentsOf: url)
    }

    /// The fixture as a whole catalogue document: dummy values for the four keys it leaves out.
    static func wrapped(_ partial: JSONValue) -> JSONValue {
        let source = JSONValue.object([
            ("file", .string("connext-voice.pdf")), ("sha256", .string(String(repeating: "0", count: 64))),
            ("pages", .number("5")), ("title", .string("Tarieven KPN EEN MKB Connext Voice")),
        ])
        let accounting = JSONValue.object(["lines", "catalogue", "runningText", "footnotes", "prose", "unaccounted"]
            .map { ($0, JSONValue.number("0")) })
        let head: [(key: String, value: JSONValue)] = [("schemaVersion", .number("1")), ("source", source), ("currency", .string("EUR"))]
        return .object(head + (partial.objectMembers ?? []) + [("accounting", accounting)])
    }

    var products: [JSONValue] { fixture["products"]?.arrayElements ?? [] }
    var prices: [JSONValue] { products.flatMap { $0["prices"]?.arrayElements ?? [] } }

    @Test func isIndentedByTwoSpaces() throws {
        let url = packageRootDirectory().appendingPathComponent("Tests/EndToEndTests/Fixtures/connext-voice.expected.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text == fixture.prettyText(indent: 2) + "\n")
    }

    @Test func holdsTheFourCatalogueKeys() {
        #expect(fixture.keys == ["tables", "products", "footnotes", "warnings"])
        #expect(fixture["warnings"] == .array([]))
    }

    @Test func validatesWhenWrapped() throws {
        let validator = try JSONSchemaValidator(schemaNamed: "catalogue")
        #expect(validator.validate(instance: Self.wrapped(fixture)) == [])
    }

    @Test func validatesAgainstTheSchemaWithoutTheFourKeys() throws {
        let schema = try JSONValue(contentsOf: schemaURL(named: "catalogue"))
        let required = JSONValue.array(["tables", "products", "footnotes", "warnings"].map { .string($0) })
        let validator = try JSONSchemaValidator(schema: schema.setting("required", to: required))
        #expect(validator.validate(instance: fixture) == [])
        #expect(!validator.validate(instance: fixture.removing("tables")).isEmpty)
    }

    @Test func countsProductsAndPrices() {
        #expect(products.count == 42)
        #expect(prices.count == 111)
        let pages = products.compactMap { $0["page"]?.decimalValue }
        #expect(pages == pages.sorted())
        #expect(fixture["footnotes"]?.arrayElements?.compactMap { $0["id"]?.stringValue }
            == ["p1.1", "p1.2", "p1.3", "p2.1", "p2.2", "p2.3", "p4.1"])
    }

    @Test func keysAreInContractOrder() {
        let productOrder = ["id", "name", "table", "group", "requires", "footnotes", "page", "rounding", "notes", "prices"]
        let priceOrder = ["label", "type", "period", "unit", "amount", "min", "max", "per", "column"]
        for product in products {
            #expect(isInOrder(product.keys ?? [], productOrder), "\(product.keys ?? [])")
        }
        for price in prices {
            #expect(isInOrder(price.keys ?? [], priceOrder), "\(price.keys ?? [])")
        }
    }

    func isInOrder(_ keys: [String], _ order: [String]) -> Bool {
        let positions = keys.map { order.firstIndex(of: $0) ?? -1 }
        return !positions.contains(-1) && positions == positions.sorted()
    }

    @Test func referencesResolve() {
        let footnoteIds = Set(fixture["footnotes"]?.arrayElements?.compactMap { $0["id"]?.stringValue } ?? [])
        let tables = fixture["tables"]?.arrayElements ?? []
        let ids = products.compactMap { $0["id"]?.stringValue }
        #expect(Set(ids).count == ids.count)
        for product in products {
            let name = product["name"]?.stringValue ?? ""
            let ids = product["footnotes"]?.arrayElements?.compactMap(\.stringValue) ?? []
            #expect(ids.allSatisfy(footnoteIds.contains), "\(name)")
            let table = tables.first { $0["caption"] == product["table"] }
            let columns = table?["columns"]?.arrayElements ?? []
            for price in product["prices"]?.arrayElements ?? [] {
                let column = columns.first { $0["header"] == price["column"] }
                #expect(column?["label"] == price["label"], "\(name): \(price.compactText)")
            }
        }
    }
}
