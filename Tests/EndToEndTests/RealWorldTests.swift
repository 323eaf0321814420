import Foundation
import TariffKit
import Testing
import TestSupport

/// The CLI's promise on 361 PDFs nobody on this project wrote (../shared/realworld: the test
/// suites of six PDF projects: tables, invoices, forms, scans, encrypted, broken and fuzzed
/// files, a decompression bomb). Each file, alone and in one batch, gets exit 0 with a
/// schema-valid catalogue that has prices, or exit 2 with one line naming it and no output
/// file; nothing else on stderr, and an end within its time limit.
///
/// The folder is data read where it lies, never copied into the project; without it the suite
/// fails, as CI must hold every file to the promise. Two files run at once (the machine's two
/// cores). `make test` points TARIFF_REALWORLD_BINARY at the release build it makes first:
/// a user runs that build, and the debug build takes several times as long on the large files.
@Suite(.serialized) struct RealWorldTests {
    static let folder = Paths.shared.appendingPathComponent("realworld")
    static let binary = ProcessInfo.processInfo.environment["TARIFF_REALWORLD_BINARY"] ?? ToolRun.binary

    /// The files the manifest lists, by name.
    static func files() throws -> [String] {
        let manifest = folder.appendingPathComponent("manifest.csv")
        guard let text = try? String(contentsOf: manifest, encoding: .utf8) else {
            throw RealWorldMissing(path: manifest.path)
        }
        return text.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
    }

    /// What one file got from one run of `tariff ingest FILE -o FILE.json`.
    struct Outcome: Sendable {
        var name: String
        var status: Int32
        var stderr: [String]
        /// The catalogue written, if any.
        var output: Data?
        var seconds: Double

        /// The error line's reason, or "catalogue".
        var reason: String {
            guard status == 2, let line = stderr.first, let range = line.range(of: ".pdf: ") else { return "catalogue" }
            return String(line[range.upperBound...])
        }

        /// The reason without its detail in brackets: "no tariff table found (…)".
        var kind: String { reason.replacing(/\ \(.*\)$/, with: " (…)") }
    }

    /// Every file read alone, two at a time; computed once for the tests below.
    static let alone: Result<[Outcome], any Error> = Result {
        let names = try files()
        let out = try Paths.temporaryDirectory()
        return Parallel.map(count: names.count, workers: 2) { _, index in
            let name = names[index]
            let target = out.appendingPathComponent(name + ".json")
            let started = Date()
            let run = Result { try ToolRun.tariff(["ingest", path(name), "-o", target.path], binary: binary) }
            let seconds = Date().timeIntervalSince(started)
            let output = FileManager.default.contents(atPath: target.path)
            switch run {
            case .success(let run):
                return Outcome(name: name, status: run.status, stderr: run.stderrLines, output: output, seconds: seconds)
            case .failure(let error):
                return Outcome(name: name, status: -1, stderr: ["cannot run tariff: \(error)"], output: output, seconds: seconds)
            }
        }
    }

    static func path(_ name: String) -> String { folder.appendingPathComponent("pdfs/\(name)").path }

    @Test func theFolderIsThereAndWhole() throws {
        let names = try Self.files()
        #expect(names.count == 361)
        let present = Set(try FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent("pdfs").path))
        #expect(names.filter { !present.contains($0) } == [])
    }

    @Test func eachFileAloneKeepsThePromise() throws {
        let outcomes = try Self.alone.get()
        for outcome in outcomes { try Self.expectPromiseKept(outcome) }
        Self.report(outcomes)
    }

    /// One batch of all of them with --out-dir gives each the answer it got alone: the same
    /// error line, or the same catalogue byte for byte; and nothing else on stderr.
    @Test func aBatchGivesTheSameAnswers() throws {
        let outcomes = try Self.alone.get()
        let out = try Paths.temporaryDirectory()
        let run = try ToolRun.tariff(["ingest"] + outcomes.map { Self.path($0.name) } + ["--out-dir", out.path, "--jobs", "2"],
                                     binary: Self.binary)
        let failed = outcomes.filter { $0.status != 0 }
        #expect(run.status == (failed.isEmpty ? 0 : 2))
        let errorLines = run.stderrLines.filter { !Self.isSummaryLine($0) }
        #expect(errorLines == failed.flatMap(\.stderr))
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let catalogues = outcomes.filter { $0.status == 0 }
        #expect(written == catalogues.map { URL(fileURLWithPath: $0.name).deletingPathExtension().lastPathComponent + ".json" }.sorted())
        for outcome in catalogues {
            let name = URL(fileURLWithPath: outcome.name).deletingPathExtension().lastPathComponent + ".json"
            #expect(FileManager.default.contents(atPath: out.appendingPathComponent(name).path) == outcome.output, "\(outcome.name)")
        }
    }

    // MARK: - The cases the first run found

    /// A 123 KB one-page decompression bomb poppler itself never finishes: stopped by a bound
    /// with default options well within a minute, in one line.
    @Test func theBombEndsWithinAMinuteInOneLine() throws {
        let bomb = try #require(try Self.alone.get().first { $0.name == "mozilla__pdf.js__test_pdfs_bomb_giant.pdf" })
        #expect(bomb.status == 2)
        #expect(bomb.seconds < 60)
        #expect(bomb.stderr.count == 1)
        #expect(bomb.reason.hasPrefix("took longer than its time limit of 21 s (--timeout)")
            || bomb.reason == "needed more memory than its limit of 1024 MiB (--max-memory)", "\(bomb.stderr)")
    }

    /// `diff` and `export` read a PDF under the same bounds as `ingest`: the bomb ends each of
    /// them in one line and exit 2, with no output file, where it once hung them.
    @Test func theBombGivenToDiffOrExportEndsInOneLine() throws {
        let bomb = Self.path("mozilla__pdf.js__test_pdfs_bomb_giant.pdf")
        let target = try Paths.temporaryDirectory().appendingPathComponent("bomb.csv")
        for arguments in [["diff", bomb, "Samples/connext-voice.pdf"], ["export", bomb, "--format", "csv", "-o", target.path]] {
            let started = Date()
            let run = try ToolRun.tariff(arguments, binary: Self.binary)
            #expect(Date().timeIntervalSince(started) < 60, "\(arguments)")
            #expect(run.status == 2)
            #expect(run.stdout.isEmpty)
            #expect(run.stderrLines.count == 1 && run.stderr.hasPrefix("tariff: \(bomb): "), "\(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    /// A Dutch invoice whose rows have neither names nor known price headers is no catalogue.
    @Test func theInvoiceIsNoTariffSheet() throws {
        let invoice = try #require(try Self.alone.get().first { $0.name == "pdfminer__pdfminer.six__samples_contrib_issue-1062-filters.pdf" })
        #expect(invoice.status == 2)
        #expect(invoice.reason.hasPrefix("no tariff table found ("), "\(invoice.stderr)")
        #expect(invoice.output == nil)
    }

    /// `%%EOF` 20,486 bytes before the end, then NUL padding: poppler reads it, so does the
    /// tool, down to its pages' text (a page of prose, no price table).
    @Test func thePaddedFileIsRead() throws {
        let padded = try #require(try Self.alone.get().first { $0.name == "py-pdf__pypdf__resources_selenium-pypdf-issue-177.pdf" })
        #expect(padded.reason == "no tariff table found (no price column header with amounts under it)", "\(padded.stderr)")
    }

    /// A form whose text is in its fields is told so, not sent to OCR.
    @Test func aFormIsNotAScan() throws {
        let form = try #require(try Self.alone.get().first { $0.name == "mozilla__pdf.js__test_pdfs_listbox_actions.pdf" })
        #expect(form.reason == "its text is in form fields, not on the page", "\(form.stderr)")
    }

    /// Reasons are the tool's own words: lower case, the reason not said twice.
    @Test func reasonsAreTheToolsOwnWords() throws {
        for outcome in try Self.alone.get() where outcome.status == 2 {
            let reason = outcome.reason
            #expect(reason.first?.isLowercase == true, "\(outcome.name): \(reason)")
            let detail = reason.firstMatch(of: /\((.*)\)$/).map { String($0.1) } ?? ""
            let head = reason.split(separator: " ").dropFirst().first.map(String.init) ?? ""
            #expect(head.count < 4 || !detail.contains(head), "\(outcome.name): \(reason)")
            #expect(detail.first?.isUppercase != true, "\(outcome.name): \(reason)")
        }
    }

    // MARK: - The promise

    static func expectPromiseKept(_ outcome: Outcome) throws {
        let name = outcome.name
        #expect(outcome.seconds < 60, "\(name) took \(outcome.seconds) s")
        if let limit = outcome.reason.firstMatch(of: /time limit of ([0-9.]+) s/).flatMap({ Double($0.1) }) {
            #expect(outcome.seconds < limit + 1, "\(name): stopped at \(outcome.seconds) s, limit \(limit) s")
        }
        switch outcome.status {
        case 0:
            let output = try #require(outcome.output, "\(name): exit 0 and no catalogue")
            let errors = try SchemaValidation.errors(in: String(decoding: output, as: UTF8.self), schema: .catalogue)
            #expect(errors == [], "\(name)")
            let document = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
            let products = document["products"] as? [[String: Any]] ?? []
            #expect(products.contains { !($0["prices"] as? [Any] ?? []).isEmpty }, "\(name): a catalogue without a price")
            #expect(outcome.stderr.first?.hasPrefix("\(name): ") == true, "\(name): \(outcome.stderr)")
            #expect(outcome.stderr.allSatisfy(isSummaryLine), "\(name): \(outcome.stderr)")
        case 2:
            #expect(outcome.stderr.count == 1, "\(name): \(outcome.stderr)")
            #expect(outcome.stderr.first?.hasPrefix("tariff: \(path(name)): ") == true, "\(name): \(outcome.stderr)")
            #expect(outcome.output == nil, "\(name): exit 2 and an output file")
        default:
            Issue.record("\(name): exit \(outcome.status): \(outcome.stderr)")
        }
    }

    /// A catalogue's summary on stderr: its first line ("x.pdf: 2 pages, …"), a table or a warning.
    static func isSummaryLine(_ line: String) -> Bool {
        line.hasPrefix("  table ") || line.hasPrefix("  warning ") || line.firstMatch(of: /^[^ ].*\.pdf:\ [0-9]+\ pages?,\ /) != nil
    }

    /// Outcome counts by reason and the slowest files, for the record (issue notes, README).
    static func report(_ outcomes: [Outcome]) {
        let counts = Dictionary(grouping: outcomes, by: \.kind).map { ($0.key, $0.value.count) }
            .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        print("realworld: \(outcomes.count) files with \(binary):")
        for (kind, count) in counts { print(String(format: "%5d  %@", count, kind)) }
        print("slowest:")
        for outcome in outcomes.sorted(by: { $0.seconds > $1.seconds }).prefix(8) {
            print(String(format: "%7.2f s  %@  (%@)", outcome.seconds, outcome.name, outcome.kind))
        }
        print(String(format: "total %.1f s of runs", outcomes.reduce(0) { $0 + $1.seconds }))
    }
}

/// The real-world folder is not where the tests look for it (`Paths.shared`).
struct RealWorldMissing: Error, CustomStringConvertible {
    var path: String
    var description: String { "\(path) is missing: the real-world PDFs are read from TARIFF_SHARED/realworld, or ../shared/realworld beside the repository" }
}
