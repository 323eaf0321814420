import Foundation
import Testing
import TestSupport

/// Every mutated PDF that ever made `tariff ingest` fail (scripts/fuzz_pdf.py saves them to
/// Fixtures/fuzz/): each must now give a catalogue (exit 0) or exactly one error line (exit 2),
/// never a crash, a signal or a library's own diagnostic.
@Suite struct FuzzRegressionTests {
    static let folder = Paths.root.appendingPathComponent("Tests/EndToEndTests/Fixtures/fuzz")

    /// The saved inputs by file name; the folder's README is not one.
    static var inputs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    /// An empty or missing folder would check nothing and pass.
    @Test func theFolderHoldsInputs() {
        #expect(!Self.inputs.isEmpty, "no input in \(Self.folder.path)")
    }

    @Test(arguments: inputs)
    func ingestEndsCleanly(_ name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let target = try Paths.temporaryDirectory().appendingPathComponent("out.json").path
        let run = try ToolRun.tariff(["ingest", path, "-o", target])
        #expect(run.status == 0 || run.status == 2, "exit \(run.status): \(run.stderr)")
        // GLib's criticals and poppler's messages mean a misused library (one was a double free).
        #expect(!run.stderrLines.contains { $0.hasPrefix("(process:") || $0.contains("CRITICAL") }, "stderr: \(run.stderr)")
        if run.status == 2 {
            #expect(run.stderrLines.count == 1, "stderr: \(run.stderr)")
            #expect(run.stderrLines.first?.hasPrefix("tariff: \(path): ") == true, "stderr: \(run.stderr)")
        } else if run.status == 0 {
            let errors = try SchemaValidation.errors(inFileAt: URL(fileURLWithPath: target), schema: .catalogue)
            #expect(errors == [], "\(name)")
        }
    }
}
