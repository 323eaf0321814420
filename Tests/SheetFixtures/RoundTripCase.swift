import Catalogue
import Foundation
import Renderer
import TariffKit

/// One round trip: generate a sheet from a seed, draw it, read it back, compare with what was
/// drawn. Each case depends on its seed and options only, so a failing one reruns alone.
public struct RoundTripCase: Sendable {
    /// The seed the sheet is drawn from.
    public let seed: UInt64
    /// What kinds of sheet may be drawn.
    public let options: GeneratorOptions

    public init(seed: UInt64, options: GeneratorOptions) {
        self.seed = seed
        self.options = options
    }

    /// Runs the case, writing its PDF into `directory` (kept only by `RoundTripOutcome.keep`).
    public func run(directory: String) -> RoundTripOutcome {
        var sheet = SheetGenerator.generate(seed: seed, options: options)
        let path = (directory as NSString).appendingPathComponent("\(seed).pdf")
        let clock = ContinuousClock()
        var renders = 0
        var pdf: [UInt8] = []
        var report = RenderReport()
        let renderTime = clock.measure {
            do {
                repeat {
                    (pdf, report) = try SheetRenderer.renderWithReport(sheet.spec)
                    renders += 1
                } while !options.allowPageBreaks && SheetFitter.trimOverflow(&sheet.spec, report: report)
                try Data(pdf).write(to: URL(fileURLWithPath: path))
            } catch {
                pdf = []
            }
        }
        var outcome = RoundTripOutcome(case: self, sheet: sheet, pdfPath: path, report: report, renders: renders,
                                       renderSeconds: renderTime.seconds)
        guard !pdf.isEmpty else {
            outcome.error = "render failed"
            return outcome
        }
        let expected = ExpectedCatalogue(spec: sheet.spec, report: report, rounding: sheet.rounding)
        outcome.expected = expected
        var result: Result<Catalogue, TariffError>!
        outcome.ingestSeconds = clock.measure {
            do throws(TariffError) {
                result = .success(try Ingestor().ingest(path: path).catalogue)
            } catch {
                result = .failure(error)
            }
        }.seconds
        switch result! {
        case .success(let catalogue):
            outcome.actual = catalogue
            outcome.comparison = CatalogueComparison(expected: expected, actual: catalogue)
        case .failure(let error):
            outcome.error = "ingest failed: \(error.reason)"
        }
        return outcome
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
