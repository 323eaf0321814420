import Catalogue
import Foundation
import Renderer
import SheetFixtures
import Testing

/// The expected-catalogue rules checked against the hand-typed catalogue of the sample sheet:
/// if they reproduce it, the round trip's expectations follow the contract, not the parser.
@Suite struct SampleExpectationTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../EndToEndTests/Fixtures/connext-voice.expected.json").standardized

    static func handTyped() throws -> [String: Any] {
        let data = try Data(contentsOf: fixture)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func computed() throws -> ExpectedCatalogue {
        let sheet = ConnextVoiceSample.sheet()
        let (_, report) = try SheetRenderer.renderWithReport(sheet)
        return ExpectedCatalogue(spec: sheet, report: report, rounding: RoundingStatement.all[0])
    }

    @Test func productsMatchTheHandTypedSample() throws {
        let typed = try #require(try Self.handTyped()["products"] as? [[String: Any]])
        let products = try Self.computed().products
        #expect(products.count == typed.count)
        for (mine, theirs) in zip(products, typed) {
            #expect(Self.json(mine) == Self.normalised(theirs), "product \(mine.id)")
        }
    }

    @Test func tablesAndFootnotesMatchTheHandTypedSample() throws {
        let typed = try Self.handTyped()
        let computed = try Self.computed()
        let tables = try #require(typed["tables"] as? [[String: Any]])
        #expect(computed.tables.count == tables.count)
        for (mine, theirs) in zip(computed.tables, tables) {
            #expect(mine.caption == theirs["caption"] as? String)
            #expect(mine.pages == theirs["pages"] as? [Int])
            #expect(mine.note == theirs["note"] as? String)
            let columns = (theirs["columns"] as? [[String: Any]] ?? []).map {
                TableInfo.Column(header: $0["header"] as? String ?? "", label: $0["label"] as? String)
            }
            #expect(mine.columns == columns, "table \(mine.caption)")
        }
        let footnotes = try #require(typed["footnotes"] as? [[String: Any]])
        #expect(computed.footnotes.map(\.id) == footnotes.map { $0["id"] as? String ?? "" })
        #expect(computed.footnotes.map(\.text) == footnotes.map { $0["text"] as? String ?? "" })
    }

    /// The fields the contract fixes, as plain strings.
    static func json(_ p: Product) -> [String: String] {
        var fields = ["id": p.id, "name": p.name, "table": p.table, "group": p.group ?? "null",
                      "requires": p.requires.joined(separator: ","), "footnotes": p.footnotes.joined(separator: ","),
                      "page": String(p.page), "notes": p.notes.joined(separator: " | ")]
        if let rounding = p.rounding {
            fields["rounding"] = "\(rounding.minutes?.rawValue ?? "-")/\(rounding.cents?.rawValue ?? "-")"
        }
        fields["prices"] = p.prices.map { price in
            let value: String
            switch price.value {
            case .amount(let amount): value = amount.description
            case .range(let low, let high): value = "\(low)-\(high)"
            case .onRequest: value = "on request"
            }
            return "\(price.label.rawValue) \(value) \(price.per ?? "-") \(price.column)"
        }.joined(separator: "; ")
        return fields
    }

    /// The hand-typed product in the same shape.
    static func normalised(_ p: [String: Any]) -> [String: String] {
        var fields = ["id": p["id"] as? String ?? "", "name": p["name"] as? String ?? "",
                      "table": p["table"] as? String ?? "", "group": p["group"] as? String ?? "null",
                      "requires": (p["requires"] as? [String] ?? []).joined(separator: ","),
                      "footnotes": (p["footnotes"] as? [String] ?? []).joined(separator: ","),
                      "page": String(p["page"] as? Int ?? 0),
                      "notes": (p["notes"] as? [String] ?? []).joined(separator: " | ")]
        if let rounding = p["rounding"] as? [String: Any] {
            fields["rounding"] = "\(rounding["minutes"] as? String ?? "-")/\(rounding["cents"] as? String ?? "-")"
        }
        fields["prices"] = (p["prices"] as? [[String: Any]] ?? []).map { price in
            let value = (price["amount"] as? String) ?? "\(price["min"] as? String ?? "")-\(price["max"] as? String ?? "")"
            return "\(price["label"] as? String ?? "") \(value) \(price["per"] as? String ?? "-") \(price["column"] as? String ?? "")"
        }.joined(separator: "; ")
        return fields
    }
}
