import Geometry

/// A page's glyphs as the later stages see them: sorted by left edge (ties in input order),
/// which the marker detector and the line builder rely on; and their indices in the order the
/// text stream gave them, which the sort by baseline starts from (the stream's lines are runs
/// already in order, and the standard library's sort finds and merges runs).
struct CleanGlyphs {
    var glyphs: [Glyph]
    var streamOrder: [Int]
}

/// Drops glyphs the later stages must not see: broken boxes, and the second copy of a glyph
/// drawn twice at (almost) the same place.
enum GlyphCleaner {
    static func clean(_ glyphs: [Glyph], settings: ParserSettings) -> CleanGlyphs {
        let usable = glyphs.indices.filter { glyphs[$0].box.isWellFormed && glyphs[$0].fontSize.isFinite && glyphs[$0].fontSize > 0 }
        let order = SortKey.order(usable.indices) { glyphs[usable[$0]].box.minX }
        let distance = settings.duplicateGlyphDistance
        var kept: [Glyph] = []
        kept.reserveCapacity(usable.count)
        var keptAt = [Int?](repeating: nil, count: usable.count)
        var windowStart = 0
        for index in order {
            let glyph = glyphs[usable[index]]
            // Only glyphs starting within `distance` to the left can be a copy of this one.
            while kept.count > windowStart, kept[windowStart].box.minX < glyph.box.minX - distance { windowStart += 1 }
            let isCopy = kept[windowStart...].contains { other in
                abs(other.box.minY - glyph.box.minY) < distance && abs(other.box.maxX - glyph.box.maxX) < distance
                    && other.text == glyph.text
            }
            if isCopy { continue }
            keptAt[index] = kept.count
            kept.append(glyph)
        }
        return CleanGlyphs(glyphs: kept, streamOrder: keptAt.compactMap { $0 })
    }
}
