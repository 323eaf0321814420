import Foundation

/// Writes a small, valid PDF by hand: pages of text lines in Helvetica (a standard font, so
/// nothing is embedded), with a correct cross-reference table. For sizes the renderer is not
/// made for, such as a page of 100,000 characters.
enum MinimalPDF {
    /// A line of text at (x, y) in points from the bottom-left, at `size` points.
    struct Text {
        var x: Double
        var y: Double
        var size: Double
        var text: String
    }

    static func write(pages: [[Text]], width: Double = 595, height: Double = 842, to path: String) throws {
        var objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
        var kids: [String] = []
        let font = 3
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        for page in pages {
            let stream = page.map { "BT /F1 \($0.size) Tf \($0.x) \($0.y) Td (\(escape($0.text))) Tj ET" }.joined(separator: "\n")
            let bytes = latin1(stream)
            objects.append("<< /Length \(bytes.count) >>\nstream\n\(stream)\nendstream")
            let contents = objects.count
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(width) \(height)] /Contents \(contents) 0 R "
                + "/Resources << /Font << /F1 \(font) 0 R >> >> >>")
            kids.append("\(objects.count) 0 R")
        }
        objects[1] = "<< /Type /Pages /Kids [\(kids.joined(separator: " "))] /Count \(pages.count) >>"
        var pdf = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf.append(latin1("\(index + 1) 0 obj\n\(body)\nendobj\n"))
        }
        let xref = pdf.count
        pdf.append(latin1("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
            + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
            + "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"))
        try pdf.write(to: URL(fileURLWithPath: path))
    }

    /// "€" is byte 0x80 in WinAnsi; parentheses and backslashes are escaped.
    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
            .replacingOccurrences(of: ")", with: "\\)").replacingOccurrences(of: "€", with: "\\200")
    }

    private static func latin1(_ text: String) -> Data { text.data(using: .isoLatin1)! }
}
