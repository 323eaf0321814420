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
        let distance = settings.duplicateGlyphDistance
        // Glyphs are asked by index, never copied out: a copy costs their strings' reference counts.
        var kept: [Int] = []
        kept.reserveCapacity(usable.count)
        var position = [Int?](repeating: nil, count: glyphs.count)
        var windowStart = 0
        for index in SortKey.order(usable, by: { glyphs[$0].box.minX }) {
            let box = glyphs[index].box
            // Only glyphs starting within `distance` to the left can be a copy of this one.
            while windowStart < kept.count, glyphs[kept[windowStart]].box.minX < box.minX - distance { windowStart += 1 }
            let isCopy = kept[windowStart...].contains { other in
                abs(glyphs[other].box.minY - box.minY) < distance && abs(glyphs[other].box.maxX - box.maxX) < distance
                    && glyphs[other].text == glyphs[index].text
            }
            if isCopy { continue }
            position[index] = kept.count
            kept.append(index)
        }
        return CleanGlyphs(glyphs: kept.map { glyphs[$0] }, streamOrder: usable.compactMap { position[$0] })
    }
}
