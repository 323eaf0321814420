import Foundation

/// Looks inside rendered PDFs: page count from the bytes, text and word boxes through poppler-utils.
enum PdfProbe {
    /// Whether `pdftotext` is installed (Debian: poppler-utils); text checks are skipped without it.
    static let hasPoppler = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

    /// Counts page objects ("/Type /Page", not "/Type /Pages"). cairo writes plain, uncompressed
    /// object dictionaries, so the bytes can be read without a PDF library.
    static func pageCount(_ pdf: [UInt8]) -> Int {
        let needle = Array("/Type /Page".utf8)
        var count = 0
        var index = 0
        while index + needle.count < pdf.count {
            if pdf[index] == needle[0], Array(pdf[index..<index + needle.count]) == needle,
               pdf[index + needle.count] != UInt8(ascii: "s") {
                count += 1
            }
            index += 1
        }
        return count
    }

    /// `pdftotext -layout` of the given pages (1-based, inclusive; all pages when nil).
    static func text(_ pdf: [UInt8], pages: ClosedRange<Int>? = nil) throws -> String {
        var arguments = ["-layout"]
        if let pages { arguments += ["-f", "\(pages.lowerBound)", "-l", "\(pages.upperBound)"] }
        return try run("/usr/bin/pdftotext", arguments, pdf)
    }

    /// Words with their boxes (top-left origin, points) from `pdftotext -bbox-layout`.
    static func words(_ pdf: [UInt8], page: Int) throws -> [Word] {
        let html = try run("/usr/bin/pdftotext", ["-bbox-layout", "-f", "\(page)", "-l", "\(page)"], pdf)
        return html.split(separator: "\n").compactMap(Word.init(line:))
    }

    /// One word of `-bbox-layout` output.
    struct Word: Equatable {
        var text: String
        var xMin, yMin, xMax, yMax: Double
        var height: Double { yMax - yMin }

        init?(line: Substring) {
            guard line.contains("<word "),
                  let start = line.firstIndex(of: ">"), let end = line.range(of: "</word>")?.lowerBound
            else { return nil }
            func value(_ name: String) -> Double? {
                guard let range = line.range(of: "\(name)=\"") else { return nil }
                return Double(line[range.upperBound...].prefix { $0 != "\"" })
            }
            guard let xMin = value("xMin"), let yMin = value("yMin"),
                  let xMax = value("xMax"), let yMax = value("yMax") else { return nil }
            text = String(line[line.index(after: start)..<end])
            (self.xMin, self.yMin, self.xMax, self.yMax) = (xMin, yMin, xMax, yMax)
        }
    }

    /// Runs a poppler tool on the PDF (written to a temporary file) and returns its stdout.
    private static func run(_ tool: String, _ arguments: [String], _ pdf: [UInt8]) throws -> String {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("renderer-test-\(UUID().uuidString).pdf")
        try Data(pdf).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments + [file.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
