import Foundation
import SheetFixtures
import Tables
import Testing

/// Round-trip cases that once failed, each kept whole with what it caught (Tests/RoundTripTests/
/// Pinned/, one `PinnedCase` a file), so a fixed parser rule can never quietly break again. The
/// files are the list: each draws its pinned spec, never its seed, so no change to the
/// generator redraws it. A case reruns alone with `PINNED=<file> swift test --filter SoakRegressionTests`.
@Suite struct SoakRegressionTests {
    /// The pinned files, or the one `PINNED` names.
    static var files: [String] {
        let names = PinnedFolder.fileNames
        guard let only = ProcessInfo.processInfo.environment["PINNED"] else { return names }
        return names.filter { $0 == only }
    }

    /// An empty or missing folder would run no case at all and pass.
    @Test func casesArePinned() {
        #expect(!Self.files.isEmpty, "no pinned case in \(PinnedFolder.url.path)")
    }

    @Test(arguments: files)
    func formerFailureReadsBack(_ file: String) throws {
        let pinned = try PinnedFolder.load(file)
        let outcome = Self.run(pinned, file: file)
        // Rendered more than once, the spec was trimmed to fit its pages again: the renderer
        // no longer draws the pinned spec on them, and the sheet read is not the one pinned.
        let drawnAsPinned = outcome.renders == 1
        #expect(drawnAsPinned, "\(file): the pinned spec was trimmed to fit its pages")
        // Named values, so a failure prints the report below rather than the whole outcome.
        let met = pinned.expectation.isMet(by: outcome)
        let about = "\(file) (\(pinned.expectation)): \(pinned.caught)\n" + (pinned.note.map { "  note: \($0)\n" } ?? "")
        #expect(met, Comment(rawValue: about + outcome.failureReport()))
    }

    /// A sheet whose lines allow two readings (rows touching, no rules, nothing showing where
    /// amounts stand): the parser reads one, warns on page 1 naming the rows in doubt, and the
    /// same sheet drawn with rules reads back exactly. Listed by the round trip, not failed.
    @Test func aSheetAmbiguousAsDrawnIsWarnedAndReadOnceRuled() throws {
        let file = "20261325.json"
        let outcome = Self.run(try PinnedFolder.load(file), file: file)
        #expect(!outcome.passed)
        #expect(outcome.ambiguousAsDrawn)
        let doubts = outcome.actual?.warnings.filter { $0.message == SheetAssembler.placementDoubt } ?? []
        #expect(doubts.map(\.page) == [1, 1])
        #expect(doubts.first?.text.hasPrefix("KPN 10 gebruikers dagen Wereld Zweden") == true)
    }

    /// The pages a difference speaks of, which must all carry a doubt for a case to count as
    /// ambiguous as drawn.
    @Test func differencesNameTheirPages() {
        #expect(RoundTripCase.pages(of: "product #3 \"KPN\" (p2) name: expected \"KPN\", got \"KPN EEN\"") == [2])
        #expect(RoundTripCase.pages(of: "warning p1: rows set tight — \"A | B\"") == [1])
        #expect(RoundTripCase.pages(of: "table \"X\":\n      expected \"X\" pages [2, 3] note nil rows 4") == [2, 3])
        #expect(RoundTripCase.pages(of: "footnote p3.1: expected \"a\", got \"b\"") == [3])
        #expect(RoundTripCase.pages(of: "source.title: expected \"T\", got \"U\"").isEmpty)
    }

    /// Draws and reads the pinned sheet in a scratch folder of its own.
    static func run(_ pinned: PinnedCase, file: String) -> RoundTripOutcome {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("regression-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let rerun = "PINNED=\(file) swift test --filter SoakRegressionTests"
        return pinned.roundTripCase(rerun: rerun).run(directory: directory)
    }
}
