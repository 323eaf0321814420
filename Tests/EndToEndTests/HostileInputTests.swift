import Foundation
import Renderer
import TariffKit
import Testing
import TestSupport

/// A sheet that crashes or hangs its reader costs only itself: its line names the file and
/// the signal or the limit, every other sheet of the batch is written.
@Suite struct IsolationTests {
    /// Three copies of the sample in a folder, named a.pdf, b.pdf, c.pdf.
    static func batch() throws -> (sheets: [String], out: URL) {
        let folder = try Paths.temporaryDirectory()
        let sheets = try ["a.pdf", "b.pdf", "c.pdf"].map { name in
            let path = folder.appendingPathComponent(name).path
            try FileManager.default.copyItem(atPath: Paths.sample, toPath: path)
            return path
        }
        return (sheets, try Paths.temporaryDirectory())
    }

    @Test func aWorkerThatCrashesCostsOnlyItsSheet() throws {
        let (sheets, out) = try Self.batch()
        let run = try ToolRun.tariff(["ingest"] + sheets + ["--out-dir", out.path], environment: ["TARIFF_TEST_CRASH": "b.pdf"])
        #expect(run.status == 2)
        #expect(run.stderrLines.filter { $0.hasPrefix("tariff: ") }
            == ["tariff: \(sheets[1]): crashed while being read (signal 11, SIGSEGV); no output written for it"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["a.json", "c.json"])
        let committed = try String(contentsOf: Paths.root.appendingPathComponent("Output/connext-voice.json"), encoding: .utf8)
        let written = try String(contentsOf: out.appendingPathComponent("a.json"), encoding: .utf8)
        #expect(written.replacingOccurrences(of: "\"a.pdf\"", with: "\"connext-voice.pdf\"") == committed)
    }

    /// Bad files among good ones: each bad one is its line, exit 2 at the end, and every good
    /// sheet is written whole, exactly as it reads alone.
    @Test func badFilesInABatchCostOnlyThemselves() throws {
        let folder = try Paths.temporaryDirectory()
        let out = try Paths.temporaryDirectory()
        let samples = Paths.root.appendingPathComponent("Samples")
        var sheets: [String] = []
        for (name, source) in [("a.pdf", samples.appendingPathComponent("connext-voice.pdf")),
                               ("b.pdf", Paths.badFixtures.appendingPathComponent("encrypted.pdf")),
                               ("c.pdf", samples.appendingPathComponent("connext-voice-2027.pdf"))] {
            let path = folder.appendingPathComponent(name).path
            try FileManager.default.copyItem(atPath: source.path, toPath: path)
            sheets.append(path)
        }
        let notPDF = folder.appendingPathComponent("d.pdf").path
        try Data("prices follow".utf8).write(to: URL(fileURLWithPath: notPDF))
        sheets.append(notPDF)
        let run = try ToolRun.tariff(["ingest"] + sheets + ["--out-dir", out.path, "--jobs", "2"])
        #expect(run.status == 2)
        #expect(run.stderrLines.filter { $0.hasPrefix("tariff: ") } == [
            "tariff: \(sheets[1]): is encrypted (password protected)",
            "tariff: \(notPDF): is not a PDF (no %PDF- header)",
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["a.json", "c.json"])
        for (written, committed) in [("a.json", "connext-voice"), ("c.json", "connext-voice-2027")] {
            let expected = try String(contentsOf: Paths.root.appendingPathComponent("Output/\(committed).json"), encoding: .utf8)
            let got = try String(contentsOf: out.appendingPathComponent(written), encoding: .utf8)
            let name = written == "a.json" ? "a.pdf" : "c.pdf"
            #expect(got.replacingOccurrences(of: "\"\(name)\"", with: "\"\(committed).pdf\"") == expected)
        }
    }

    @Test func aSingleCrashingSheetIsOneLineAndExitTwo() throws {
        let (sheets, _) = try Self.batch()
        let run = try ToolRun.tariff(["ingest", sheets[0]], environment: ["TARIFF_TEST_CRASH": "a.pdf"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines == ["tariff: \(sheets[0]): crashed while being read (signal 11, SIGSEGV); no output written for it"])
    }

    @Test func aWorkerThatHangsIsStoppedAtTheTimeLimit() throws {
        let (sheets, out) = try Self.batch()
        let started = Date()
        let run = try ToolRun.tariff(["ingest"] + sheets + ["--out-dir", out.path, "--timeout", "1"],
                                     environment: ["TARIFF_TEST_HANG": "c.pdf"])
        #expect(run.status == 2)
        #expect(run.stderrLines.filter { $0.hasPrefix("tariff: ") } == ["tariff: \(sheets[2]): took longer than its time limit of 1 s (--timeout)"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["a.json", "b.json"])
        #expect(Date().timeIntervalSince(started) < 30)
    }

    /// A hang the worker cannot see (a page poppler never finishes) ends at the limit, not
    /// seconds after it: the worker's own stop fires on time, the supervisor's is the backstop.
    @Test func theTimeLimitHoldsToWithinASecond() throws {
        let (sheets, _) = try Self.batch()
        let started = Date()
        let run = try ToolRun.tariff(["ingest", sheets[0], "--timeout", "2"], environment: ["TARIFF_TEST_HANG": "a.pdf"])
        let seconds = Date().timeIntervalSince(started)
        #expect(run.status == 2)
        #expect(run.stderrLines == ["tariff: \(sheets[0]): took longer than its time limit of 2 s (--timeout)"])
        #expect(seconds >= 2 && seconds < 3, "\(seconds) s")
    }
}

/// Bounds on pages, glyphs and time: past one, the sheet fails with a clear line.
@Suite(.serialized) struct BoundsTests {
    static let archive: String = {
        let path = ScratchFolder.root.appendingPathComponent("archive-2000.pdf").path
        if !FileManager.default.fileExists(atPath: path) {
            try! SheetRenderer.render(ConnextVoiceSample.archive(pages: 2000), to: path)
        }
        return path
    }()

    @Test func aTwoThousandPageSheetIsReadWhole() throws {
        let out = try Paths.temporaryDirectory().appendingPathComponent("a.json").path
        let run = try ToolRun.tariff(["ingest", Self.archive, "-o", out])
        #expect(run.status == 0)
        #expect(run.stderrLines.first?.contains("2000 pages, 4 tables, 16800 products, 44400 prices, 2800 footnotes, 0 warnings") == true)
    }

    @Test func morePagesThanTheLimitFailsBeforeReading() throws {
        let run = try ToolRun.tariff(["ingest", Self.archive, "-o", "/dev/null", "--max-pages", "1999"])
        #expect(run.status == 2)
        #expect(run.stderrLines == ["tariff: \(Self.archive): has 2000 pages, more than the limit of 1999 (--max-pages)"])
    }

    /// A price table on page 1, then a large page of 105,000 characters in 7 pt text (poppler
    /// caps smaller text at 50,000 characters a page; see the test after).
    static func densePage() throws -> String {
        let table: [MinimalPDF.Text] = [
            .init(x: 50, y: 2440, size: 14, text: "Opties"),
            .init(x: 50, y: 2410, size: 9, text: "Productnaam"), .init(x: 300, y: 2410, size: 9, text: "Prijs / maand"),
            .init(x: 50, y: 2390, size: 9, text: "Optie"), .init(x: 300, y: 2390, size: 9, text: "€ 1,00"),
        ]
        let line = (0..<70).map { "x\(1000 + $0)" }.joined(separator: "")
        let dense = (0..<300).map { MinimalPDF.Text(x: 20, y: 2450 - Double($0) * 8, size: 7, text: line) }
        let path = try Paths.temporaryDirectory().appendingPathComponent("dense.pdf").path
        try MinimalPDF.write(pages: [table, dense], width: 1400, height: 2500, to: path)
        return path
    }

    /// Poppler reads at most 50,000 characters under 3 pt on a page and drops the rest: the
    /// analyst is told, never left with a silently shortened page.
    @Test func aPageCutShortByPopplerIsAWarning() throws {
        let line = (0..<52).map { "x\(1000 + $0)" }.joined(separator: "")
        let tiny = (0..<400).map { MinimalPDF.Text(x: 20, y: 820 - Double($0) * 2, size: 1.9, text: line) }
        let table: [MinimalPDF.Text] = [
            .init(x: 50, y: 750, size: 9, text: "Productnaam"), .init(x: 300, y: 750, size: 9, text: "Prijs / maand"),
            .init(x: 50, y: 730, size: 9, text: "Optie"), .init(x: 300, y: 730, size: 9, text: "€ 1,00"),
        ]
        let path = try Paths.temporaryDirectory().appendingPathComponent("tiny.pdf").path
        try MinimalPDF.write(pages: [table, tiny], to: path)
        // The debug build lays out 50,000 characters a page tens of times slower than the release build.
        let run = try ToolRun.tariff(["ingest", path, "-o", "/dev/null", "--timeout", "600"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning p2: poppler reads at most 50000 small characters (under about 6 pt) on a page: the rest of this page is missing"),
                "\(run.stderr)")
    }

    @Test func aPageWithAHundredThousandGlyphsIsRead() throws {
        let path = try Self.densePage()
        // The debug build the tests run lays such a page out tens of times slower than the
        // release build, past the default limit of a two-page sheet: this test is about glyphs.
        let run = try ToolRun.tariff(["ingest", path, "-o", "/dev/null", "--timeout", "600"])
        #expect(run.status == 0)
        #expect(run.stderrLines.first?.contains("2 pages, 1 table, 1 product") == true, "\(run.stderr)")
        // The same page against a limit just under 100,000 proves it holds more.
        let limited = try ToolRun.tariff(["ingest", path, "-o", "/dev/null", "--max-glyphs-per-page", "99999"])
        #expect(limited.status == 2)
        #expect(limited.stderrLines == ["tariff: \(path): page 2 has 105000 glyphs, more than the limit of 99999 (--max-glyphs-per-page)"])
    }

    @Test func aPageOverTheGlyphLimitFailsTheSheet() throws {
        let path = try Self.densePage()
        let run = try ToolRun.tariff(["ingest", path, "-o", "/dev/null", "--max-glyphs-per-page", "50000"])
        #expect(run.status == 2)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderr.hasPrefix("tariff: \(path): page 2 has "), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("glyphs, more than the limit of 50000 (--max-glyphs-per-page)\n"))
    }

    @Test func aSheetOverTheTimeLimitFails() throws {
        let run = try ToolRun.tariff(["ingest", Self.archive, "-o", "/dev/null", "--timeout", "0.05"])
        #expect(run.status == 2)
        #expect(run.stderrLines == ["tariff: \(Self.archive): took longer than its time limit of 0.05 s (--timeout)"])
    }

    /// A worker holding more memory than --max-memory is stopped by its supervisor with one
    /// line, never left to the kernel's OOM killer. (Reading 2000 pages holds over 50 MiB.)
    @Test func aSheetOverTheMemoryLimitFails() throws {
        let out = try Paths.temporaryDirectory().appendingPathComponent("a.json").path
        let run = try ToolRun.tariff(["ingest", Self.archive, "-o", out, "--max-memory", "20"])
        #expect(run.status == 2)
        #expect(run.stderrLines == ["tariff: \(Self.archive): needed more memory than its limit of 20 MiB (--max-memory)"])
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// The default time limit grows with the pages: a one-page sheet gets seconds, not minutes.
    @Test func theDefaultTimeLimitScalesWithThePages() {
        #expect(TimeBudget.perPage.seconds(forPages: 1) == 21)
        #expect(TimeBudget.perPage.seconds(forPages: 2000) == 2020)
        #expect(TimeBudget.seconds(3).seconds(forPages: 2000) == 3)
        #expect(TimeBudget.unlimited.seconds(forPages: 1) == nil)
    }
}
