import Foundation
import Renderer
import Testing
import TestSupport

/// `tariff ingest` as a user runs it: real PDFs, real exit codes, one line per error.
@Suite struct IngestCommandTests {
    @Test func writesTheCatalogueToStdoutAndTheSummaryToStderr() throws {
        let run = try ToolRun.tariff(["ingest", Paths.sample])
        #expect(run.status == 0)
        let committed = try String(contentsOf: Paths.root.appendingPathComponent("Output/connext-voice.json"), encoding: .utf8)
        #expect(run.stdout == committed)
        #expect(run.stderrLines.first?.contains("42 products, 111 prices, 7 footnotes, 0 warnings") == true)
        #expect(run.stderr.contains("100.0% of"))
    }

    @Test func writesTheFileWholeWithOutput() throws {
        let folder = try Paths.temporaryDirectory()
        let target = folder.appendingPathComponent("cv.json").path
        let run = try ToolRun.tariff(["ingest", Paths.sample, "-o", target])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasSuffix("}\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["cv.json"], "no temporary file left")
    }

    @Test func printsStageTimingsOnRequest() throws {
        let run = try ToolRun.tariff(["ingest", Paths.sample, "-o", "/dev/null", "--timings"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("timings (summed over threads): extract"))
    }
}

/// Every kind of bad input: exit 2, one line on stderr naming the file and the reason,
/// nothing on stdout, no output file.
@Suite struct BadInputTests {
    static func expectRejected(_ path: String, reason: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = try Paths.temporaryDirectory()
        let target = folder.appendingPathComponent("out.json").path
        let run = try ToolRun.tariff(["ingest", path, "-o", target])
        #expect(run.status == 2, sourceLocation: sourceLocation)
        #expect(run.stderrLines == ["tariff: \(path): \(reason)"], sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(!FileManager.default.fileExists(atPath: target), "no partial output", sourceLocation: sourceLocation)
    }

    static func file(named name: String, contents: Data) throws -> String {
        let url = try Paths.temporaryDirectory().appendingPathComponent(name)
        try contents.write(to: url)
        return url.path
    }

    @Test func missingFile() throws {
        try Self.expectRejected("/nonexistent/sheet.pdf", reason: "no such file")
    }

    @Test func folder() throws {
        try Self.expectRejected(try Paths.temporaryDirectory().path, reason: "is a directory, not a PDF")
    }

    @Test func emptyFile() throws {
        try Self.expectRejected(try Self.file(named: "empty.pdf", contents: Data()), reason: "is empty")
    }

    @Test func notAPDF() throws {
        try Self.expectRejected(try Self.file(named: "sheet.pdf", contents: Data("Productnaam;Prijs\n".utf8)),
                                reason: "is not a PDF (no %PDF- header)")
    }

    @Test func truncatedPDF() throws {
        let whole = try Data(contentsOf: URL(fileURLWithPath: Paths.sample))
        try Self.expectRejected(try Self.file(named: "cut.pdf", contents: whole.prefix(whole.count / 2)),
                                reason: "is truncated (no %%EOF end marker)")
    }

    @Test func encryptedPDF() throws {
        try Self.expectRejected(Paths.badFixtures.appendingPathComponent("encrypted.pdf").path,
                                reason: "is encrypted (password protected)")
    }

    @Test func noTextLayer() throws {
        try Self.expectRejected(Paths.badFixtures.appendingPathComponent("no-text-layer.pdf").path,
                                reason: "has no text layer (scanned image? run OCR first)")
    }

    @Test func noPriceTable() throws {
        let sheet = SheetSpec(title: "Algemene voorwaarden", pages: [PageSpec(blocks: [
            .paragraph("Voorwaarden", bold: true),
            .paragraph("Op alle diensten zijn de algemene voorwaarden van toepassing. Prijzen zijn exclusief btw."),
        ])])
        let path = try Paths.temporaryDirectory().appendingPathComponent("prose.pdf").path
        try SheetRenderer.render(sheet, to: path)
        try Self.expectRejected(path, reason: "no tariff table found (no price column header with amounts under it)")
    }

    @Test func failedRunLeavesAnExistingOutputUntouched() throws {
        let folder = try Paths.temporaryDirectory()
        let target = folder.appendingPathComponent("out.json").path
        try Data("previous\n".utf8).write(to: URL(fileURLWithPath: target))
        let run = try ToolRun.tariff(["ingest", "/nonexistent.pdf", "-o", target])
        #expect(run.status == 2)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "previous\n")
    }
}

/// Wrong use of the command line: exit 2 and one line, like bad input.
@Suite struct UsageTests {
    @Test(arguments: [
        (["ingest"], "Missing expected argument"),
        (["ingest", "a.pdf", "b.pdf"], "several sheets need --out-dir"),
        (["ingest", "a.pdf", "b.pdf", "-o", "x.json"], "-o takes one sheet"),
        (["ingest", "a.pdf", "--out-dir", "/nonexistent-folder"], "output folder does not exist"),
        (["frobnicate"], "Unexpected argument"),
    ])
    func rejectsWithOneLine(arguments: [String], message: String) throws {
        let run = try ToolRun.tariff(arguments)
        #expect(run.status == 2)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }
}

/// Several sheets into a folder: a bad one is reported, the good ones are still written.
@Suite struct BatchTests {
    @Test func badSheetDoesNotStopTheOthers() throws {
        let folder = try Paths.temporaryDirectory()
        let copy = folder.appendingPathComponent("second.pdf").path
        try FileManager.default.copyItem(atPath: Paths.sample, toPath: copy)
        let bad = folder.appendingPathComponent("broken.pdf").path
        try Data("not a pdf".utf8).write(to: URL(fileURLWithPath: bad))
        let out = try Paths.temporaryDirectory()
        let run = try ToolRun.tariff(["ingest", Paths.sample, bad, copy, "--out-dir", out.path])
        #expect(run.status == 2)
        #expect(run.stderrLines.filter { $0.hasPrefix("tariff: ") } == ["tariff: \(bad): is not a PDF (no %PDF- header)"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["connext-voice.json", "second.json"])
    }
}
