import Foundation
import Renderer
import Testing
import TestSupport

/// `tariff review` as a user runs it: a whole self-contained report or, on bad input, one
/// error line, exit 2 and no file at all.
@Suite struct ReviewCommandTests {
    static let fivePages = Paths.root.appendingPathComponent("Samples/connext-voice-2027.pdf").path

    @Test func writesOneSelfContainedReportAndNothingElse() throws {
        let folder = try Paths.temporaryDirectory()
        let target = folder.appendingPathComponent("review.html").path
        let run = try ToolRun.tariff(["review", Self.fivePages, "-o", target])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderrLines == ["tariff: \(target): review of connext-voice-2027.pdf, 5 of 5 pages, 42 products, 0 warnings"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["review.html"], "no temporary file left")
        let html = try String(contentsOfFile: target, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(Self.count("<section class=\"page\"", in: html) == 5)
        #expect(Self.count("src=\"data:image/png;base64,", in: html) == 5, "each page image is inside the file")
        #expect(Self.count("<rect class=\"box product", in: html) == 42)
        // Nothing is fetched: every source is inside the file, every link inside the report.
        #expect(Self.count(" src=\"", in: html) == Self.count(" src=\"data:", in: html))
        #expect(Self.count(" href=\"", in: html) == Self.count(" href=\"#", in: html))
        #expect(!html.contains("<link") && !html.contains("url(") && !html.contains("@import"))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: target)[.size] as? Int)
        #expect(size < 5 << 20, "a 5-page report under 5 MB (\(size) bytes)")
    }

    @Test func theSameSheetGivesTheSameBytes() throws {
        let folder = try Paths.temporaryDirectory()
        let paths = ["a.html", "b.html"].map { folder.appendingPathComponent($0).path }
        for path in paths { #expect(try ToolRun.tariff(["review", Paths.sample, "-o", path]).status == 0) }
        #expect(FileManager.default.contentsEqual(atPath: paths[0], andPath: paths[1]))
    }

    @Test func pagesLimitsTheReportToThosePages() throws {
        let target = try Paths.temporaryDirectory().appendingPathComponent("r.html").path
        let run = try ToolRun.tariff(["review", Self.fivePages, "--pages", "2-3", "-o", target])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: target, encoding: .utf8)
        #expect(Self.count("<section class=\"page\"", in: html) == 2)
        #expect(html.contains("id=\"page-2\"") && html.contains("id=\"page-3\"") && !html.contains("id=\"page-1\""))
        #expect(html.contains("(page not drawn)"), "products of other pages are listed, marked as not drawn")
    }

    @Test func againstAnOlderEditionListsTheChangesFirst() throws {
        let target = try Paths.temporaryDirectory().appendingPathComponent("r.html").path
        let run = try ToolRun.tariff(["review", Self.fivePages, "--against", Paths.sample, "-o", target])
        #expect(run.status == 0, "\(run.stderr)")
        let diff = try ToolRun.tariff(["diff", Paths.sample, Self.fivePages, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])
        let changes = try #require(document["changes"] as? [Any])
        let html = try String(contentsOfFile: target, encoding: .utf8)
        #expect(Self.count("<li class=\"change\"", in: html) == changes.count)
        #expect(html.range(of: "id=\"changes\"")!.lowerBound < html.range(of: "id=\"tables\"")!.lowerBound)
        #expect(Self.count("class=\"box product changed", in: html) > 0)
    }

    @Test(arguments: [
        (["review", "NOTPDF"], "is not a PDF (no %PDF- header)"),
        (["review", "SAMPLE", "--pages", "9"], "has no page 9 (--pages; it has 5)"),
        (["review", "SAMPLE", "--against", "NOTPDF"], "is not a PDF (no %PDF- header)"),
    ])
    func badInputIsOneLineExitTwoAndNoFile(arguments: [String], reason: String) throws {
        let folder = try Paths.temporaryDirectory()
        let notPDF = folder.appendingPathComponent("prices.pdf").path
        try Data("prices follow".utf8).write(to: URL(fileURLWithPath: notPDF))
        let target = folder.appendingPathComponent("r.html").path
        let resolved = arguments.map { $0 == "NOTPDF" ? notPDF : $0 == "SAMPLE" ? Self.fivePages : $0 }
        let run = try ToolRun.tariff(resolved + ["-o", target])
        #expect(run.status == 2)
        let culprit = resolved.contains("9") ? Self.fivePages : notPDF
        #expect(run.stderrLines == ["tariff: \(culprit): \(reason)"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["prices.pdf"], "no report, no temporary file")
    }

    @Test func aSelectionThatDoesNotReadIsAUsageError() throws {
        let run = try ToolRun.tariff(["review", Self.fivePages, "--pages", "3-", "-o", "/dev/null"])
        #expect(run.status == 2)
        #expect(run.stderrLines.count == 1 && run.stderr.contains("--pages takes page numbers and ranges from 1"))
    }

    /// A long sheet drawn in part: the whole sheet is read (its catalogue is beside the pages),
    /// only the pages asked for are drawn, and memory stays within what one sheet may take.
    @Test func twentyPagesOfAFiveHundredPageSheetStayUnderAHundredMegabytes() throws {
        let folder = try Paths.temporaryDirectory()
        let sheet = folder.appendingPathComponent("archive.pdf").path, report = folder.appendingPathComponent("r.html").path
        try SheetRenderer.render(ConnextVoiceSample.archive(pages: 500), to: sheet)
        // A Python process of its own runs the tool, so the peak it reads covers the tool and
        // its worker only (RUSAGE_CHILDREN: the largest process it waited for, in KiB).
        let script = "import resource, subprocess, sys; status = subprocess.run(sys.argv[1:]).returncode; "
            + "print(status, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        let run = try ToolRun.run("/usr/bin/env", ["python3", "-c", script, ToolRun.binary, "review", sheet, "--pages", "1-20", "-o", report])
        let figures = run.stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(figures.count == 2, "\(run.stdout) \(run.stderr)")
        #expect(figures[0] == 0, "\(run.stderr)")
        #expect(figures[1] < 100 << 10, "peak RSS \(figures[1] >> 10) MiB")
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(Self.count("<section class=\"page\"", in: html) == 20)
        #expect(html.contains("pages 1-20 of 500"))
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }
}
