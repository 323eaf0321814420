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

/// Keeps a page-limited sheet on one physical page a spec page, by the renderer's own account.
enum SheetFitter {
    /// Shortens the first spec page that ran over more than one physical page; false when every
    /// page fits (or nothing is left to remove).
    static func trimOverflow(_ spec: inout SheetSpec, report: RenderReport) -> Bool {
        for p in spec.pages.indices {
            var pages = Set(report.blocks.filter { $0.page == p }.flatMap { Array($0.physicalPages) })
            pages.formUnion(report.footnotes.filter { $0.page == p }.map(\.physicalPage))
            guard pages.count > 1 else { continue }
            return trim(&spec.pages[p])
        }
        return false
    }

    /// Removes the last product of the longest table (and a group row left last), else the last
    /// prose block.
    private static func trim(_ page: inout PageSpec) -> Bool {
        var best: (index: Int, table: TableSpec)?
        for (b, block) in page.blocks.enumerated() {
            guard case .table(let table) = block, table.rows.filter(\.isProduct).count > 1 else { continue }
            if best.map({ table.rows.count > $0.table.rows.count }) ?? true { best = (b, table) }
        }
        if let best {
            var table = best.table
            table.rows.removeLast()
            if case .group = table.rows.last { table.rows.removeLast() }
            page.blocks[best.index] = .table(table)
            return true
        }
        if let b = page.blocks.lastIndex(where: { block in
            switch block {
            case .paragraph, .bullets, .sectionTitle, .spacer: return true
            case .table, .footnotes: return false
            }
        }) {
            page.blocks.remove(at: b)
            return true
        }
        return false
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
