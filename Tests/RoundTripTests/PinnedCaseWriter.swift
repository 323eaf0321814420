import Foundation
import SheetFixtures
import Testing

/// Pins round-trip cases: each seed drawn with today's generator, run once, and kept with the
/// spec it finally rendered (`PinnedCase`, in `PinnedFolder`), so a soak failure, once fixed,
/// stays a test however the generator changes. Skipped unless `PIN_SEEDS` is set:
///
///     PIN_SEEDS=90260787,90260623 PIN_CAUGHT="what it caught" swift test --filter PinnedCaseWriter
///
/// `PIN_PAGE_BREAKS=1` draws the seeds as `tablesRunningOverPageBreaksReadBack` does, and
/// `ROUNDTRIP_STYLE` fixes style knobs as in the soak; `PIN_EXPECT=ambiguousAsDrawn` pins a
/// sheet the parser must warn about instead of read exactly; `PIN_NOTE` says what the cases
/// have in common. A seed already pinned is drawn again and its file replaced, keeping what it
/// caught, its note and its expectation unless given: the file then holds today's sheet, no
/// longer the one that caught the fault.
@Suite struct PinnedCaseWriter {
    static let environment = ProcessInfo.processInfo.environment

    @Test(.enabled(if: environment["PIN_SEEDS"] != nil))
    func pinsTheSeeds() throws {
        let seeds = try #require(Self.seeds, "PIN_SEEDS: seeds separated by commas or spaces")
        let options = GeneratorOptions(allowPageBreaks: Self.environment["PIN_PAGE_BREAKS"] == "1",
                                       styleOverrides: GeneratorOptions.overrides(Self.environment["ROUNDTRIP_STYLE"] ?? ""))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pinning-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for seed in seeds {
            let file = PinnedCase.fileName(seed: seed, options: options)
            let earlier = try? PinnedFolder.load(file)
            let expectation = try Self.expectation(earlier: earlier)
            let caught = try #require(Self.environment["PIN_CAUGHT"] ?? earlier?.caught, "PIN_CAUGHT: what \(seed) caught")
            let outcome = RoundTripCase(seed: seed, options: options).run(directory: directory)
            try? FileManager.default.removeItem(atPath: outcome.pdfPath)
            // A case that does not read back as expected today would turn the soak red: it is
            // a failure to fix, not a regression to keep.
            guard expectation.isMet(by: outcome) else {
                Issue.record(Comment(rawValue: "\(seed) not pinned, not \(expectation):\n" + outcome.failureReport()))
                continue
            }
            let note = Self.environment["PIN_NOTE"] ?? earlier?.note
            let pinned = PinnedCase(caught: caught, note: note, expectation: expectation, outcome: outcome)
            try PinnedFolder.save(pinned)
            #expect(try PinnedFolder.load(file) == pinned, "\(file) does not read back as written")
            print("pinned \(PinnedFolder.url.appendingPathComponent(file).path)")
        }
    }

    /// `PIN_SEEDS` as numbers, digit groups written with "_" allowed; nil if one is no seed.
    static var seeds: [UInt64]? {
        let words = (environment["PIN_SEEDS"] ?? "").split(whereSeparator: { $0 == "," || $0 == " " })
        let seeds = words.compactMap { UInt64($0.replacingOccurrences(of: "_", with: "")) }
        return seeds.count == words.count && !seeds.isEmpty ? seeds : nil
    }

    /// `PIN_EXPECT`, else what the case's file said, else reading back exactly.
    static func expectation(earlier: PinnedCase?) throws -> PinnedCase.Expectation {
        guard let text = environment["PIN_EXPECT"] else { return earlier?.expectation ?? .readsBack }
        return try #require(PinnedCase.Expectation(rawValue: text), "PIN_EXPECT: readsBack or ambiguousAsDrawn")
    }
}
