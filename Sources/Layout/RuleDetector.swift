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

    /// The longest run of ink pixels on one pixel row.
    private func longestInkRun(_ raster: PageRaster, row: Int) -> Range<Int> {
        let first = row * raster.columns
        var best = 0..<0, start = 0
        for column in 0...raster.columns {
            let isInk = column < raster.columns && raster.pixels[first + column] < settings.ruleInkLevel
            if isInk { continue }
            if column - start > best.count { best = start..<column }
            start = column + 1
        }
        return best
    }
}
