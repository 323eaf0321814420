import Geometry

/// A run of marker glyphs and the glyph it belongs to.
struct MarkerRun {
    /// Glyph indices of the marker's characters, left to right.
    var glyphs: [Int]
    /// The glyph the marker follows ("Centrale" + "²"), nil for a leading marker.
    var host: Int?
    /// For a leading marker (a footnote's number), the first glyph of the text it leads.
    var leads: Int?
}

/// Finds footnote markers among glyphs before lines are built, so a raised digit can neither
/// form a line of its own, join the row above, nor glue onto an amount ("250" + raised "9").
///
/// A marker is a Unicode superscript digit, or a digit that is smaller than the glyph it
/// follows (or raised above it) and sits right after it. Anchoring is horizontal: the host is
/// the nearest glyph ending just left of the marker whose box overlaps it vertically, which
/// holds even when a tight row puts the raised digit closer to the row above.
struct MarkerDetector {
    var settings: ParserSettings

    /// `glyphs`: sorted by left edge, as `GlyphCleaner` leaves them.
    func detect(_ glyphs: [Glyph]) -> [MarkerRun] {
        var runOf = [Int?](repeating: nil, count: glyphs.count)
        var runs: [MarkerRun] = []
        let candidates = glyphs.indices.filter { isMarkerCandidate(glyphs[$0]) }
        guard !candidates.isEmpty else { return [] }
        let index = NeighbourIndex(glyphs, settings: settings)
        // The glyphs are sorted by their left edge, so candidates are in order.
        for i in candidates where runOf[i] == nil {
            if let left = index.leftNeighbour(of: i, within: attachWindow(glyphs[i])) {
                if let run = runOf[left], continuesRun(glyphs[i], after: glyphs[left]) {
                    runs[run].glyphs.append(i)
                    runOf[i] = run
                } else if runOf[left] == nil, isMarker(glyphs[i], after: glyphs[left]) {
                    runOf[i] = runs.count
                    runs.append(MarkerRun(glyphs: [i], host: left))
                }
                continue
            }
            if let run = leadingRun(from: i, glyphs: glyphs, index: index) {
                for glyph in run.glyphs { runOf[glyph] = runs.count }
                runs.append(run)
            }
        }
        return runs
    }

    private func isMarkerCandidate(_ glyph: Glyph) -> Bool {
        isDigit(glyph) || FootnoteMarker.superscriptLabel(of: glyph) != nil
    }

    private func isDigit(_ glyph: Glyph) -> Bool {
        glyph.scalar.map { ("0"..."9").contains($0) } ?? false
    }

    private func attachWindow(_ glyph: Glyph) -> Double {
        settings.markerAttachGapRatio * glyph.fontSize / settings.markerSizeRatio
    }

    /// Smaller or raised against the glyph before it, and close enough to belong to it.
    private func isMarker(_ glyph: Glyph, after host: Glyph) -> Bool {
        guard glyph.box.minX - host.box.maxX <= settings.markerAttachGapRatio * host.fontSize else { return false }
        if FootnoteMarker.superscriptLabel(of: glyph) != nil { return true }
        return standsApart(glyph, from: host)
    }

    private func standsApart(_ glyph: Glyph, from neighbour: Glyph) -> Bool {
        glyph.fontSize <= settings.markerSizeRatio * neighbour.fontSize
            || glyph.box.maxY <= neighbour.box.maxY - settings.markerRiseRatio * neighbour.fontSize
    }

    /// The next digit of a multi-digit marker: same size, adjacent.
    private func continuesRun(_ glyph: Glyph, after previous: Glyph) -> Bool {
        settings.sameSize(glyph.fontSize, previous.fontSize)
            && glyph.box.minX - previous.box.maxX <= settings.wordGapRatio * previous.fontSize
    }

    /// A marker with nothing before it: adjacent same-size digits, then larger text.
    private func leadingRun(from first: Int, glyphs: [Glyph], index: NeighbourIndex) -> MarkerRun? {
        var run = [first]
        var last = first
        while let next = index.rightNeighbour(of: last, within: settings.leadingMarkerGapRatio * glyphs[last].fontSize) {
            if isMarkerCandidate(glyphs[next]), continuesRun(glyphs[next], after: glyphs[last]) {
                run.append(next)
                last = next
                continue
            }
            let marked = FootnoteMarker.superscriptLabel(of: glyphs[first]) != nil
                || standsApart(glyphs[first], from: glyphs[next])
            return marked ? MarkerRun(glyphs: run, host: nil, leads: next) : nil
        }
        return FootnoteMarker.superscriptLabel(of: glyphs[first]) != nil ? MarkerRun(glyphs: run, host: nil) : nil
    }
}
