/// Gives every line of a block to a row under one amount placement: a line goes to the row
/// whose amounts stand on its first name line (amounts on the first line), on its last, or
/// level with its middle (centred).
struct RowAssigner {
    let body: TableBody
    let block: RowBlock

    /// Each row's cell lines with the lines that belong to it. Remarks print under their own
    /// name, so a remark belongs to the row above it, and a name line after a remark starts
    /// the row below; lines set between a row's cell lines are its own; other lines follow the
    /// placement.
    func assign(_ placement: AmountPlacement, preferAbove: Bool) -> [Row] {
        let rows = block.cellRows
        // Each row is represented by its first cell line.
        let anchors = rows.map { $0[0] }
        var members: [Int: [Int]] = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0) })
        let spans = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[0]...$0[$0.count - 1]) })
        for row in rows {
            for line in block.lines where line > row[0] && line < row[row.count - 1] && !row.contains(line) {
                members[row[0], default: []].append(line)
            }
        }
        let centred = placement == .between ? centredOwners(anchors, spans: spans) : nil
        let taken = Set(members.values.joined())
        for (position, line) in block.lines.enumerated() where !taken.contains(line) {
            let owner: Int
            if let centred, let known = centred[line] {
                owner = known
            } else if block.remarks.contains(line) {
                owner = anchors.last { $0 < line } ?? anchors[0]
            } else if position > 0, block.remarks.contains(block.lines[position - 1]) {
                owner = anchors.first { $0 > line } ?? anchors[anchors.count - 1]
            } else {
                owner = self.owner(of: line, anchors, placement, preferAbove: preferAbove)
            }
            members[owner, default: []].append(line)
        }
        return rows.map { Row(cellLines: $0, lines: members[$0[0]]!.sorted()) }
    }

    /// Amounts centred on their rows: a row reaches as far below its amounts' middle as it
    /// starts above it, so walking the block from the top fixes where every row ends, with no
    /// guessing at lines equally near two anchors. Heights, not line counts: remarks are set
    /// smaller than names. Nil when the rows do not fit (an anchor inside the row above, or a
    /// row without a line of its own): then the nearest anchor decides.
    private func centredOwners(_ anchors: [Int], spans: [Int: ClosedRange<Int>]) -> [Int: Int]? {
        let lines = body.page.lines
        var owners: [Int: Int] = [:]
        var remaining = block.lines[...]
        for (index, anchor) in anchors.enumerated() {
            let span = spans[anchor]!
            remaining = remaining.drop { span.contains($0) }
            guard let first = remaining.first.map({ min($0, span.lowerBound) }) else { return owners }
            let top = lines[first].box.minY
            let amounts = span.map { lines[$0].box }.union()!
            // A cell taller than the names starts at the row's top and ends it.
            let bottom = max(2 * amounts.midY - top, amounts.maxY)
            let isLast = index + 1 == anchors.count
            if !isLast, lines[anchors[index + 1]].box.midY < bottom { return nil }
            let own = remaining.prefix { isLast || lines[$0].box.midY < bottom }
            for line in own where !span.contains(line) { owners[line] = anchor }
            remaining = remaining.dropFirst(own.count)
        }
        return owners
    }

    private func owner(of line: Int, _ anchors: [Int], _ placement: AmountPlacement, preferAbove: Bool) -> Int {
        switch placement {
        case .firstLine: anchors.last { $0 < line } ?? anchors[0]
        case .lastLine: anchors.first { $0 > line } ?? anchors[anchors.count - 1]
        case .between: nearestAnchor(line, anchors, preferAbove: preferAbove)
        }
    }

    /// The anchor whose middle is nearest the line's; of two as near (`anchorTieRatio`), the
    /// one above when the table prefers it, else the one below.
    private func nearestAnchor(_ line: Int, _ anchors: [Int], preferAbove: Bool) -> Int {
        let lines = body.page.lines
        let y = lines[line].box.midY
        let tie = body.settings.anchorTieRatio * lines[line].fontSize
        return anchors.min { a, b in
            let da = abs(lines[a].box.midY - y), db = abs(lines[b].box.midY - y)
            if abs(da - db) > tie { return da < db }
            let aAbove = lines[a].box.midY <= y
            return preferAbove ? aAbove && !(lines[b].box.midY <= y) : !aAbove && lines[b].box.midY <= y
        }!
    }
}

/// Reads one block under each placement and keeps the reading with the fewest hard flaws.
struct BlockReader {
    let body: TableBody
    let block: RowBlock
    let finder: FlawFinder
    /// The block's amount lines may be one row's cells on several baselines (`RowBlock.mayBeOneRow`).
    let mayBeOneRow: Bool

    init(body: TableBody, block: RowBlock, rowsAreSeparated: Bool) {
        self.body = body
        self.block = block
        finder = FlawFinder(body: body, block: block)
        mayBeOneRow = block.mayBeOneRow(body, rowsAreSeparated: rowsAreSeparated)
    }

    /// The block's rows under one placement. A block whose amount lines fill other columns
    /// each may be one row whose cells differ in height, or rows set tight whose cells happen
    /// to fill other columns: the one row stands unless its cells are not placed as the
    /// placement places them and the rows are.
    func rows(_ placement: AmountPlacement, preferAbove: Bool) -> [Row] {
        let rows = block.cellRows.count == 1 ? [Row(cellLines: block.cellRows[0], lines: block.lines)]
            : RowAssigner(body: body, block: block).assign(placement, preferAbove: preferAbove)
        guard mayBeOneRow else { return rows }
        let single = [Row(cellLines: block.amountLines, lines: block.lines)]
        return finder.hardFlaws(of: single, placement: placement) <= finder.hardFlaws(of: rows, placement: placement) ? single : rows
    }

    /// A reading: the rows under a placement and their flaws.
    struct Reading {
        var placement: AmountPlacement
        var rows: [Row]
        var flaws: [Flaw]
        var hardFlaws: Int { flaws.count(where: \.isHard) }
    }

    func reading(_ placement: AmountPlacement, preferAbove: Bool) -> Reading {
        let rows = rows(placement, preferAbove: preferAbove)
        return Reading(placement: placement, rows: rows, flaws: finder.flaws(of: rows, placement: placement))
    }

    /// The reading with the fewest hard flaws, the first in `order` among equals; soft flaws
    /// are weighed over the whole table, in `order`.
    func best(_ order: [AmountPlacement]) -> Reading {
        let preferAbove = order.firstIndex(of: .firstLine)! < order.firstIndex(of: .lastLine)!
        var best: Reading?
        for placement in order {
            let reading = reading(placement, preferAbove: preferAbove)
            if best.map({ reading.hardFlaws < $0.hardFlaws }) ?? true { best = reading }
            if reading.hardFlaws == 0 { break }
        }
        return best!
    }
}
