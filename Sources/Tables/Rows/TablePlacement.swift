/// How a table places amounts against names, and in which order its readings try the
/// placements: a table sets its amounts one way, so a block that shows the placement
/// settles the blocks that cannot.
struct TablePlacement {
    /// The placements, most supported first.
    var order: [AmountPlacement]
    /// The flaws of the table's blocks read under each placement: what this table shows of the
    /// sheet's placement, for the other tables on its page.
    var flaws: PlacementFlaws
    /// True when a block read under two placements with equally few hard flaws gives other
    /// rows under each: the page alone cannot tell, the sheet can (see `SheetAssembler`).
    var isAmbiguous: Bool

    init(order: [AmountPlacement], flaws: PlacementFlaws, isAmbiguous: Bool) {
        self.order = order
        self.flaws = flaws
        self.isAmbiguous = isAmbiguous
    }

    /// `forced`: the placement that wins ties, the sheet's once known; `otherTables`: the flaws
    /// the page's other tables found per placement, which break ties this table cannot.
    init(readers: [BlockReader], forced: AmountPlacement?, otherTables: PlacementFlaws) {
        var vote = Self.vote(readers.map(\.block))
        if let forced { vote = [forced] + vote.filter { $0 != forced } }
        var totals: PlacementFlaws = [:]
        var ambiguous = false
        for reader in readers where !reader.block.isHeading {
            let readings = vote.map { reader.reading($0, preferAbove: vote[0] != .lastLine) }
            for reading in readings { totals[reading.placement, default: .none] += ReadingFlaws(reading.flaws) }
            // Soft flaws are weak evidence: readings equal in hard flaws are open to the sheet.
            let fewest = readings.map(\.hardFlaws).min()!
            let best = readings.filter { $0.hardFlaws == fewest }.map { $0.rows.map(\.lines) }
            if best.contains(where: { $0 != best[0] }) { ambiguous = true }
        }
        var weighed = totals.adding(otherTables)
        // The sheet's placement outweighs this table's early breaks: only hard flaws stand against it.
        if forced != nil { weighed = weighed.mapValues { ReadingFlaws(hard: $0.hard, soft: 0) } }
        order = Self.order(vote, by: weighed)
        flaws = totals
        isAmbiguous = ambiguous
    }

    /// The placements as the table's blocks vote: a block holding one row shows it plainly
    /// (amounts on its first name line, its last, or between them); a block of several rows
    /// shows it by names only before its first amounts or only after its last.
    static func vote(_ blocks: [RowBlock]) -> [AmountPlacement] {
        var first = 0, last = 0, middle = 0
        for block in blocks where block.lines.count > 1 && !block.isHeading {
            let (before, after) = block.namesAround
            if block.amountRows.count == 1, before && after { middle += 1 }
            if after && !before { first += 1 }
            if before && !after { last += 1 }
        }
        let preferAbove = first >= last
        if middle > first && middle > last {
            return [.between, preferAbove ? .firstLine : .lastLine, preferAbove ? .lastLine : .firstLine]
        }
        return preferAbove ? [.firstLine, .lastLine, .between] : [.lastLine, .firstLine, .between]
    }

    /// `vote` sorted by fewest flaws, stable.
    static func order(_ vote: [AmountPlacement], by flaws: PlacementFlaws) -> [AmountPlacement] {
        vote.enumerated().sorted { (flaws[$0.element, default: .none], $0.offset) < (flaws[$1.element, default: .none], $1.offset) }
            .map(\.element)
    }
}
