import Foundation
import Testing
import TestSupport

/// Where things are when the end-to-end tests run.
enum Paths {
    static let root = packageRootDirectory()
    static let sample = root.appendingPathComponent("Samples/connext-voice.pdf").path
    static let expected = root.appendingPathComponent("Tests/EndToEndTests/Fixtures/connext-voice.expected.json")
    static let badFixtures = root.appendingPathComponent("Tests/EndToEndTests/Fixtures/bad")

    /// A fresh temporary folder, unique per call.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tariff-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The catalogue typed by hand from the seed text (Fixtures/connext-voice.expected.json).
enum ExpectedCatalogue {
    /// Expects `json`'s tables, products, footnotes and warnings to equal the expected ones,
    /// item by item so a failure names the first differing product.
    static func expectMatch(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let got = try JSONValue(parsing: json)
        let want = try JSONValue(contentsOf: Paths.expected)
        for key in ["tables", "products", "footnotes", "warnings"] {
            let gotItems = got[key]?.arrayElements ?? [], wantItems = want[key]?.arrayElements ?? []
            #expect(gotItems.count == wantItems.count, "\(key) count", sourceLocation: sourceLocation)
            for (index, (g, w)) in zip(gotItems, wantItems).enumerated() {
                #expect(g == w, "\(key)[\(index)] differs:\n got \(g.compactText)\nwant \(w.compactText)", sourceLocation: sourceLocation)
            }
        }
    }
}
