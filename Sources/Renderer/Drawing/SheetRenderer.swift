import AtomicFile
import Foundation

/// Draws a `SheetSpec` as a PDF with cairo and Pango.
///
/// Output is reproducible: the same spec gives byte-identical files (fixed PDF dates, no clock,
/// no randomness), so sample PDFs can be checked in and compared.
public enum SheetRenderer {
    /// Pango and fontconfig keep process-wide caches; one render at a time keeps them (and the
    /// bytes they lead to) out of reach of concurrent callers such as parallel tests.
    private static let lock = NSLock()

    /// Draws `sheet` and writes the PDF to `path` atomically (a temporary file, then a rename).
    /// Returns where everything landed; callers that only want the file may ignore it.
    @discardableResult
    public static func render(_ sheet: SheetSpec, to path: String) throws -> RenderReport {
        let rendered = try renderWithReport(sheet)
        do { try AtomicFile.write(Data(rendered.pdf), to: path) } catch {
            throw RenderError.write(path: path, reason: error.reason)
        }
        return rendered.report
    }

    /// Draws `sheet` and returns the PDF's bytes.
    public static func renderData(_ sheet: SheetSpec) throws -> [UInt8] {
        try renderWithReport(sheet).pdf
    }

    /// What a table's drawing cannot show: a transposed table has no place for group rows
    /// (its products are columns), remarks under names, or two-level column headers.
    static func validateTables(_ sheet: SheetSpec) throws {
        for page in sheet.pages {
            for case .table(let table) in page.blocks where table.transposed {
                let name = table.caption ?? table.nameHeader
                for row in table.rows {
                    switch row {
                    case .group(let text):
                        throw RenderError.invalidSpec("transposed table \"\(name)\" has a group row \"\(text)\"")
                    case .product(let product) where !product.remarks.isEmpty:
                        throw RenderError.invalidSpec("transposed table \"\(name)\" has remarks under \"\(product.name)\"")
                    case .product: break
                    }
                }
                if table.columns.contains(where: { $0.group != nil }) {
                    throw RenderError.invalidSpec("transposed table \"\(name)\" has a two-level column header")
                }
            }
        }
    }

    /// Draws `sheet` and returns the PDF's bytes with the physical page of every block, table
    /// row and footnote (which only the drawing decides, once tables run over page breaks).
    public static func renderWithReport(_ sheet: SheetSpec) throws -> (pdf: [UInt8], report: RenderReport) {
        guard !sheet.pages.isEmpty else { throw RenderError.invalidSpec("the sheet has no pages") }
        try SheetMetrics(style: sheet.style).validate()
        try validateTables(sheet)
        lock.lock()
        defer { lock.unlock() }
        // cairo writes the file as it draws; the bytes are read back whole.
        let drawing = FileManager.default.temporaryDirectory
            .appendingPathComponent("tariff-render-\(ProcessInfo.processInfo.processIdentifier).pdf")
        defer { try? FileManager.default.removeItem(at: drawing) }
        let report: RenderReport
        do {
            let document = try PdfDocument(path: drawing.path, width: sheet.style.pageWidth, height: sheet.style.pageHeight,
                                           title: sheet.title)
            report = SheetComposer(sheet: sheet, document: document).compose()
            try document.finish()
        }
        guard let bytes = FileManager.default.contents(atPath: drawing.path) else {
            throw RenderError.write(path: drawing.path, reason: "cairo wrote no file")
        }
        return ([UInt8](bytes), report)
    }
}
