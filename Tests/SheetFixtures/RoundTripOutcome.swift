import Catalogue
import Foundation
import Renderer

/// What one round trip gave: the sheet as drawn, the expected and the ingested catalogue, their
/// differences, and how long drawing and reading took.
public struct RoundTripOutcome: Sendable {
    public let `case`: RoundTripCase
    /// The sheet as finally drawn (after trimming pages to fit).
    public let sheet: GeneratedSheet
    /// Where the PDF was written.
    public var pdfPath: String
    public let report: RenderReport
    /// How many times the sheet was drawn (trimming redraws it).
    public let renders: Int
    public let renderSeconds: Double
    public var ingestSeconds = 0.0
    public var expected: ExpectedCatalogue?
    public var actual: Catalogue?
    public var comparison: CatalogueComparison?
    /// A render or ingest failure, which makes the case fail on its own.
    public var error: String?
    /// Set when the reading differs only where the parser warned that nothing on the sheet
    /// shows where amounts stand (`SheetAssembler.placementDoubt`), and the same sheet drawn
    /// with rules between its rows (every text where it was) reads back exactly: the lines
    /// alone allowed both readings, the parser said so, and it reads the rows once they are
    /// drawn apart. Not a pass (`passed` stays false); not a mismatch of the parser either.
    public var ambiguousAsDrawn = false

    init(case: RoundTripCase, sheet: GeneratedSheet, pdfPath: String, report: RenderReport, renders: Int,
         renderSeconds: Double) {
        self.case = `case`
        self.sheet = sheet
        self.pdfPath = pdfPath
        self.report = report
        self.renders = renders
        self.renderSeconds = renderSeconds
    }

    public var passed: Bool { error == nil && comparison?.isMatch == true }

    /// The causes of failure, for grouping: the kinds of difference, or the error.
    public var causes: [String] {
        if let error { return [Self.errorShape(error)] }
        return comparison?.kinds ?? []
    }

    /// Copies the PDF and a full report to `directory` (/tmp/roundtrip-failures) as
    /// `<seed>.pdf` and `<seed>.txt`; updates `pdfPath`.
    public mutating func keep(in directory: String) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let kept = (directory as NSString).appendingPathComponent("\(self.case.seed).pdf")
        try? FileManager.default.removeItem(atPath: kept)
        if (try? FileManager.default.copyItem(atPath: pdfPath, toPath: kept)) != nil { pdfPath = kept }
        let text = (directory as NSString).appendingPathComponent("\(self.case.seed).txt")
        let contents = failureReport(limit: 200) + "\n\n" + catalogueDump()
            + "\n\nlines as the layout stage sees them (segments split by ‖):\n" + LayoutDump.lines(ofPDF: pdfPath)
        try? Data(contents.utf8).write(to: URL(fileURLWithPath: text))
    }

    /// Seed, rerun command, style, knobs and the first differences.
    public func failureReport(limit: Int = 12) -> String {
        var lines = [
            "round trip failed: seed \(self.case.seed) (\(self.case.options))",
            "  rerun: \(self.case.rerun)",
            "  pdf: \(pdfPath)",
            "  style: \(Self.describe(sheet.spec.style))",
            "  content: " + sheet.features.joined(separator: ", "),
            "  pages: \(report.pageCount) physical for \(sheet.spec.pages.count) spec",
        ]
        if let error { lines.append("  error: \(error)") }
        if !causes.isEmpty { lines.append("  causes: " + causes.joined(separator: "; ")) }
        let diagnoses = FailureDiagnosis.diagnose(self)
        if !diagnoses.isEmpty { lines.append("  likely: " + diagnoses.joined(separator: "; ")) }
        if let comparison, !comparison.isMatch {
            lines.append("  differences (\(comparison.differences.count)):")
            lines.append(comparison.report(limit: limit))
        }
        return lines.joined(separator: "\n")
    }

    /// Every expected and ingested product, one a line, for the kept report.
    public func catalogueDump() -> String {
        var lines = ["expected products:"]
        lines += (expected?.products ?? []).enumerated().map { "  #\($0) " + CatalogueComparison.line($1) }
        lines.append("ingested products:")
        lines += (actual?.products ?? []).enumerated().map { "  #\($0) " + CatalogueComparison.line($1) }
        lines.append("expected footnotes:")
        lines += (expected?.footnotes ?? []).map { "  \($0.id) \($0.text)" }
        lines.append("ingested footnotes:")
        lines += (actual?.footnotes ?? []).map { "  \($0.id) \($0.text)" }
        lines.append("ingested warnings:")
        lines += (actual?.warnings ?? []).map { "  p\($0.page.map(String.init) ?? "-") \($0.message) — \($0.text)" }
        return lines.joined(separator: "\n")
    }

    /// Every knob of a style on one line.
    public static func describe(_ style: SheetStyle) -> String {
        var parts = [
            "fontFamily \"\(style.fontFamily)\"", "bodySize \(style.bodySize)",
            "page \(style.pageWidth)x\(style.pageHeight)",
            "margins x \(style.marginX) top \(style.marginTop) bottom \(style.marginBottom)",
            "nameColumnWidth \(style.nameColumnWidth)",
        ]
        if let widths = style.columnWidths { parts.append("columnWidths \(widths)") }
        parts += [
            "amountAlignment .\(style.amountAlignment)", "euroSpacing \(style.euroSpacing)",
            "amountPlacement .\(style.amountPlacement)", "groupStyle .\(style.groupStyle)",
            "markerStyle .\(style.markerStyle)", "rowPadding \(style.rowPadding)", "rules \(style.rules)",
        ]
        return parts.joined(separator: ", ")
    }

    /// The error with its numbers blanked, so like errors group together.
    private static func errorShape(_ error: String) -> String {
        String(error.map { $0.isNumber ? "#" : $0 })
    }
}
