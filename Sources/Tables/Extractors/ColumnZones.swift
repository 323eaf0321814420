import Geometry

/// The x-zones of a table: the name column on the left, then one zone per data column.
///
/// Zone boundaries sit halfway between neighbouring header labels, so amounts are assigned by
/// where they actually stand whether they are left- or right-aligned under their label. The
/// name column ends where the first price label or the leftmost cell begins (an amount, or the
/// text of a first attribute column): a right-aligned cell can stand wholly left of a long
/// label. Names start at the table's left edge and never with a cell, so only cells clear of
/// that edge count.
struct ColumnZones {
    /// Words whose centre lies left of this are name-column text.
    let nameBoundary: Double
    /// Start of each price zone; zone i runs to the start of zone i+1 (the last is open).
    let starts: [Double]
    /// Where the table's names start.
    let leftEdge: Double

    init(priceCells: [HeaderCell], cellBoxes: [Rect], leftEdge: Double, clearance: Double) {
        let first = priceCells[0].box
        self.leftEdge = leftEdge
        let leftmostAmount = cellBoxes.filter { $0.minX > leftEdge + clearance }.map(\.minX).min() ?? first.minX
        nameBoundary = min(first.minX, leftmostAmount) - 1
        starts = [nameBoundary] + zip(priceCells, priceCells.dropFirst()).map { ($0.box.maxX + $1.box.minX) / 2 }
    }

    func isName(_ box: Rect) -> Bool { box.midX < nameBoundary }

    /// The name column's x-extent; empty (a point) when a cell starts left of where the names
    /// do, as under an empty name header set over the names.
    var nameColumn: ClosedRange<Double> { leftEdge...max(leftEdge, nameBoundary) }

    /// The price column a box overlaps most, nil for the name column.
    /// The first of equal overlaps wins. Asked for every word of every row: a plain loop.
    func column(of box: Rect) -> Int? {
        guard !isName(box), !starts.isEmpty else { return nil }
        var best = 0, bestOverlap = 0.0
        for c in starts.indices {
            let end = c + 1 < starts.count ? starts[c + 1] : .infinity
            let overlap = min(box.maxX, end) - max(box.minX, starts[c])
            if c == 0 || overlap > bestOverlap {
                best = c
                bestOverlap = overlap
            }
        }
        return best
    }

    /// The zone's x-extent, for reporting.
    func extent(of column: Int) -> (minX: Double, maxX: Double) {
        (starts[column], column + 1 < starts.count ? starts[column + 1] : starts[column])
    }
}
