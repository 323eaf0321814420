import Geometry

/// The glyphs of a page the later stages see, sorted by left edge (ties in input order), which
/// the marker detector relies on; and their indices in the order the text stream gave them,
/// which the later sorts start from (`CoordinateOrder`: the stream's lines are runs in order).
struct CleanGlyphs {
    var glyphs: [Glyph]
    var streamOrder: [Int]
}

/// Drops glyphs the later stages must not see: broken boxes, and the second copy of a glyph
/// drawn twice at (almost) the same place.
enum GlyphCleaner {
    static func clean(_ glyphs: [Glyph], settings: LayoutSettings) -> CleanGlyphs {
        let isUsable = { (glyph: Glyph) in glyph.box.isWellFormed && glyph.fontSize.isFinite && glyph.fontSize > 0 }
        // Nearly every page has only usable glyphs: no copy of the array then.
        let usable = glyphs.allSatisfy(isUsable) ? glyphs : glyphs.filter(isUsable)
        // Sort plain coordinates, not whole glyphs.
        let boxes = usable.map(\.box)
        let order = CoordinateOrder.indices(by: boxes.map(\.minX))
        let distance = settings.duplicateGlyphDistance
        var kept: [Glyph] = []
        kept.reserveCapacity(usable.count)
        var dropped = [Bool](repeating: false, count: usable.count)
        var keptAt = [Int](repeating: -1, count: usable.count)
        var windowStart = 0
        for (position, index) in order.enumerated() {
            // Only glyphs starting within `distance` to the left can be a copy of this one.
            while boxes[order[windowStart]].minX < boxes[index].minX - distance { windowStart += 1 }
            let duplicate = order[windowStart..<position].contains { other in
                !dropped[other] && abs(boxes[other].minY - boxes[index].minY) < distance
                    && abs(boxes[other].maxX - boxes[index].maxX) < distance && usable[other].hasSameText(as: usable[index])
            }
            dropped[index] = duplicate
            if !duplicate {
                keptAt[index] = kept.count
                kept.append(usable[index])
            }
        }
        return CleanGlyphs(glyphs: kept, streamOrder: keptAt.filter { $0 >= 0 })
    }
}
