import Foundation
import FuzzSupport
import Testing

/// Every glyph stream that ever crashed the layout fuzzer and the hand-made edge cases kept
/// beside them (Fuzz/regressions/layout/), run through the same decoder and pipeline in-process. A regression crashes the test process
/// instead of failing an expectation; the crash names the input in the test log.
@Suite struct RegressionReplayTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let folder = root.appendingPathComponent("Fuzz/regressions/layout")

    static var inputs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    /// An empty or missing folder would replay nothing and pass.
    @Test func theFolderHoldsInputs() {
        #expect(!Self.inputs.isEmpty, "no input in \(Self.folder.path)")
    }

    @Test(arguments: inputs)
    func replays(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let json = FuzzPipeline.run(bytes)
        #expect(json.hasSuffix("}\n"))
    }

    /// The seed corpus runs too: a seed that stops reaching the table parser is a weaker fuzzer.
    @Test func seedsReachTheTableParser() throws {
        let seeds = Self.root.appendingPathComponent("Fuzz/corpus/layout")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix("-p1") }
        #expect(!names.isEmpty)
        for name in names {
            let json = FuzzPipeline.run(try [UInt8](Data(contentsOf: seeds.appendingPathComponent(name))))
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let products = object?["products"] as? [Any] ?? []
            #expect(!products.isEmpty, "\(name) gives no products")
        }
    }
}
