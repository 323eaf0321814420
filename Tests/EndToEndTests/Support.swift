import Foundation
import Testing
import TestSupport

/// Where things are when the end-to-end tests run.
enum Paths {
    static let root = packageRootDirectory()
    static let sample = root.appendingPathComponent("Samples/connext-voice.pdf").path
    static let expected = expected(of: "connext-voice")
    /// The hand-typed catalogue of a sample sheet (Fixtures/<name>.expected.json).
    static func expected(of sample: String) -> URL {
        root.appendingPathComponent("Tests/EndToEndTests/Fixtures/\(sample).expected.json")
    }
    static let badFixtures = root.appendingPathComponent("Tests/EndToEndTests/Fixtures/bad")
    /// The shared data read where it lies (real-world PDFs, TMF620 definitions): TARIFF_SHARED,
    /// which `make test` sets (a clone made elsewhere finds it beside the checkout it came
    /// from), else ../shared beside the repository.
    static let shared = ProcessInfo.processInfo.environment["TARIFF_SHARED"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
        ?? root.deletingLastPathComponent().appendingPathComponent("shared")

    /// A fresh temporary folder, unique per call, removed when the tests end.
    static func temporaryDirectory() throws -> URL {
        try ScratchFolder.folder("end-to-end")
    }
}

/// The catalogue typed by hand from the seed text (Fixtures/connext-voice.expected.json).
enum ExpectedCatalogue {
    /// Expects `json` to be a valid catalogue whose tables, products, footnotes and warnings
    /// equal the expected ones, item by item so a failure names the first differing product.
    static func expectMatch(_ json: String, expected: URL = Paths.expected, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let errors = try SchemaValidation.errors(in: json, schema: .catalogue)
        #expect(errors == [], sourceLocation: sourceLocation)
        let got = try document(Data(json.utf8)), want = try document(Data(contentsOf: expected))
        for key in ["validFrom", "vatIncluded"] {
            #expect(try canonical([got[key] ?? NSNull()]) == canonical([want[key] ?? NSNull()]), "\(key)", sourceLocation: sourceLocation)
        }
        for key in ["tables", "products", "footnotes", "warnings"] {
            let gotItems = try (got[key] as? [Any] ?? []).map(withoutBoxes).map(canonical), wantItems = try (want[key] as? [Any] ?? []).map(canonical)
            #expect(gotItems.count == wantItems.count, "\(key) count", sourceLocation: sourceLocation)
            for (index, (g, w)) in zip(gotItems, wantItems).enumerated() {
                #expect(g == w, "\(key)[\(index)] differs:\n got \(g)\nwant \(w)", sourceLocation: sourceLocation)
            }
        }
    }

    /// An item with its boxes (and its prices' boxes) removed: where things are printed is
    /// checked against the page (ProvenanceTests), not typed by hand.
    static func withoutBoxes(_ item: Any) -> Any {
        if let object = item as? [String: Any] {
            return object.filter { $0.key != "box" }.mapValues(withoutBoxes)
        }
        if let array = item as? [Any] { return array.map(withoutBoxes) }
        return item
    }

    static func document(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// One item as compact JSON with sorted keys: equal items give equal text. Amounts are
    /// strings in the catalogue, so they compare as written, never as binary floats.
    static func canonical(_ item: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: item, options: [.sortedKeys, .withoutEscapingSlashes]),
               as: UTF8.self)
    }
}
