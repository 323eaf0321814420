import Catalogue
import Foundation
import Testing
import TestSupport

/// The hand-typed expected catalogue of the sample sheet, Tests/EndToEndTests/Fixtures/connext-voice.expected.json.
@Suite struct ExpectedCatalogueTests {
    static let url = packageRootDirectory().appendingPathComponent("Tests/EndToEndTests/Fixtures/connext-voice.expected.json")
    let text: String
    let fixture: [String: Any]

    init() throws {
        text = try String(contentsOf: Self.url, encoding: .utf8)
        fixture = try JSONEdit.object(parsing: text)
    }

    /// The keys the fixture holds: the catalogue but for its source, currency and accounting.
    static let keys = ["validFrom", "vatIncluded", "tables", "products", "footnotes", "warnings"]

    /// The fixture as a whole catalogue document: dummy values for the keys it leaves out.
    static func wrapped(_ partial: [String: Any]) -> [String: Any] {
        let source: [String: Any] = ["file": "connext-voice.pdf", "sha256": String(repeating: "0", count: 64), "pages": 5,
                                     "title": "Tarieven KPN EEN MKB Connext Voice"]
        let counts = ["lines", "catalogue", "runningText", "footnotes", "prose", "unaccounted"]
        let accounting = Dictionary(uniqueKeysWithValues: counts.map { ($0, 0) })
        return partial.merging(["schemaVersion": 1, "source": source, "currency": "EUR", "accounting": accounting]) { $1 }
    }

    var products: [[String: Any]] { fixture["products"] as? [[String: Any]] ?? [] }
    var prices: [[String: Any]] { products.flatMap { $0["prices"] as? [[String: Any]] ?? [] } }

    /// Key order and layout (two-space indents, one member a line) exactly as `tariff ingest`
    /// writes the same keys, so the fixture reads side by side with Output/.
    @Test func isWrittenAsTheToolWritesIt() throws {
        let catalogue = try CatalogueDecoder.decode(JSONEdit.text(Self.wrapped(fixture)))
        let written = CatalogueEncoder.json(catalogue).split(separator: "\n", omittingEmptySubsequences: false)
        let first = try #require(written.firstIndex { $0.hasPrefix(#"  "validFrom": "#) })
        let end = try #require(written.firstIndex { $0.hasPrefix(#"  "accounting": "#) })
        var keys = written[first..<end].map(String.init)
        keys[keys.count - 1].removeLast()  // the comma before "accounting"
        #expect(text == (["{"] + keys + ["}", ""]).joined(separator: "\n"))
    }

    @Test func holdsTheCatalogueKeys() {
        #expect(Set(fixture.keys) == Set(Self.keys))
        #expect((fixture["warnings"] as? [Any])?.isEmpty == true)
    }

    @Test func validatesWhenWrapped() throws {
        let errors = try SchemaValidation.errors(in: JSONEdit.text(Self.wrapped(fixture)), schema: .catalogue)
        #expect(errors == [])
    }

    @Test func validatesAgainstTheSchemaWithoutTheKeysItLeavesOut() throws {
        let shipped = try JSONEdit.object(parsing: String(contentsOf: schemaURL(named: "catalogue"), encoding: .utf8))
        let schema = SchemaValidation.Schema.inline(try JSONEdit.text(shipped.setting("required", to: Self.keys)))
        let whole = try SchemaValidation.errors(in: text, schema: schema)
        #expect(whole == [])
        let withoutTables = try SchemaValidation.errors(in: JSONEdit.text(fixture.removing("tables")), schema: schema)
        #expect(withoutTables == ["(root): 'tables' is a required property"])
    }

    @Test func countsProductsAndPrices() {
        #expect(products.count == 42)
        #expect(prices.count == 111)
        let pages = products.compactMap { $0["page"] as? Int }
        #expect(pages.count == products.count)
        #expect(pages == pages.sorted())
        let footnotes = fixture["footnotes"] as? [[String: Any]] ?? []
        #expect(footnotes.compactMap { $0["id"] as? String } == ["p1.1", "p1.2", "p1.3", "p2.1", "p2.2", "p2.3", "p4.1"])
    }

    @Test func referencesResolve() {
        let footnotes = fixture["footnotes"] as? [[String: Any]] ?? []
        let footnoteIds = Set(footnotes.compactMap { $0["id"] as? String })
        let tables = fixture["tables"] as? [[String: Any]] ?? []
        let ids = products.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == ids.count)
        for product in products {
            let name = product["name"] as? String ?? ""
            let ids = product["footnotes"] as? [String] ?? []
            #expect(ids.allSatisfy(footnoteIds.contains), "\(name)")
            let table = tables.first { $0["caption"] as? String == product["table"] as? String }
            let columns = table?["columns"] as? [[String: Any]] ?? []
            for price in product["prices"] as? [[String: Any]] ?? [] {
                let column = columns.first { $0["header"] as? String == price["column"] as? String }
                #expect(column != nil && column?["label"] as? String == price["label"] as? String,
                        "\(name): \(price["label"] ?? "") in \(price["column"] ?? "")")
            }
        }
    }
}
