import Foundation
import SheetFixtures
import Testing

/// Writes the pinned round-trip cases from seeds: each seed drawn with today's generator, run
/// once, and kept with the spec it finally rendered. Skipped unless `PIN_SEEDS` is set:
/// `PIN_SEEDS=1 swift test --filter PinnedCaseWriter` writes every case of `SoakRegressionTests`.
@Suite struct PinnedCaseWriter {
    /// A seed to pin, with what it caught and how it must read back.
    struct Request: Sendable {
        var seed: UInt64
        var options: GeneratorOptions
        var caught: String
        var expectation: PinnedCase.Expectation
    }

    static var requests: [Request] {
        SoakRegressionTests.singlePage.map { Request(seed: $0.seed, options: GeneratorOptions(), caught: $0.caught, expectation: .readsBack) }
            + SoakRegressionTests.pageBreaks.map {
                Request(seed: $0.seed, options: GeneratorOptions(allowPageBreaks: true), caught: $0.caught, expectation: .readsBack)
            }
            + [Request(seed: 20_261_325, options: GeneratorOptions(),
                       caught: "rows touching, no rules, nothing showing where amounts stand: two readings, the doubt warned, exact once ruled",
                       expectation: .ambiguousAsDrawn)]
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["PIN_SEEDS"] != nil))
    func writesThePinnedCases() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pinning-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var written: Set<String> = []
        for request in Self.requests {
            let outcome = RoundTripCase(seed: request.seed, options: request.options).run(directory: directory)
            try? FileManager.default.removeItem(atPath: outcome.pdfPath)
            // A case that does not read back as expected today would make the soak red: it is
            // a failure to fix, not a regression to keep.
            guard request.expectation.isMet(by: outcome) else {
                Issue.record(Comment(rawValue: "not pinned, not \(request.expectation): \(request.caught)\n" + outcome.failureReport()))
                continue
            }
            let pinned = PinnedCase(caught: request.caught, expectation: request.expectation, outcome: outcome)
            #expect(written.insert(pinned.fileName).inserted, "two requests for \(pinned.fileName)")
            try PinnedFolder.save(pinned)
            #expect(try PinnedFolder.load(pinned.fileName) == pinned, "\(pinned.fileName) does not read back as written")
        }
        print("pinned \(written.count) cases in \(PinnedFolder.url.path)")
    }
}
