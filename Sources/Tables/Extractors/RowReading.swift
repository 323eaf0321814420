import Geometry
import Layout

// MARK: - Reading a block under a placement

/// How `RowBuilder` decides which row each line of a tight block belongs to.
///
/// A table sets its amounts one way: on a row's first name line, on its last, or centred on
/// the row. A block is read under each placement, and every reading is checked for flaws no
/// sheet prints (`flaws`): the reading with the fewest wins; ties go to the placement the
/// table, the page and finally the sheet show (`placementOrder`, `PageParser`,
/// `SheetAssembler`).
extension RowBuilder {
    /// How the table places amounts against names, voted by its blocks: a block holding one
    /// row shows it plainly (amounts on its first name line, its last, or between them); a
    /// block of several rows shows it by names only before its first amounts or only after
    /// its last.
    func tablePlacement(_ shapes: [BlockShape]) -> [AmountPlacement] {
        var first = 0, last = 0, middle = 0
        for shape in shapes where shape.lines.count > 1 && !shape.rows.isEmpty {
            let rows = shape.rows
            let (before, after) = namesAround(shape.lines, rows, remarks: shape.remarks)
            if rows.count == 1, before && after { middle += 1 }
            if after && !before { first += 1 }
            if before && !after { last += 1 }
        }
        let preferAbove = first >= last
        if middle > first && middle > last { return [.between, preferAbove ? .firstLine : .lastLine, preferAbove ? .lastLine : .firstLine] }
        return preferAbove ? [.firstLine, .lastLine, .between] : [.lastLine, .firstLine, .between]
    }

    /// Placements in the order the table supports them: fewest flaws over all its blocks
    /// first (see `flaws`), ties in the order its blocks' shapes vote for (`tablePlacement`).
    /// A placement is one per table, so a block that shows it settles blocks that cannot.
    mutating func placementOrder(_ shapes: [BlockShape], rowsAreSeparated: Bool) -> [AmountPlacement] {
        var vote = tablePlacement(shapes)
        if let forcedPlacement { vote = [forcedPlacement] + vote.filter { $0 != forcedPlacement } }
        var totals: PlacementFlaws = [:]
        for shape in shapes where !shape.rows.isEmpty {
            let oneRow = isOneRow(shape, rowsAreSeparated: rowsAreSeparated)
            let runOns = runOnLines(shape.lines, remarks: shape.remarks)
            var readings: [(flaws: ReadingFlaws, rows: [[Int]])] = []
            for placement in vote {
                let reading = read(shape, oneRow: oneRow, placement: placement, preferAbove: vote[0] != .lastLine, runOns: runOns)
                let flaws = flaws(reading, placement: placement, runOns: runOns, remarks: shape.remarks)
                totals[placement, default: .none] += flaws
                readings.append((flaws, reading.map(\.1)))
            }
            // Soft flaws are weak evidence: readings equal in hard flaws are open to the sheet.
            let fewest = readings.map(\.flaws.hard).min()!
            let best = readings.filter { $0.flaws.hard == fewest }.map(\.rows)
            if best.contains(where: { $0 != best[0] }) { placementAmbiguous = true }
        }
        placementFlaws = totals
        var flaws = totals.adding(otherTablesFlaws)
        // The sheet's placement outweighs this table's early breaks: only hard flaws stand against it.
        if forcedPlacement != nil { flaws = flaws.mapValues { ReadingFlaws(hard: $0.hard, soft: 0) } }
        return Self.order(vote, by: flaws)
    }

    /// `vote` sorted by fewest flaws, stable.
    static func order(_ vote: [AmountPlacement], by flaws: PlacementFlaws) -> [AmountPlacement] {
        vote.enumerated().sorted { (flaws[$0.element, default: .none], $0.offset) < (flaws[$1.element, default: .none], $1.offset) }
            .map(\.element)
    }

    /// Whether name lines stand before the first row's amounts, and after the last row's.
    /// Remarks are left out: they print under their own row whatever the placement.
    func namesAround(_ block: [Int], _ rows: [[Int]], remarks: Set<Int>) -> (before: Bool, after: Bool) {
        let names = block.filter { !remarks.contains($0) }
        guard let top = rows.first?.first, let bottom = rows.last?.last, let firstName = names.first, let lastName = names.last
        else { return (false, false) }
        return (firstName < top, lastName > bottom)
    }

    /// A block's rows under one placement. A block whose amount lines fill other columns each
    /// (`isOneRow`) may be one row whose cells differ in height, or rows set tight whose cells
    /// happen to fill other columns: the one row stands unless its cells are not placed as
    /// the placement places them (`fits`) and the rows are.
    /// `runOns`: the block's `runOnLines`, worked out once by the caller.
    func read(_ shape: BlockShape, oneRow: Bool, placement: AmountPlacement, preferAbove: Bool,
              runOns: [(Int, Int)]) -> [([Int], [Int])] {
        let rows = shape.closedRows.count == 1 ? [(shape.closedRows[0], shape.lines)]
            : assign(shape.lines, to: shape.closedRows, remarks: shape.remarks, placement: placement, preferAbove: preferAbove)
        guard oneRow else { return rows }
        let single = [(shape.anchors, shape.lines)]
        let flawsOfOne = flaws(single, placement: placement, runOns: runOns, remarks: shape.remarks).hard
        return flawsOfOne <= flaws(rows, placement: placement, runOns: runOns, remarks: shape.remarks).hard ? single : rows
    }

    /// Each anchor with the lines that belong to it: the reading with the fewest hard flaws
    /// (see `flaws`), the table's placement first among equals.
    func read(_ shape: BlockShape, oneRow: Bool, order: [AmountPlacement]) -> (rows: [([Int], [Int])], flaws: Int, placement: AmountPlacement) {
        let preferAbove = order.firstIndex(of: .firstLine)! < order.firstIndex(of: .lastLine)!
        let runOns = runOnLines(shape.lines, remarks: shape.remarks)
        var best: (rows: [([Int], [Int])], flaws: Int, placement: AmountPlacement)?
        for placement in order {
            let reading = read(shape, oneRow: oneRow, placement: placement, preferAbove: preferAbove, runOns: runOns)
            // Hard flaws only: soft ones (early breaks) are weighed over the whole table, in `order`.
            let count = flaws(reading, placement: placement, runOns: runOns, remarks: shape.remarks).hard
            if best.map({ count < $0.flaws }) ?? true { best = (reading, count, placement) }
            if count == 0 { break }
        }
        return best!
    }

    /// What a reading of a tight block gets visibly wrong: a name cut where it runs on into
    /// the next line; a row with no name of its own (no name text, or only an annotation such
    /// as "(alleen bij Pro user)", which always follows a name); a row whose name starts with
    /// a word in lower case (`startsInLowerCase`) or going on after its remarks
    /// (`namesAfterRemarks`) or its "(alleen bij … user)" (`namesAfterAnnotation`); and a row
    /// whose amounts or cells stand off the placement (`fits`). (A name going on after its footnote marker was tried as a
    /// flaw and dropped: sheets also mark a single word inside a name.)
    func flaws(_ reading: [([Int], [Int])], placement: AmountPlacement, runOns: [(Int, Int)],
                       remarks: Set<Int>) -> ReadingFlaws {
        var cuts = 0
        if !runOns.isEmpty {
            var rowOf: [Int: Int] = [:]
            for (index, row) in reading.enumerated() { for line in row.1 { rowOf[line] = index } }
            cuts = runOns.filter { rowOf[$0.0] != rowOf[$0.1] }.count
        }
        let flawedRows = reading.filter { row in
            // The start of the name is enough to see whether it is one: the longest opening
            // is 14 characters.
            var name = ""
            for line in row.1 where !remarks.contains(line) && name.utf8.count < 16 {
                let key = nameKeys[line]!
                if !key.isEmpty { name += name.isEmpty ? key : " " + key }
            }
            if name.isEmpty || annotationOpenings.contains(where: { name.hasPrefix($0) }) { return true }
            return startsInLowerCase(row.1, remarks: remarks) || namesAfterRemarks(row.1, remarks: remarks)
                || namesAfterAnnotation(row.1, remarks: remarks)
                || !fits(row, placement, remarks: remarks)
        }.count
        let early = reading.reduce(0) { $0 + earlyBreaks($1.1, remarks: remarks) }
        return ReadingFlaws(hard: cuts + flawedRows, soft: early)
    }

    /// Name lines of a row broken before the next word would have run out of room: the
    /// next line's first word fits after it within the widest name line of the table. Sheets
    /// break names by hand too, so this only decides between readings equal in every other
    /// respect. A next line that opens an annotation ("(alleen bij …") is no early break.
    func earlyBreaks(_ lines: [Int], remarks: Set<Int>) -> Int {
        var breaks = 0
        var above: NameEnds?
        for line in lines where !remarks.contains(line) {
            guard let next = nameEnds[line] else { continue }
            if let above, !next.opensAnnotation,
               above.end + settings.wordSpaceRatio * next.firstSize + next.firstWidth <= widestName {
                breaks += 1
            }
            above = next
        }
        return breaks
    }

    /// What `earlyBreaks` needs of a name line, worked out once per line: where its last word
    /// ends, and the first word's size and width, and whether it opens "(".
    struct NameEnds {
        var end: Double
        var opensAnnotation: Bool
        var firstSize: Double
        var firstWidth: Double
    }

    /// A row whose name begins with a word all in lower case: a product name starts with a
    /// capital, a digit or "(", so such a word goes on a name from the line before
    /// ("KPN EEN Keuzemenu" / "installatieservice"). A word with a capital inside ("eSIM",
    /// "iPhone") is a name's start.
    func startsInLowerCase(_ lines: [Int], remarks: Set<Int>) -> Bool {
        guard let line = lines.first(where: { !remarks.contains($0) && !nameKeys[$0]!.isEmpty }),
              let word = names[line]!.first(where: { !$0.isLeadingMarker }),
              let initial = word.text.unicodeScalars.first, initial.properties.isLowercase else { return false }
        return !word.text.unicodeScalars.contains { $0.properties.isUppercase }
    }

    /// A row with name text after one of its remarks: remarks print under the whole name, so
    /// a name line after them is the next row's, or a group row's.
    func namesAfterRemarks(_ lines: [Int], remarks: Set<Int>) -> Bool {
        guard !remarks.isEmpty else { return false }
        return lines.drop { !remarks.contains($0) }.contains { !remarks.contains($0) && !nameKeys[$0]!.isEmpty }
    }

    /// A row whose name goes on after its "(alleen bij … user)": the annotation follows the
    /// whole name, so name text after it is the next row's.
    func namesAfterAnnotation(_ lines: [Int], remarks: Set<Int>) -> Bool {
        guard lines.contains(where: requirementLines.contains) else { return false }
        let name = lines.filter { !remarks.contains($0) }.map { nameKeys[$0]! }.filter { !$0.isEmpty }.joined(separator: " ")
        guard let open = requirementOpenings.lazy.compactMap({ name.range(of: $0) }).first,
              let close = name[open.upperBound...].firstIndex(of: ")") else { return false }
        return name[name.index(after: close)...].contains { !$0.isWhitespace }
    }

    /// How the annotations naming a required user type begin ("(alleen bij Pro user)").
    var requirementOpenings: [String] { vocabulary.requirement.openings.map { "(" + $0.lowercased() } }

    /// How the annotations that follow a name begin; a row's name never starts with one.
    var annotationOpenings: [String] { requirementOpenings + vocabulary.perUserPhrases.map { "(" + $0.lowercased() } }

    /// Name lines whose text runs on into the next line of the block: a word broken at a
    /// hyphen ("Nieuw-" / "Zeeland") or a parenthesis left open ("(alleen bij" / "Pro user)").
    /// A product name never ends so, so the next line is the same row's.
    func runOnLines(_ block: [Int], remarks: Set<Int>) -> [(Int, Int)] {
        zip(block, block.dropFirst()).filter { line, next in
            !remarks.contains(line) && !remarks.contains(next) && runsOn.contains(line) && !names[next]!.isEmpty
        }
    }

    /// Name text that runs on: it ends at a hyphen or leaves a parenthesis open.
    static func runsOn(_ name: String) -> Bool {
        let (open, close) = parentheses(name)
        return name.hasSuffix("-") || open > close
    }

    /// How many "(" and ")" a text holds.
    static func parentheses(_ text: String) -> (open: Int, close: Int) {
        (text.unicodeScalars.count { $0 == "(" }, text.unicodeScalars.count { $0 == ")" })
    }

    /// Whether a row's amounts stand where the placement puts them: on its first name line,
    /// on its last, or level with the middle of the row (its remarks included); a wrapped
    /// cell taller than the row's names is centred when it starts at the row's top. A row
    /// whose amounts stand on several baselines has cells of different heights, and each cell
    /// must stand so on its own (`cellExtents`): two rows set tight whose amounts fill other
    /// columns are not one row with cells on two baselines.
    func fits(_ row: ([Int], [Int]), _ placement: AmountPlacement, remarks: Set<Int>) -> Bool {
        let (anchors, lines) = row
        let named = lines.filter { line in !remarks.contains(line) && !names[line]!.isEmpty }
        guard let first = named.first, let last = named.last else { return true }
        // The row's lines with amounts (its anchors may include the lines closing a cell).
        let severalAmountLines = anchors.lazy.filter(isAnchor).dropFirst().first != nil
        switch placement {
        case .firstLine:
            // Every cell starts on the first line: no amounts on a later baseline.
            let top = page.lines[first].box.minY, offset = settings.sameRowOffsetRatio * page.lines[first].fontSize
            return anchors.contains(first) && anchors.allSatisfy { !isAnchor($0) || abs(page.lines[$0].box.minY - top) < offset }
        case .lastLine:
            guard anchors.contains(last) else { return false }
            guard severalAmountLines else { return true }
            // Cells on several baselines: each ends on the name's last line, or, taller than
            // the name, starts on its first.
            let tolerance = settings.centredAmountToleranceRatio * page.lines[first].fontSize
            let top = page.lines[first].box.minY, bottom = page.lines[last].box.maxY
            return cellExtents(row).allSatisfy { cell in
                abs(cell.upperBound - bottom) <= tolerance
                    || (cell.upperBound - cell.lowerBound > bottom - top && abs(cell.lowerBound - top) <= tolerance)
            }
        case .between:
            // Centred on the whole row, remarks included: the cell's middle, not the name's.
            let cell = lines.filter { !names[$0]!.isEmpty }
            let middle = (page.lines[cell.first!].box.minY + page.lines[cell.last!].box.maxY) / 2
            let amounts = anchors.map { page.lines[$0].box }.union()!
            let tolerance = settings.centredAmountToleranceRatio * page.lines[first].fontSize
            // A cell taller than the row's names cannot stand centred on them: it starts at
            // the row's top (a producer that centres the names on it instead meets the first test).
            let top = page.lines[cell.first!].box.minY, height = page.lines[cell.last!].box.maxY - top
            let centred = abs(amounts.midY - middle) <= tolerance || (amounts.height > height && abs(amounts.minY - top) <= tolerance)
            guard centred, severalAmountLines else { return centred }
            // Cells on several baselines: each is centred on its own, or starts at the top.
            return cellExtents(row).allSatisfy { extent in
                abs((extent.lowerBound + extent.upperBound) / 2 - middle) <= tolerance
                    || (extent.upperBound - extent.lowerBound > height && abs(extent.lowerBound - top) <= tolerance)
            }
        }
    }

    /// Top and bottom of each price cell of a row: an amount's line and the lines under it, a
    /// cell's line pitch apart, that carry on its text in the same column ("€ 30,11 (per" /
    /// "gebruiker)"), over lines of other cells set between them.
    func cellExtents(_ row: ([Int], [Int])) -> [ClosedRange<Double>] {
        let (anchors, lines) = row
        let members = Set(lines).union(anchors).sorted()
        return anchors.flatMap { anchor in
            Set(lineCells[anchor]!.tokens.compactMap { $0 }).sorted().map { column in
                var end = anchor
                for line in members where line > anchor && isCellPitch(end, line) {
                    if lineCells[line]!.tokens.contains(column) { break }
                    if lineCells[line]!.words.contains(column) { end = line }
                }
                return wordsTop(anchor, column)...wordsBottom(end, column)
            }
        }
    }

    /// Top and bottom of a line's words in one price column: a cell's own extent (an amount
    /// set on a name line's baseline may stand higher or lower than the name's box).
    private func wordsTop(_ line: Int, _ column: Int) -> Double {
        columnWords(line, column).map(\.box.minY).min() ?? page.lines[line].box.minY
    }

    private func wordsBottom(_ line: Int, _ column: Int) -> Double {
        columnWords(line, column).map(\.box.maxY).max() ?? page.lines[line].box.maxY
    }

    private func columnWords(_ line: Int, _ column: Int) -> [Word] {
        zip(page.lines[line].words, lineCells[line]!.words).compactMap { $1 == column ? $0 : nil }
    }
}
