import Catalogue
import Foundation
import Renderer
import Tables
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
            let doubted = Set(catalogue.warnings.filter { $0.message == SheetAssembler.placementDoubt }.compactMap(\.page))
            if !outcome.passed, !doubted.isEmpty,
               outcome.comparison!.differences.allSatisfy({ difference in
                   let pages = Self.pages(of: difference.detail)
                   return !pages.isEmpty && pages.isSubset(of: doubted)
               }) {
                outcome.ambiguousAsDrawn = readsOnceRuled(sheet.spec, report: report, expected: expected, path: path)
            }
        case .failure(let error):
            outcome.error = "ingest failed: \(error.reason)"
        }
        return outcome
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
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
