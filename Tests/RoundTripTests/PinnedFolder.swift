import Foundation
import SheetFixtures

/// Tests/RoundTripTests/Pinned/: one JSON file a pinned round-trip case (`PinnedCase`). The
/// files are the list of kept regressions: `SoakRegressionTests` runs each, and
/// `PinnedCaseWriter` writes them.
enum PinnedFolder {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Pinned")

    /// The case files' names, sorted; none when the folder is missing.
    static var fileNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The case kept in file `name`.
    static func load(_ name: String) throws -> PinnedCase {
        try PinnedCase(json: Data(contentsOf: url.appendingPathComponent(name)))
    }

    /// Writes `pinned` to its file, replacing what was there.
    static func save(_ pinned: PinnedCase) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try pinned.json().write(to: url.appendingPathComponent(pinned.fileName), options: .atomic)
    }
}
