import Foundation
import Testing
import TestSupport

/// The end marker is looked for where poppler looks for a file's end: its last 24,576 bytes
/// (PDFDoc::getStartXRef). Writers pad files after `%%EOF`, with NULs, by kilobytes.
@Suite struct EndMarkerTests {
    /// A one-table sheet followed by `padding` NUL bytes.
    static func padded(_ padding: Int) throws -> String {
        let table: [MinimalPDF.Text] = [
            .init(x: 50, y: 750, size: 9, text: "Productnaam"), .init(x: 300, y: 750, size: 9, text: "Prijs / maand"),
            .init(x: 50, y: 730, size: 9, text: "Optie"), .init(x: 300, y: 730, size: 9, text: "€ 1,00"),
        ]
        let path = try Paths.temporaryDirectory().appendingPathComponent("padded.pdf").path
        try MinimalPDF.write(pages: [table], to: path)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(count: padding))
        try handle.close()
        return path
    }

    @Test func aMarkerTwentyKilobytesFromTheEndIsFound() throws {
        let run = try ToolRun.tariff(["ingest", try Self.padded(20_486), "-o", "/dev/null"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderrLines.first?.contains("1 table, 1 product, 1 price") == true, "\(run.stderr)")
    }

    @Test func aMarkerFurtherInThanPopplerLooksIsTruncation() throws {
        let path = try Self.padded(24_577)
        let run = try ToolRun.tariff(["ingest", path, "-o", "/dev/null"])
        #expect(run.status == 2)
        #expect(run.stderrLines == ["tariff: \(path): is truncated (no %%EOF end marker)"])
    }
}
