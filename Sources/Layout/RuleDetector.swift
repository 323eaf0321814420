import Geometry

/// Finds the horizontal rules and filled bands in a picture of part of a page.
///
/// A pixel row belongs to a rule when one unbroken run of ink crosses nearly the whole region
/// (`ruleSpanShare`): a line of text is broken by its word spaces, a rule or a band behind a
/// row is not. Neighbouring rule rows are one mark; a band comes back as one mark whose top
/// and bottom are its edges.
public struct RuleDetector: Sendable {
    public var settings: ParserSettings

    public init(settings: ParserSettings = .standard) {
        self.settings = settings
    }

    /// The rules of `raster`, top to bottom.
    public func rules(in raster: PageRaster) -> [HorizontalRule] {
        guard raster.columns > 0 else { return [] }
        let needed = Int((settings.ruleSpanShare * Double(raster.columns)).rounded(.up))
        var rules: [HorizontalRule] = []
        var open: (top: Int, run: Range<Int>)?
        for row in 0...raster.rows {
            let run = row < raster.rows ? longestInkRun(raster, row: row) : 0..<0
            if run.count >= needed {
                open = open.map { ($0.top, min($0.run.lowerBound, run.lowerBound)..<max($0.run.upperBound, run.upperBound)) }
                    ?? (row, run)
            } else if let mark = open {
                rules.append(HorizontalRule(top: raster.y(ofRow: mark.top), bottom: raster.y(ofRow: row),
                                            minX: raster.x(ofColumn: mark.run.lowerBound), maxX: raster.x(ofColumn: mark.run.upperBound)))
                open = nil
            }
        }
        return rules
    }

    /// The short rules of `raster`, top to bottom: each run of pixels darker than the paper
    /// at least `minimumWidth` points long on a pixel row, neighbouring rows' overlapping
    /// runs one mark. For a band between two lines of text, where any run that long is drawn,
    /// not lettered (a rule under a label spanning some columns, not the whole region). The
    /// paper is the region's most common grey, so a rule drawn on a header band is found on it.
    public func segments(in raster: PageRaster, minimumWidth: Double) -> [HorizontalRule] {
        guard raster.columns > 0 else { return [] }
        let needed = max(1, Int((minimumWidth * raster.scaleX).rounded(.up)))
        let ink = UInt8(max(0, Int(paper(of: raster)) - settings.spannerRuleContrast))
        var closed: [HorizontalRule] = [], open: [(top: Int, run: Range<Int>)] = []
        for row in 0...raster.rows {
            let runs = row < raster.rows ? inkRuns(raster, row: row, darkerThan: ink).filter { $0.count >= needed } : []
            var next: [(top: Int, run: Range<Int>)] = []
            for run in runs {
                let joined = open.filter { $0.run.overlaps(run) }
                let top = joined.map(\.top).min() ?? row
                let lower = joined.map(\.run.lowerBound).min().map { min($0, run.lowerBound) } ?? run.lowerBound
                let upper = joined.map(\.run.upperBound).max().map { max($0, run.upperBound) } ?? run.upperBound
                next.append((top, lower..<upper))
            }
            for mark in open where !runs.contains(where: { $0.overlaps(mark.run) }) {
                closed.append(HorizontalRule(top: raster.y(ofRow: mark.top), bottom: raster.y(ofRow: row),
                                             minX: raster.x(ofColumn: mark.run.lowerBound), maxX: raster.x(ofColumn: mark.run.upperBound)))
            }
            open = next
        }
        return closed.sorted { ($0.top, $0.minX) < ($1.top, $1.minX) }
    }

    /// The grey most pixels of `raster` have.
    private func paper(of raster: PageRaster) -> UInt8 {
        var counts = [Int](repeating: 0, count: 256)
        for pixel in raster.pixels { counts[Int(pixel)] += 1 }
        return UInt8(counts.indices.max { counts[$0] < counts[$1] }!)
    }

    /// The runs of pixels darker than `ink` on one pixel row, left to right.
    private func inkRuns(_ raster: PageRaster, row: Int, darkerThan ink: UInt8) -> [Range<Int>] {
        let first = row * raster.columns
        var runs: [Range<Int>] = [], start = 0
        for column in 0...raster.columns {
            let isInk = column < raster.columns && raster.pixels[first + column] < ink
            if isInk { continue }
            if column > start { runs.append(start..<column) }
            start = column + 1
        }
        return runs
    }

    /// The longest run of ink pixels on one pixel row.
    private func longestInkRun(_ raster: PageRaster, row: Int) -> Range<Int> {
        inkRuns(raster, row: row, darkerThan: settings.ruleInkLevel).max { $0.count < $1.count } ?? 0..<0
    }
}
