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
        let errors = try SchemaValidation.errors(in: run.stdout, schema: .catalogue)
        #expect(errors == [])
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
        let errors = try SchemaValidation.errors(inFileAt: URL(fileURLWithPath: target), schema: .catalogue)
        #expect(errors == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["cv.json"], "no temporary file left")
    }

    @Test func printsStageTimingsOnRequest() throws {
        let run = try ToolRun.tariff(["ingest", Paths.sample, "-o", "/dev/null", "--timings"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("timings (summed over threads): extract"))
        // Once, a temporary file renamed over the target replaced /dev/null itself (as root).
        #expect(Self.fileType("/dev/null") == S_IFCHR, "/dev/null is still a device")
    }

    @Test func writesIntoAPipeInPlace() throws {
        let fifo = try Paths.temporaryDirectory().appendingPathComponent("catalogue.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = PipeReader(path: fifo)
        let run = try ToolRun.tariff(["ingest", Paths.sample, "-o", fifo])
        #expect(run.status == 0)
        #expect(Self.fileType(fifo) == S_IFIFO, "the pipe is still a pipe, not a file renamed over it")
        let committed = try String(contentsOf: Paths.root.appendingPathComponent("Output/connext-voice.json"), encoding: .utf8)
        #expect(reader.text(waitingAtMost: 10) == committed)
    }

    static func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }
}

/// Reads a named pipe to its end on a thread of its own, as a consumer of `-o PIPE` would.
private final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(path: String) {
        Thread.detachNewThread { [self] in
            data = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data()
            done.signal()
        }
    }

    /// What came through the pipe; nil when the writer never opened it (the thread is left).
    func text(waitingAtMost seconds: Double) -> String? {
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
