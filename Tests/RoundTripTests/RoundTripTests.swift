import Catalogue
import Foundation
import SheetFixtures
import Testing
import TestSupport

/// Random catalogues × random layouts: render → ingest → must equal the catalogue that was drawn.
///
/// `ROUNDTRIP_CASES` (default 200) cases from `ROUNDTRIP_SEED` (default fixed); case i uses seed
/// base + i, so a failing case reruns alone with `ROUNDTRIP_SEED=<seed> ROUNDTRIP_CASES=1`.
/// Failing PDFs and full reports are kept in /tmp/roundtrip-failures/<seed>.pdf|.txt (or in
/// `ROUNDTRIP_FAILURES`, so two checkouts tested at once keep theirs apart).
/// `ROUNDTRIP_STYLE="rowPadding=6,amountPlacement=firstLine"` fixes style knobs to tell causes apart;
/// `ROUNDTRIP_KEEP` (default 200) caps the failures kept on disk.
@Suite(.serialized) struct RoundTripTests {
    static let failureDirectory = ProcessInfo.processInfo.environment["ROUNDTRIP_FAILURES"] ?? "/tmp/roundtrip-failures"
    /// Full reports recorded as test issues; the rest are listed by seed.
    static let detailedFailures = 5

    static var caseCount: Int {
        ProcessInfo.processInfo.environment["ROUNDTRIP_CASES"].flatMap(Int.init) ?? 200
    }

    /// The first case's seed; the two tests default to disjoint seed ranges so their kept
    /// failures (named by seed) never overwrite each other.
    static func baseSeed(default fallback: UInt64) -> UInt64 {
        ProcessInfo.processInfo.environment["ROUNDTRIP_SEED"].flatMap(UInt64.init) ?? fallback
    }

    /// Failing cases whose PDF and report are kept (a soak run would otherwise fill /tmp);
    /// the others are listed by seed and rerun alone.
    static var keptFailures: Int {
        ProcessInfo.processInfo.environment["ROUNDTRIP_KEEP"].flatMap(Int.init) ?? 200
    }

    /// Style knobs fixed for every case ("rowPadding=6,amountPlacement=firstLine"), to isolate causes.
    static var styleOverrides: [String: String] {
        GeneratorOptions.overrides(ProcessInfo.processInfo.environment["ROUNDTRIP_STYLE"] ?? "")
    }

    /// Every spec page on one physical page.
    @Test func drawnCataloguesReadBack() {
        Self.run(options: GeneratorOptions(styleOverrides: Self.styleOverrides), cases: Self.caseCount,
                 seed: Self.baseSeed(default: 20_260_101), name: "drawnCataloguesReadBack")
    }

    /// Long tables continued on the next page: header repeated, caption and group rows not,
    /// footnotes on the page where the spec page ends. A marker refers to the footnote with that
    /// marker on the product's own physical page, else on the table's next page that prints one;
    /// a product keeps the group row it sits under across the break.
    @Test func tablesRunningOverPageBreaksReadBack() {
        Self.run(options: GeneratorOptions(allowPageBreaks: true, styleOverrides: Self.styleOverrides),
                 cases: max(1, Self.caseCount / 4), seed: Self.baseSeed(default: 90_260_101),
                 name: "tablesRunningOverPageBreaksReadBack")
    }

    /// Runs `cases` cases from `baseSeed` on, records the first failures in full as issues and
    /// the rest by seed, keeps failing PDFs with their reports, and prints the statistics.
    /// Failure classes the parser does not read yet, diagnosed by `FailureDiagnosis`. A case
    /// failing only for these is recorded as a known issue, so the run stays visible and red
    /// for anything else; every new kind of failure fails the test. Remove a class here when
    /// the parser learns it: its cases must then pass. Empty since the soaks of 2026-12-01
    /// read every tight-row case (none of 10,000 + 2,500 failed, from two seed bases).
    static let openParserIssues: Set<String> = []

    /// Cases of the default runs (`make test`) that the family's knobs draw and the parser does
    /// not yet read exactly. Each is a known issue, never a pass: a listed case that reads back
    /// fails the test until it is taken off the list, and any other failure fails it as always.
    /// `make soak` reports them all. Empty since 90260116 and 90260141 read back (a row of an
    /// ordinary table was taken for a transposed table's fact row).
    static let openFamilyCases: Set<UInt64> = []

    static func isKnown(_ outcome: RoundTripOutcome) -> Bool {
        let causes = FailureDiagnosis.diagnose(outcome)
        return !causes.isEmpty && causes.allSatisfy(openParserIssues.contains)
    }

    static func run(options: GeneratorOptions, cases: Int, seed baseSeed: UInt64, name: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("roundtrip-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var statistics = RoundTripStatistics()
        var failedSeeds: [UInt64] = []
        var knownSeeds: [UInt64] = []
        // Sheets whose lines allow two readings, which the parser says (see
        // `RoundTripOutcome.ambiguousAsDrawn`): listed, not failed.
        var ambiguousSeeds: [UInt64] = []
        let validation = BackgroundValidation(schema: .catalogue)
        for index in 0..<cases {
            let seed = baseSeed &+ UInt64(index)
            var outcome = RoundTripCase(seed: seed, options: options).run(directory: directory)
            statistics.add(outcome)
            if let catalogue = outcome.actual { validation.submit(CatalogueEncoder.json(catalogue), label: "seed \(seed)") }
            let drawn = outcome.pdfPath
            defer { try? FileManager.default.removeItem(atPath: drawn) }
            if outcome.passed, openFamilyCases.contains(seed) {
                Issue.record(Comment(rawValue: "seed \(seed) now reads back: take it off openFamilyCases"))
            }
            guard !outcome.passed else { continue }
            if failedSeeds.count + knownSeeds.count + ambiguousSeeds.count < keptFailures { outcome.keep(in: failureDirectory) }
            if outcome.ambiguousAsDrawn {
                ambiguousSeeds.append(seed)
                continue
            }
            if isKnown(outcome) || openFamilyCases.contains(seed) {
                knownSeeds.append(seed)
                continue
            }
            failedSeeds.append(seed)
            if failedSeeds.count <= detailedFailures {
                Issue.record(Comment(rawValue: outcome.failureReport()))
            }
        }
        print("\(name) (\(options)):\n" + statistics.summary())
        expectValid(validation)
        if !ambiguousSeeds.isEmpty {
            print("ambiguous as drawn (doubt warned, exact with rules): seeds " + ambiguousSeeds.map(String.init).joined(separator: " "))
        }
        if !knownSeeds.isEmpty {
            let classes = openParserIssues.sorted().joined(separator: "; ")
            let seeds = knownSeeds.prefix(200).map(String.init).joined(separator: " ")
            let summary: String = "open parser issues (\(classes.isEmpty ? "open family cases" : classes)): \(knownSeeds.count) of \(cases) cases; seeds: \(seeds)"
            withKnownIssue(Comment(rawValue: summary)) {
                Issue.record(Comment(rawValue: "\(knownSeeds.count) cases fail only for open parser issues"))
            }
        }
        if failedSeeds.count > detailedFailures {
            let listed = failedSeeds.prefix(500).map(String.init).joined(separator: " ")
            Issue.record(Comment(rawValue: "\(failedSeeds.count) cases failed in all; seeds: " + listed
                + (failedSeeds.count > 500 ? " …" : "")
                + "\nreports of the first \(min(failedSeeds.count, keptFailures)): \(failureDirectory)/<seed>.txt"))
        }
    }

    /// Every catalogue read back, matched or not, must be a valid catalogue document.
    static func expectValid(_ validation: BackgroundValidation) {
        do {
            let (validated, failures) = try validation.finish()
            print("schema: \(validated - failures.count) of \(validated) catalogues read back are valid")
            for failure in failures.prefix(detailedFailures) {
                Issue.record(Comment(rawValue: "\(failure.label): the catalogue read back breaks the schema:\n"
                    + failure.errors.prefix(20).joined(separator: "\n")))
            }
            if failures.count > detailedFailures {
                Issue.record(Comment(rawValue: "\(failures.count) of \(validated) catalogues broke the schema: "
                    + failures.map(\.label).joined(separator: ", ")))
            }
        } catch {
            Issue.record(Comment(rawValue: "the catalogues read back could not be validated: \(error)"))
        }
    }
}
