import Foundation
import Testing
import TestSupport

/// `tariff export` on bad input: one line on stderr naming the file and the reason, exit 2,
/// nothing on stdout and no file written (an existing one left as it was).
@Suite struct ExportCommandTests {
    static let root = packageRootDirectory()

    struct BadInput: Sendable, CustomStringConvertible {
        var name: String
        var contents: Data?
        var fixture: String?
        var reason: String
        var description: String { name }
    }

    static let badInputs: [BadInput] = [
        BadInput(name: "missing.pdf", reason: "no such file"),
        BadInput(name: "empty.pdf", contents: Data(), reason: "is empty"),
        BadInput(name: "notes.pdf", contents: Data("hello".utf8), reason: "is not a PDF"),
        BadInput(name: "encrypted.pdf", fixture: "Tests/EndToEndTests/Fixtures/bad/encrypted.pdf", reason: "is encrypted"),
        BadInput(name: "scan.pdf", fixture: "Tests/EndToEndTests/Fixtures/bad/no-text-layer.pdf", reason: "has no text layer"),
        BadInput(name: "broken.json", contents: Data(#"{"schemaVersion": 1, "products": [ "#.utf8), reason: "is not a catalogue JSON"),
        BadInput(name: "other.json", contents: Data(#"{"name": "not a catalogue"}"#.utf8), reason: "is not a catalogue JSON"),
        BadInput(name: "money.json", contents: Self.catalogueWithFloatMoney(), reason: "is not a decimal amount"),
        BadInput(name: "version.json", contents: Data(#"{"schemaVersion": 7}"#.utf8), reason: "schemaVersion 7 is not supported"),
    ]

    /// The committed catalogue of a sample with one amount turned into a JSON number.
    static func catalogueWithFloatMoney() -> Data {
        let text = (try? String(contentsOf: root.appendingPathComponent("Output/connext-voice.json"), encoding: .utf8)) ?? ""
        return Data(text.replacingOccurrences(of: #""amount": "4.50""#, with: #""amount": "4.5e0""#).utf8)
    }

    @Test(arguments: badInputs, ["tmf620", "csv"])
    func badInputIsOneLineExitTwoAndNothingWritten(input: BadInput, format: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tariff-export-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(input.name).path
        if let contents = input.contents { try contents.write(to: URL(fileURLWithPath: path)) }
        if let fixture = input.fixture { try FileManager.default.copyItem(atPath: Self.root.appendingPathComponent(fixture).path, toPath: path) }
        let fresh = folder.appendingPathComponent("out.\(format)").path
        let existing = folder.appendingPathComponent("kept.\(format)").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: existing))
        for target in [fresh, existing] {
            let run = try ToolRun.tariff(["export", path, "--format", format, "-o", target])
            #expect(run.status == 2)
            #expect(run.stderrLines.count == 1, "\(run.stderr)")
            #expect(run.stderr.hasPrefix("tariff: \(path): ") && run.stderr.contains(input.reason), "\(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: fresh))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") } == [])
    }

    @Test(arguments: [
        (["export", "Output/connext-voice.json", "--format", "xml"], "--format"),
        (["export", "Output/connext-voice.json"], "--format"),
        (["export", "--format", "csv"], "input"),
        (["export", "Output/connext-voice.json", "--format", "tmf620", "--csv-delimiter", ";"], "--csv-delimiter is for --format csv"),
        (["export", "Output/connext-voice.json", "--format", "csv", "--csv-delimiter", "ab"], "one character"),
        (["export", "Output/connext-voice.json", "--format", "csv", "--csv-delimiter", "\""], "one character"),
        (["export", "Output/connext-voice.json", "--format", "csv", "--csv-delimiter", "\r"], "one character"),
    ])
    func usageErrorsAreOneLineExitTwo(arguments: [String], mention: String) throws {
        let run = try ToolRun.tariff(arguments)
        #expect(run.status == 2)
        #expect(run.stderrLines.count == 1 && run.stderr.hasPrefix("tariff: ") && run.stderr.contains(mention), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func aTargetThatCannotBeWrittenIsOneLineExitTwo() throws {
        let target = "/nonexistent-folder-\(UUID().uuidString)/out.csv"
        let run = try ToolRun.tariff(["export", "Output/connext-voice.json", "--format", "csv", "-o", target])
        #expect(run.status == 2)
        #expect(run.stderrLines == ["tariff: \(target): cannot be written (No such file or directory)"], "\(run.stderr)")
    }

    @Test func writesToStdoutWithoutOutput() throws {
        let run = try ToolRun.tariff(["export", "Output/zakelijk-internet.json", "--format", "csv"])
        #expect(run.status == 0 && run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("sheet,table,group,productId,name,"))
        #expect(run.stdout.components(separatedBy: "\r\n").count == 42 + 2)
    }
}
