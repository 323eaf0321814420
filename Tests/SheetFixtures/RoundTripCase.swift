import Catalogue
import Foundation
import Renderer
import Tables
import TariffKit

/// One round trip: draw a sheet, read it back, compare with what was drawn.
///
/// The sheet comes from a seed (the generator draws it: the random soak) or is given whole (a
/// pinned regression case, which must not change when the generator does); both then run the
/// same way. Each case depends on its sheet only, so a failing one reruns alone.
public struct RoundTripCase: Sendable {
    /// The sheet to draw, before any trimming to fit its pages.
    public let sheet: GeneratedSheet
    /// The command that runs this case alone, for the failure report.
    public let rerun: String

    /// The seed the sheet was drawn from.
    public var seed: UInt64 { sheet.seed }
    /// What kinds of sheet the seed draws; `allowPageBreaks` off also trims each spec page to
    /// one physical page.
    public var options: GeneratorOptions { sheet.options }

    /// The case the generator draws from `seed`, rerun by the random soak.
    public init(seed: UInt64, options: GeneratorOptions) {
        self.init(sheet: SheetGenerator.generate(seed: seed, options: options),
                  rerun: Self.soakRerun(seed: seed, options: options))
    }

    /// The case of a sheet given whole, rerun with `rerun`.
    public init(sheet: GeneratedSheet, rerun: String) {
        self.sheet = sheet
        self.rerun = rerun
    }

    /// Runs the case, writing its PDF into `directory` (kept only by `RoundTripOutcome.keep`).
    public func run(directory: String) -> RoundTripOutcome {
        var sheet = self.sheet
        let path = (directory as NSString).appendingPathComponent("\(seed).pdf")
        let drawing = draw(&sheet, to: path)
        var outcome = RoundTripOutcome(case: self, sheet: sheet, pdfPath: path, report: drawing.report,
                                       renders: drawing.renders, renderSeconds: drawing.seconds)
        guard drawing.written else {
            outcome.error = "render failed"
            return outcome
        }
        read(&outcome)
        return outcome
    }

    /// A sheet drawn to a file: the renderer's account of the last rendering and what it cost.
    private struct Drawing {
        var report = RenderReport()
        /// How many times it was rendered (each trim renders again).
        var renders = 0
        var seconds = 0.0
        /// False when rendering or writing failed.
        var written = false
    }

    /// Renders `sheet` to `path`, trimming spec pages that run over one physical page while
    /// page breaks are not allowed, so `sheet` ends as the spec whose rendering was written.
    private func draw(_ sheet: inout GeneratedSheet, to path: String) -> Drawing {
        var drawing = Drawing()
        drawing.seconds = ContinuousClock().measure {
            do {
                var pdf: [UInt8]
                repeat {
                    (pdf, drawing.report) = try SheetRenderer.renderWithReport(sheet.spec)
                    drawing.renders += 1
                } while !options.allowPageBreaks && SheetFitter.trimOverflow(&sheet.spec, report: drawing.report)
                try Data(pdf).write(to: URL(fileURLWithPath: path))
                drawing.written = !pdf.isEmpty
            } catch {
                drawing.written = false
            }
        }.seconds
        return drawing
    }

    /// Ingests the drawn PDF and compares it with the catalogue the sheet must give.
    private func read(_ outcome: inout RoundTripOutcome) {
        let expected = ExpectedCatalogue(spec: outcome.sheet.spec, report: outcome.report, rounding: outcome.sheet.rounding)
        outcome.expected = expected
        var result: Result<Catalogue, TariffError>!
        outcome.ingestSeconds = ContinuousClock().measure {
            do throws(TariffError) {
                result = .success(try Ingestor().ingest(path: outcome.pdfPath).catalogue)
            } catch {
                result = .failure(error)
            }
        }.seconds
        switch result! {
        case .success(let catalogue):
            outcome.actual = catalogue
            outcome.comparison = CatalogueComparison(expected: expected, actual: catalogue)
            if differsOnlyWhereDoubted(outcome, catalogue) {
                outcome.ambiguousAsDrawn = readsOnceRuled(outcome.sheet.spec, report: outcome.report, expected: expected,
                                                          path: outcome.pdfPath)
            }
        case .failure(let error):
            outcome.error = "ingest failed: \(error.reason)"
        }
    }

    /// Whether every difference of a failed reading lies on a page where the parser warned that
    /// nothing shows where amounts stand (`SheetAssembler.placementDoubt`).
    private func differsOnlyWhereDoubted(_ outcome: RoundTripOutcome, _ catalogue: Catalogue) -> Bool {
        let doubted = Set(catalogue.warnings.filter { $0.message == SheetAssembler.placementDoubt }.compactMap(\.page))
        guard !outcome.passed, !doubted.isEmpty, let comparison = outcome.comparison else { return false }
        return comparison.differences.allSatisfy { difference in
            let pages = Self.pages(of: difference.detail)
            return !pages.isEmpty && pages.isSubset(of: doubted)
        }
    }

    /// The pages a difference speaks of: "(p2)", ", p2,", "warning p2:", "p2.1", "pages [2, 3]".
    public static func pages(of detail: String) -> Set<Int> {
        var pages = Set(detail.matches(of: try! Regex("(?:^|[^A-Za-z0-9])p([0-9]+)(?![0-9])")).compactMap { match in
            (match.output[1].substring).flatMap { Int($0) }
        })
        for match in detail.matches(of: try! Regex("pages \\[([0-9, ]+)\\]")) {
            for number in (match.output[1].substring ?? "").split(separator: ",") {
                if let page = Int(number.trimmingCharacters(in: .whitespaces)) { pages.insert(page) }
            }
        }
        return pages
    }

    /// Whether `spec` drawn with rules between its rows (text placed exactly as before: rules
    /// take no room) reads back to `expected` exactly, without a doubt.
    private func readsOnceRuled(_ spec: SheetSpec, report: RenderReport, expected: ExpectedCatalogue, path: String) -> Bool {
        guard !spec.style.rules else { return false }
        var ruled = spec
        ruled.style.rules = true
        let ruledPath = path.replacingOccurrences(of: ".pdf", with: "-ruled.pdf")
        defer { try? FileManager.default.removeItem(atPath: ruledPath) }
        guard (try? SheetRenderer.render(ruled, to: ruledPath)) == report,
              let catalogue = try? Ingestor().ingest(path: ruledPath).catalogue else { return false }
        return CatalogueComparison(expected: expected, actual: catalogue).isMatch
    }

    /// The random soak's command for one seed: its test, the seed, and any fixed style knobs.
    private static func soakRerun(seed: UInt64, options: GeneratorOptions) -> String {
        let testName = options.allowPageBreaks ? "tablesRunningOverPageBreaksReadBack" : "drawnCataloguesReadBack"
        return (options.styleOverrides.isEmpty ? "" : "ROUNDTRIP_STYLE=\(options.overridesText) ")
            + "ROUNDTRIP_SEED=\(seed) ROUNDTRIP_CASES=1 swift test --scratch-path .build-roundtrip --filter \(testName)"
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
