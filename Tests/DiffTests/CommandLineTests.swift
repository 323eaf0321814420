import Foundation
import Renderer
import Testing
import TestSupport

/// `tariff diff` as CI runs it: exit statuses 0/1/2, `--fail-on`, formats, errors on stderr,
/// and every JSON it writes valid against schemas/diff.schema.json.
@Suite struct CommandLineTests {
    static let first = "Samples/connext-voice.pdf"
    static let second = "Samples/connext-voice-2027.pdf"
    static let committed = "Output/connext-voice.json"

    func diff(_ arguments: String...) throws -> Tool.Outcome {
        let outcome = try Tool.run(["diff"] + arguments)
        if arguments.contains("json"), outcome.status != 2 {
            let errors = try SchemaValidation.errors(in: outcome.stdout, schema: .diff)
            #expect(errors == [], "schema errors in: \(outcome.stdout)")
        }
        return outcome
    }

    @Test func aSheetAgainstItselfExitsZero() throws {
        let outcome = try diff(Self.first, Self.first, "--format", "json")
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains(#""changes": []"#))
        #expect(outcome.stderr.isEmpty)
    }

    @Test func theSameSheetInOtherLayoutsExitsZero() throws {
        for layout in LayoutInvarianceTests.layouts.filter({ $0.parserIssue == nil }) {
            let path = try Editions.pdf(ConnextVoiceSample.sheet(style: layout.style), name: "relaid")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let outcome = try diff(Self.first, path, "--format", "json")
            #expect(outcome.status == 0, "\(layout.name): \(outcome.stdout)")
            #expect(outcome.stdout.contains(#""changes": []"#), "\(layout.name)")
        }
    }

    @Test func theSecondEditionExitsOneInEveryFormat() throws {
        for format in ["text", "json", "markdown"] {
            let outcome = try diff(Self.first, Self.second, "--format", format)
            #expect(outcome.status == 1, "\(format)")
            #expect(outcome.stderr.isEmpty)
        }
    }

    @Test func failOnPolicies() throws {
        #expect(try diff(Self.first, Self.second, "--fail-on", "any").status == 1)
        #expect(try diff(Self.first, Self.second, "--fail-on", "price-increase").status == 1)
        #expect(try diff(Self.first, Self.second, "--fail-on", "none").status == 0)
        // Going back from 2027 to the first edition, Pro and the range fall but Callcenter Premium
        // and the dropped 0800 charge come back: still an increase.
        #expect(try diff(Self.second, Self.first, "--fail-on", "price-increase").status == 1)
        #expect(try diff(Self.first, Self.first, "--fail-on", "any").status == 0)
    }

    @Test func onlyDecreasesPassAPriceIncreasePolicy() throws {
        let cheaper = ConnextVoiceSample.sheet().settingCell("KPN EEN Connext Pro", column: 0, to: "€ 6,95")
            .removingProduct("KPN EEN Webex Premium")
        let path = try Editions.pdf(cheaper, name: "cheaper")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try diff(Self.first, path, "--fail-on", "price-increase").status == 0)
        #expect(try diff(Self.first, path, "--format", "json", "--fail-on", "any").status == 1)
    }

    @Test func aCommittedCatalogueAgainstANewPDF() throws {
        let mixed = try diff(Self.committed, Self.second, "--format", "json")
        let pdfs = try diff(Self.first, Self.second, "--format", "json")
        #expect(mixed.status == 1)
        // Same changes and hashes; only the old side's file name differs.
        #expect(mixed.stdout == pdfs.stdout.replacingOccurrences(of: #""file": "connext-voice.pdf""#,
                                                                 with: #""file": "connext-voice.json""#))
        #expect(try diff(Self.committed, Self.first).status == 0)
        #expect(try diff(Self.first, Self.committed).status == 0)
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let runs = try (0..<3).map { _ in try diff(Self.first, Self.second, "--format", "json").stdout }
        #expect(Set(runs).count == 1)
    }

    @Test func errorsAreOneLineOnStderrAndExitTwo() throws {
        let folder = Editions.temporaryDirectory
        let badJSON = folder.appendingPathComponent("bad-\(UUID().uuidString).json")
        let futureJSON = folder.appendingPathComponent("future-\(UUID().uuidString).json")
        let notPDF = folder.appendingPathComponent("notes-\(UUID().uuidString).pdf")
        try Data("  {\"schemaVersion\": 1, \"source\": ".utf8).write(to: badJSON)
        try Data(#"{"schemaVersion": 2, "products": []}"#.utf8).write(to: futureJSON)
        try Data("hello".utf8).write(to: notPDF)
        defer { for url in [badJSON, futureJSON, notPDF] { try? FileManager.default.removeItem(at: url) } }
        let cases: [(arguments: [String], message: String)] = [
            (["missing.pdf", Self.first], "tariff: missing.pdf: no such file"),
            ([Self.first, notPDF.path], "tariff: \(notPDF.path): is not a PDF (no %PDF- header)"),
            ([badJSON.path, Self.first], "tariff: \(badJSON.path): is not a catalogue JSON"),
            ([futureJSON.path, Self.first], "tariff: \(futureJSON.path): schemaVersion 2 is not supported (expected 1)"),
        ]
        for (arguments, message) in cases {
            for policy in ["any", "none", "price-increase"] {
                let outcome = try Tool.run(["diff"] + arguments + ["--fail-on", policy])
                #expect(outcome.status == 2, "\(arguments)")
                #expect(outcome.stdout.isEmpty)
                #expect(outcome.stderr.hasPrefix(message), "\(outcome.stderr)")
                #expect(outcome.stderr.split(separator: "\n").count == 1, "\(outcome.stderr)")
            }
        }
    }

    @Test func bothBadSidesAreBothReported() throws {
        let outcome = try Tool.run(["diff", "gone-old.pdf", "gone-new.pdf"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "tariff: gone-old.pdf: no such file\ntariff: gone-new.pdf: no such file\n")
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try Tool.run(["diff", Self.first]).status == 2)
        #expect(try Tool.run(["diff", Self.first, Self.second, "--format", "xml"]).status == 2)
        #expect(try Tool.run(["diff", Self.first, Self.second, "--fail-on", "sometimes"]).status == 2)
    }
}
