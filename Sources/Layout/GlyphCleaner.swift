import Geometry

/// Drops glyphs the later stages must not see: broken boxes, and the second copy of a glyph
/// drawn twice at (almost) the same place. The glyphs it keeps are sorted by left edge (ties
/// in input order), which the marker detector and the line builder rely on.
enum GlyphCleaner {
    static func clean(_ glyphs: [Glyph], settings: ParserSettings) -> [Glyph] {
        let usable = glyphs.filter { $0.box.isWellFormed && $0.fontSize.isFinite && $0.fontSize > 0 }
        let lefts = usable.map(\.box.minX)
        let sorted = usable.indices.sorted { (lefts[$0], $0) < (lefts[$1], $1) }.map { usable[$0] }
        let distance = settings.duplicateGlyphDistance
        var kept: [Glyph] = []
        var windowStart = 0
        for glyph in sorted {
            // Only glyphs starting within `distance` to the left can be a copy of this one.
            while kept.count > windowStart, kept[windowStart].box.minX < glyph.box.minX - distance { windowStart += 1 }
            let isCopy = kept[windowStart...].contains { other in
                abs(other.box.minY - glyph.box.minY) < distance && abs(other.box.maxX - glyph.box.maxX) < distance
                    && other.text == glyph.text
            }
            if !isCopy { kept.append(glyph) }
        }
        return kept
    }
}
