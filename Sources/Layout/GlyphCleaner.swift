import Geometry

/// Drops glyphs the later stages must not see: broken boxes, and the second copy of a glyph
/// drawn twice at (almost) the same place.
enum GlyphCleaner {
    static func clean(_ glyphs: [Glyph], settings: LayoutSettings) -> [Glyph] {
        let usable = glyphs.filter { $0.box.isWellFormed && $0.fontSize.isFinite && $0.fontSize > 0 }
        var kept: [Glyph] = []
        kept.reserveCapacity(usable.count)
        let order = usable.indices.sorted { (usable[$0].box.minX, $0) < (usable[$1].box.minX, $1) }
        var recent: [Glyph] = []
        for index in order {
            let glyph = usable[index]
            recent.removeAll { glyph.box.minX - $0.box.minX > settings.duplicateGlyphDistance }
            if recent.contains(where: { isDuplicate($0, glyph, settings) }) { continue }
            recent.append(glyph)
            kept.append(glyph)
        }
        return kept
    }

    private static func isDuplicate(_ a: Glyph, _ b: Glyph, _ settings: LayoutSettings) -> Bool {
        a.text == b.text && abs(a.box.minY - b.box.minY) < settings.duplicateGlyphDistance
            && abs(a.box.maxX - b.box.maxX) < settings.duplicateGlyphDistance
    }
}
