/// A block of body lines that stand together (no gap, one weight, no rule or wider pitch
/// between them), with what the row rules ask of it worked out once: its amount lines, those
/// grouped into the cell lines of rows, and its remarks.
struct RowBlock {
    var lines: [Int]
    /// The lines with an amount in a price column.
    var amountLines: [Int]
    /// Amount lines grouped into rows (`groupAmountLines`), and the same extended over the
    /// lines closing their cells (`closingLines`): each row's `Row.cellLines`.
    var amountRows: [[Int]]
    var cellRows: [[Int]]
    /// Name lines set smaller or in italic: remarks, which print under their own row's name.
    var remarks: Set<Int>

    init(lines: [Int], body: TableBody) {
        self.lines = lines
        amountLines = lines.filter { body[$0].hasAmount }
        amountRows = Self.groupAmountLines(amountLines, body)
        cellRows = Self.closingLines(amountRows, lines, body)
        remarks = amountLines.isEmpty ? [] : body.remarkLines(lines)
    }

    /// A block without amounts: a group row, or text between or under the rows.
    var isHeading: Bool { amountLines.isEmpty }

    /// Amount lines grouped into rows. Rows of a table stand at least a line apart, so amount
    /// lines closer than that, filling other columns, are one row whose cells differ in
    /// height (a centred two-line cell beside one-line cells). So is an amount line whose
    /// column carries on an annotation left open on the line before ("(per" … "gebruiker)").
    private static func groupAmountLines(_ amountLines: [Int], _ body: TableBody) -> [[Int]] {
        var rows: [[Int]] = []
        for line in amountLines {
            if let row = rows.last, continues(row, with: line, body) {
                rows[rows.count - 1].append(line)
            } else {
                rows.append([line])
            }
        }
        return rows
    }

    private static func continues(_ row: [Int], with line: Int, _ body: TableBody) -> Bool {
        let columns = row.reduce(into: Set<Int>()) { $0.formUnion(body[$1].amountColumns) }
        guard columns.isDisjoint(with: body[line].amountColumns), let last = row.last else { return false }
        let offset = body.amountTop(line) - body.amountTop(last)
        if offset < body.settings.sameRowOffsetRatio * body.page.lines[last].fontSize { return true }
        return line == last + 1 && body.closesOpenAnnotation(from: last, on: line)
    }

    /// Rows extended over the lines right under them that close an annotation their amount
    /// lines left open ("€ 40,31 (per" … "gebruiker)"): those lines are the row's, whatever
    /// the placement rules would say of their name text. So are the lines between a cell's
    /// open end and its close a line's height under it (a remark beside the wrapped cell):
    /// rows stack, so a line set within one row's cell is that row's.
    private static func closingLines(_ rows: [[Int]], _ block: [Int], _ body: TableBody) -> [[Int]] {
        let amountLines = Set(rows.joined())
        return rows.map { row in
            var extended = row
            var position = block.firstIndex(of: row.last!)! + 1
            while let closing = closingPosition(of: extended, from: position, in: block, amountLines: amountLines, body) {
                extended.append(contentsOf: block[position...closing])
                position = closing + 1
            }
            return extended
        }
    }

    /// Where in `block`, from `position` on, the first line closing an annotation `row` left
    /// open stands: the line at `position`, or one a cell's line pitch at most under the line
    /// that opened it, with no amount line before it; nil without one.
    private static func closingPosition(of row: [Int], from position: Int, in block: [Int], amountLines: Set<Int>,
                                        _ body: TableBody) -> Int? {
        var k = position
        while k < block.count, !amountLines.contains(block[k]), k == position || body.isCellPitch(row.last!, block[k]) {
            let line = block[k]
            if row.contains(where: { body.closesOpenAnnotation(from: $0, on: line) && (k == position || body.isCellPitch($0, line)) }) {
                return k
            }
            k += 1
        }
        return nil
    }

    /// The block's amount lines are the cells of one row on different baselines: each fills
    /// other columns, no remark stands between them (a remark ends a row), and either the
    /// table's gaps part its rows or each amount line stands right under the one before.
    func mayBeOneRow(_ body: TableBody, rowsAreSeparated: Bool) -> Bool {
        guard let first = amountLines.first, let last = amountLines.last,
              !remarks.contains(where: { $0 > first && $0 < last }) else { return false }
        return cellsComplementEachOther(body) && (rowsAreSeparated || onConsecutiveBaselines(body))
    }

    /// Amount lines that each fill other columns ("€ 86,50 (per" / "gebruiker) € 85,00 € 0,00").
    private func cellsComplementEachOther(_ body: TableBody) -> Bool {
        guard amountLines.count > 1 else { return false }
        var seen = Set<Int>()
        for line in amountLines {
            let columns = body[line].amountColumns
            guard seen.isDisjoint(with: columns) else { return false }
            seen.formUnion(columns)
        }
        return true
    }

    /// Each amount line right under the one before, a line's height apart: a cell wrapped
    /// within one row, not the next row.
    private func onConsecutiveBaselines(_ body: TableBody) -> Bool {
        zip(amountLines, amountLines.dropFirst()).allSatisfy { a, b in b == a + 1 && body.isCellPitch(a, b) }
    }

    /// Whether name lines stand before the first row's amounts, and after the last row's.
    /// Remarks are left out: they print under their own row whatever the placement.
    var namesAround: (before: Bool, after: Bool) {
        let names = lines.filter { !remarks.contains($0) }
        guard let top = amountRows.first?.first, let bottom = amountRows.last?.last, let first = names.first, let last = names.last
        else { return (false, false) }
        return (first < top, last > bottom)
    }
}
