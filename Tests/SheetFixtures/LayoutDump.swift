import Extraction
import Foundation
import Layout

/// The lines of a PDF as the layout stage rebuilds them, for failure reports: per line its top,
/// font size and weight, and its segments (the cells the table parser sees), with footnote
/// markers shown as `^n` after their word and `[n]` for a leading one.
public enum LayoutDump {
    /// Every page's lines; an error line when the PDF cannot be read.
    public static func lines(ofPDF path: String) -> String {
        let document: PDFDocument
        do { document = try PDFDocument(path: path) } catch { return "layout: cannot read \(path): \(error)" }
        var out: [String] = []
        for number in 1...max(document.pageCount, 1) where number <= document.pageCount {
            let page = PageLayout(page: document.page(number))
            out.append("page \(number):")
            for line in page.lines {
                let style = (line.isBold ? "B" : "-") + (line.isItalic ? "I" : "-")
                let segments = line.segments(gapRatio: ParserSettings.standard.segmentGapRatio).map { segment in
                    segment.map(text).joined(separator: " ")
                }
                out.append(String(format: "  y %6.1f–%6.1f x %5.1f  %4.1fpt %@ | ", line.box.minY, line.box.maxY,
                                  line.box.minX, line.fontSize, style) + segments.joined(separator: " ‖ "))
            }
        }
        return out.joined(separator: "\n")
    }

    private static func text(_ word: Word) -> String {
        if word.isLeadingMarker { return "[\(word.text)]" }
        return word.text + word.markers.map { "^" + $0.label }.joined()
    }
}
