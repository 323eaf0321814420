// MARK: - Whether a row stands as the placement sets it

extension FlawFinder {
    /// Whether a row's amounts stand where the placement puts them: on its first name line,
    /// on its last, or level with the middle of the row (its remarks included); a wrapped
    /// cell taller than the row's names is centred when it starts at the row's top. A row
    /// whose amounts stand on several baselines has cells of different heights, and each cell
    /// must stand so on its own (`cellExtents`): two rows set tight whose amounts fill other
    /// columns are not one row with cells on two baselines.
    func fits(_ row: Row, _ placement: AmountPlacement) -> Bool {
        let lines = body.page.lines
        let named = row.lines.filter { !remarks.contains($0) && body[$0].hasName }
        guard let first = named.first, let last = named.last else { return true }
        let severalAmountLines = row.cellLines.filter { body[$0].hasAmount }.count > 1
        let tolerance = body.settings.centredAmountToleranceRatio * lines[first].fontSize
        switch placement {
        case .firstLine:
            // Every cell starts on the first line: no amounts on a later baseline.
            let top = lines[first].box.minY, offset = body.settings.sameRowOffsetRatio * lines[first].fontSize
            return row.cellLines.contains(first)
                && row.cellLines.allSatisfy { !body[$0].hasAmount || abs(lines[$0].box.minY - top) < offset }
        case .lastLine:
            guard row.cellLines.contains(last) else { return false }
            guard severalAmountLines else { return true }
            // Cells on several baselines: each ends on the name's last line, or, taller than
            // the name, starts on its first.
            let top = lines[first].box.minY, bottom = lines[last].box.maxY
            return cellExtents(row).allSatisfy { cell in
                abs(cell.upperBound - bottom) <= tolerance
                    || (cell.upperBound - cell.lowerBound > bottom - top && abs(cell.lowerBound - top) <= tolerance)
            }
        case .between:
            return isCentred(row, tolerance: tolerance, severalAmountLines: severalAmountLines)
        }
    }

    /// Centred on the whole row, remarks included: the cell's middle, not the name's. A cell
    /// taller than the row's names cannot stand centred on them: it starts at the row's top
    /// (a producer that centres the names on it instead meets the first test).
    private func isCentred(_ row: Row, tolerance: Double, severalAmountLines: Bool) -> Bool {
        let lines = body.page.lines
        let cell = row.lines.filter { body[$0].hasName }
        let top = lines[cell.first!].box.minY, bottom = lines[cell.last!].box.maxY
        let middle = (top + bottom) / 2, height = bottom - top
        let amounts = row.cellLines.map { lines[$0].box }.union()!
        let centred = abs(amounts.midY - middle) <= tolerance || (amounts.height > height && abs(amounts.minY - top) <= tolerance)
        guard centred, severalAmountLines else { return centred }
        // Cells on several baselines: each is centred on its own, or starts at the top.
        return cellExtents(row).allSatisfy { extent in
            abs((extent.lowerBound + extent.upperBound) / 2 - middle) <= tolerance
                || (extent.upperBound - extent.lowerBound > height && abs(extent.lowerBound - top) <= tolerance)
        }
    }

    /// Top and bottom of each price cell of a row: an amount's line and the lines under it, a
    /// cell's line pitch apart, that carry on its text in the same column ("€ 30,11 (per" /
    /// "gebruiker)"), over lines of other cells set between them.
    private func cellExtents(_ row: Row) -> [ClosedRange<Double>] {
        let members = Set(row.lines).union(row.cellLines).sorted()
        return row.cellLines.flatMap { start in
            body[start].amountColumns.sorted().map { column in
                var end = start
                for line in members where line > start && body.isCellPitch(end, line) {
                    if body[line].cells.tokens.contains(column) { break }
                    if body[line].cells.words.contains(column) { end = line }
                }
                return body.wordsExtent(start, column: column).top...body.wordsExtent(end, column: column).bottom
            }
        }
    }
}
