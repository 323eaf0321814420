import Geometry
import Layout

/// Turns a table's row blocks into group rows and products, giving each line its role.
struct RowBuilder {
    let settings: ParserSettings
    let vocabulary: Vocabulary
    let joiner: TextJoiner
    let zones: ColumnZones
    let page: PageLines
    let columnCount: Int

    private(set) var products: [ProductRow] = []
    private(set) var roles: [(line: Int, role: LineRole)] = []
    private(set) var warnings: [ParseWarning] = []
    /// Bottom of the last product: where the table ends.
    private(set) var bottom = 0.0
    /// Products whose reading raised a warning.
    private(set) var doubtfulRows = 0
    /// Lines between rows that belong to none.
    private(set) var strayLines = 0
    /// Flaws of the table's blocks read under each placement (see `flaws`): what this table
    /// shows of the sheet's placement, for the other tables on its page.
    var placementFlaws: PlacementFlaws = [:]
    /// The placements in the order this table was read with.
    private(set) var placementOrder: [AmountPlacement] = []
    /// True when a block read under two placements with equally few hard flaws gives other
    /// rows under each: the page alone cannot tell, the sheet can (see `SheetAssembler`).
    var placementAmbiguous = false
    /// The placement that wins ties in this reading: the sheet's, once it is known.
    var forcedPlacement: AmountPlacement?
    /// Flaws the other tables of the page found per placement: a sheet sets its amounts one
    /// way, so they break ties this table cannot.
    var otherTablesFlaws: PlacementFlaws = [:]
    /// Right edge of the widest name line of the table: names wrap no later than this.
    var widestName = 0.0
    /// The columns of the words and amounts of each body line (see `CellColumns`).
    var lineCells: [Int: CellColumns] = [:]
    /// Each body line's name-column words, and their text in lower case without leading
    /// markers: the row rules ask for them many times per block.
    var names: [Int: [Word]] = [:]
    var nameKeys: [Int: String] = [:]
    /// Each body line's name words as a line of their own (size and style), nil without any.
    var nameLines: [Int: Line] = [:]
    /// Lines with an amount in a price column (see `isAnchor`).
    var anchorLines = Set<Int>()
    /// Where each body line's name (leading markers aside) ends, and how its first word
    /// starts: what `earlyBreaks` measures, nil for a line without name words.
    var nameEnds: [Int: NameEnds] = [:]
    /// Lines whose name text runs on into the next line (see `runOnLines`).
    var runsOn = Set<Int>()
    /// Lines whose name text opens a "(alleen bij …" (see `namesAfterAnnotation`).
    var requirementLines = Set<Int>()
    /// Price columns where each body line opens "(" without closing it, and where it closes
    /// one it did not open (see `closesOpenAnnotation`).
    var opens: [Int: Set<Int>] = [:]
    var closes: [Int: Set<Int>] = [:]
    /// The rules and bands the page draws across the table, when it was asked for them
    /// (see `RuledRows`); nil when it was not.
    var rules: [HorizontalRule]?
    /// True when a block's rows rest on how its lines stand, not on gaps: several amount
    /// lines in one block (rows set tight, or one row's cells on several baselines), or, in a
    /// table whose gaps do not show that they part rows, a block whose first name line has no
    /// amounts: a wrapped name, or a group row set tight over its first product, which only a
    /// band or rule may tell. The rules between rows, if the page draws any, say it for sure.
    private(set) var readsTightRows = false

    init(settings: ParserSettings, vocabulary: Vocabulary, zones: ColumnZones, page: PageLines, columnCount: Int) {
        self.settings = settings
        self.vocabulary = vocabulary
        joiner = TextJoiner(vocabulary: vocabulary)
        self.zones = zones
        self.page = page
        self.columnCount = columnCount
    }

    /// What the row rules ask of a block, worked out once: its amount lines, those grouped
    /// into rows, and its remark lines.
    struct BlockShape {
        var lines: [Int]
        var anchors: [Int]
        var rows: [[Int]]
        /// `rows` extended over the lines that close their cells' annotations (`closingLines`).
        var closedRows: [[Int]]
        var remarks: Set<Int>
    }

    mutating func build(blocks: [[Int]]) {
        var previous: Int?
        for line in blocks.joined() {
            var cells = CellColumns(line: page.lines[line], tokens: page.tokens[line], zones: zones, gapRatio: settings.cellGapRatio)
            if let previous, previous == line - 1 {
                cells.continueCells(of: lineCells[previous]!, aboveLine: page.lines[previous], line: page.lines[line])
            }
            lineCells[line] = cells
            if cells.tokens.contains(where: { $0 != nil }) { anchorLines.insert(line) }
            previous = line
        }
        for line in blocks.joined() {
            let words = page.lines[line].words.filter { zones.isName($0.box) }
            names[line] = words
            let nameWords = words.filter { !$0.isLeadingMarker }
            nameKeys[line] = nameWords.joinedText.lowercased()
            if let first = nameWords.first, let last = nameWords.last {
                nameEnds[line] = NameEnds(end: last.box.maxX, opensAnnotation: first.text.first == "(",
                                          firstSize: first.fontSize, firstWidth: first.box.width)
            }
            if !words.isEmpty { nameLines[line] = Line(words: words) }
            if Self.runsOn(words.joinedText) { runsOn.insert(line) }
            let key = nameKeys[line]!
            if key.unicodeScalars.contains("("), requirementOpenings.contains(where: key.contains) { requirementLines.insert(line) }
            let columns = zip(page.lines[line].words, lineCells[line]!.words)
            opens[line] = Set(columns.compactMap { word, column in
                let (open, close) = Self.parentheses(word.text)
                return open > 0 && close == 0 ? column : nil
            })
            closes[line] = Set(columns.compactMap { word, column in
                let (open, close) = Self.parentheses(word.text)
                return open == 0 && close > 0 && word.text.utf8.last == UInt8(ascii: ")") ? column : nil
            })
        }
        widestName = names.values.joined().map(\.box.maxX).max() ?? 0
        let spacing = RowSpacing(settings: settings, zones: zones, page: page)
        let ruled = rules.map { RuledRows(rules: $0, page: page, nameColumn: zones.leftEdge...zones.nameBoundary, settings: settings) }
        let pairs = blocks.map(spacing.namePairs)
        let tightest = spacing.tablePitch(pairs)
        let pieces = zip(blocks, pairs).flatMap { spacing.split($0, $1, table: tightest) }
        // A pitch widened down to a marked line parts rows or only holds the marker (it is
        // never cut, so a block shows it as its pieces do): the rules and bands of the page tell.
        if pairs.contains(where: { spacing.hidesBreak($0, table: tightest) }) { readsTightRows = true }
        let shapes = pieces.flatMap { ruled?.split($0) ?? [$0] }.map { block in
            let anchors = block.filter(isAnchor)
            let rows = anchorRows(anchors)
            return BlockShape(lines: block, anchors: anchors, rows: rows, closedRows: closingLines(rows, block),
                              remarks: anchors.isEmpty ? [] : remarkLines(block))
        }
        // Rows separated by gaps elsewhere in the table: a block is one row, even when its cells
        // wrapped onto different baselines. Only a gap shows it: blocks parted by a change of
        // weight (a bold group row) may still hold tight rows, and text under the table is no row.
        let rowsAreSeparated = zip(shapes, shapes.dropFirst()).contains { above, below in
            !below.anchors.isEmpty
                && page.gap(above.lines[above.lines.count - 1], below.lines[0]) > settings.rowGapRatio * page.lines[below.lines[0]].fontSize
        }
        // Every row a block of its own: the gaps part rows, group rows included.
        let rowsPartedByGaps = rowsAreSeparated && shapes.allSatisfy { $0.anchors.count <= 1 }
        let order = placementOrder(shapes, rowsAreSeparated: rowsAreSeparated)
        placementOrder = order
        var group: GroupRow?
        var pending: [[Int]] = []
        for shape in shapes {
            let block = shape.lines, anchors = shape.anchors
            guard !anchors.isEmpty else {
                pending.append(block)
                continue
            }
            if let heading = pending.popLast() { group = groupRow(heading) }
            for stray in pending { strayBlock(stray) }
            pending = []
            let (rows, hardFlaws, placement) = read(shape, oneRow: isOneRow(shape, rowsAreSeparated: rowsAreSeparated), order: order)
            // A block whose rows are flawed under the table's placement (a name line after a
            // remark, with no row below it to go to, read under another placement) has rows
            // the table's placement does not explain: what the page draws may.
            let flawed = placement == order[0] ? hardFlaws > 0
                : flaws(rows, placement: order[0], runOns: runOnLines(block, remarks: shape.remarks), remarks: shape.remarks).hard > 0
            if anchors.count > 1 || flawed || (!rowsPartedByGaps && !fits((anchors, block), .firstLine, remarks: shape.remarks)) {
                readsTightRows = true
            }
            let carried = carriedClosings(rows)
            for (index, (rowAnchors, lines)) in rows.enumerated() {
                let warningsBefore = warnings.count
                products.append(product(anchors: rowAnchors, lines: lines, group: group,
                                        borrowed: carried.filter { $0.row == index }.map(\.word),
                                        lent: Set(carried.filter { $0.row + 1 == index }.map(\.word))))
                if warnings.count > warningsBefore { doubtfulRows += 1 }
            }
            bottom = max(bottom, block.map { page.lines[$0].box.maxY }.max()!)
        }
        // Blocks without amounts after the last product are not part of the table: left free.
    }

    /// A block whose amount lines are the cells of one row on different baselines.
    /// A remark between its amount lines ends a row there: two rows, however their cells fill.
    func isOneRow(_ shape: BlockShape, rowsAreSeparated: Bool) -> Bool {
        guard let first = shape.anchors.first, let last = shape.anchors.last,
              !shape.remarks.contains(where: { $0 > first && $0 < last }) else { return false }
        return cellsComplementEachOther(shape.anchors) && (rowsAreSeparated || onConsecutiveBaselines(shape.anchors))
    }

    /// A line with an amount in a price column.
    func isAnchor(_ line: Int) -> Bool {
        anchorLines.contains(line)
    }

    /// Each amount line right under the one before (no other line between, a line's height
    /// apart): a cell wrapped within one row, not the next row.
    private func onConsecutiveBaselines(_ anchors: [Int]) -> Bool {
        zip(anchors, anchors.dropFirst()).allSatisfy { a, b in
            b == a + 1 && isCellPitch(a, b)
        }
    }

    /// Amount lines that each fill other columns: the cells of one row on different baselines
    /// ("€ 86,50 (per" / "gebruiker) € 85,00 € 0,00").
    private func cellsComplementEachOther(_ anchors: [Int]) -> Bool {
        guard anchors.count > 1 else { return false }
        var seen = Set<Int>()
        for anchor in anchors {
            let columns = Set(lineCells[anchor]!.tokens.compactMap { $0 })
            guard seen.isDisjoint(with: columns) else { return false }
            seen.formUnion(columns)
        }
        return true
    }

    /// Each anchor with the lines that belong to it under one placement. Remarks print under
    /// their own name, so a remark belongs to the anchor above it, and a name line after a
    /// remark starts the row below; other lines follow the placement.
    func assign(_ block: [Int], to rows: [[Int]], remarks: Set<Int>, placement: AmountPlacement,
                        preferAbove: Bool) -> [([Int], [Int])] {
        // Each row is represented by its first amount line; its other amount lines are members.
        let anchors = rows.map { $0[0] }
        var members: [Int: [Int]] = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0) })
        let spans = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[0]...$0[$0.count - 1]) })
        for row in rows { for line in block where line > row[0] && line < row[row.count - 1] && !row.contains(line) {
            members[row[0], default: []].append(line)
        } }
        let centred = placement == .between ? centredOwners(block, anchors, spans: spans) : nil
        let taken = Set(members.values.joined())
        for (position, line) in block.enumerated() where !taken.contains(line) {
            let owner: Int
            if let centred, let known = centred[line] {
                owner = known
            } else if remarks.contains(line) {
                owner = anchors.last { $0 < line } ?? anchors[0]
            } else if position > 0, remarks.contains(block[position - 1]) {
                owner = anchors.first { $0 > line } ?? anchors[anchors.count - 1]
            } else {
                owner = self.owner(of: line, anchors, placement, preferAbove: preferAbove)
            }
            members[owner, default: []].append(line)
        }
        return rows.map { ($0, members[$0[0]]!.sorted()) }
    }

    /// Amount lines grouped into rows. Rows of a table stand at least a line apart, so amount
    /// lines closer than that, filling other columns, are one row whose cells differ in
    /// height (a centred two-line cell beside one-line cells). So is an amount line whose
    /// column carries on an annotation left open on the line before ("(per" … "gebruiker)").
    private func anchorRows(_ anchors: [Int]) -> [[Int]] {
        var rows: [[Int]] = []
        for anchor in anchors {
            if let row = rows.last, continuesRow(row, with: anchor) {
                rows[rows.count - 1].append(anchor)
            } else {
                rows.append([anchor])
            }
        }
        return rows
    }

    /// Rows extended over the lines right under them that close an annotation their amount
    /// lines left open ("€ 40,31 (per" … "gebruiker)"): those lines are the row's, whatever
    /// the placement rules would say of their name text. So are the lines between a cell's
    /// open end and its close a line's height under it (a remark beside the wrapped cell):
    /// rows stack, so a line set within one row's cell is that row's.
    func closingLines(_ rows: [[Int]], _ block: [Int]) -> [[Int]] {
        let anchors = Set(rows.joined())
        return rows.map { row in
            var extended = row
            var position = block.firstIndex(of: row.last!)! + 1
            while let closing = closingPosition(of: extended, from: position, in: block, anchors: anchors) {
                extended.append(contentsOf: block[position...closing])
                position = closing + 1
            }
            return extended
        }
    }

    /// Where in `block`, from `position` on, the first line closing an annotation `row` left
    /// open stands: the line at `position`, or one a cell's line pitch at most under the line
    /// that opened it (`isCellPitch`), with no amount line before it; nil without one.
    private func closingPosition(of row: [Int], from position: Int, in block: [Int], anchors: Set<Int>) -> Int? {
        var k = position
        while k < block.count, !anchors.contains(block[k]), k == position || isCellPitch(row.last!, block[k]) {
            let line = block[k]
            if row.contains(where: { closesOpenAnnotation(from: $0, on: line) && (k == position || isCellPitch($0, line)) }) {
                return k
            }
            k += 1
        }
        return nil
    }

    /// Line `b` stands at most a line's height under line `a`, top to top (`cellLinePitchRatio`):
    /// as far as a cell's wrapped line goes on under the line before it.
    func isCellPitch(_ a: Int, _ b: Int) -> Bool {
        page.lines[b].box.minY - page.lines[a].box.minY <= settings.cellLinePitchRatio * page.lines[a].fontSize
    }

    private func continuesRow(_ row: [Int], with anchor: Int) -> Bool {
        let columns = Set(row.flatMap { line in lineCells[line]!.tokens.compactMap { $0 } })
        let own = Set(lineCells[anchor]!.tokens.compactMap { $0 })
        guard columns.isDisjoint(with: own), let last = row.last else { return false }
        // The amounts' own tops: a line's box also holds the name set on its baseline, which
        // may stand higher or lower than an amount drawn beside it.
        let offset = amountTop(anchor) - amountTop(last)
        if offset < settings.sameRowOffsetRatio * page.lines[last].fontSize { return true }
        return anchor == last + 1 && closesOpenAnnotation(from: last, on: anchor)
    }

    /// The top of a line's amounts (of the line when it has none).
    private func amountTop(_ line: Int) -> Double {
        page.tokens[line].map(\.box.minY).min() ?? page.lines[line].box.minY
    }

    /// Line `from` leaves "(" open in a price column and line `on` closes it in the same column.
    private func closesOpenAnnotation(from: Int, on: Int) -> Bool {
        !opens[from]!.isDisjoint(with: closes[on]!)
    }

    /// Amounts centred on their rows: a row reaches as far below its amounts' middle as it
    /// starts above it, so walking the block from the top fixes where every row ends, with no
    /// guessing at lines equally near two anchors. Heights, not line counts: remarks are set
    /// smaller than names. Nil when the rows do not fit (an anchor inside the row above, or a
    /// row without a line of its own): then the nearest anchor decides.
    func centredOwners(_ block: [Int], _ anchors: [Int], spans: [Int: ClosedRange<Int>]) -> [Int: Int]? {
        var owners: [Int: Int] = [:]
        var remaining = block[...]
        for (index, anchor) in anchors.enumerated() {
            let span = spans[anchor]!
            remaining = remaining.drop { span.contains($0) }
            guard let first = remaining.first.map({ min($0, span.lowerBound) }) else { return owners }
            let top = page.lines[first].box.minY
            let amounts = span.map { page.lines[$0].box }.union()!
            // A cell taller than the names starts at the row's top and ends it.
            let bottom = max(2 * amounts.midY - top, amounts.maxY)
            let isLast = index + 1 == anchors.count
            if !isLast, page.lines[anchors[index + 1]].box.midY < bottom { return nil }
            let own = remaining.prefix { isLast || page.lines[$0].box.midY < bottom }
            for line in own where !span.contains(line) { owners[line] = anchor }
            remaining = remaining.dropFirst(own.count)
        }
        return owners
    }

    /// Lines of the block whose name text is a remark (smaller or italic against the names).
    private func remarkLines(_ block: [Int]) -> Set<Int> {
        let sized = block.compactMap { nameLines[$0] }
        guard let rowSize = sized.map(\.fontSize).max() else { return [] }
        let rowItalic = sized.filter { !$0.isItalic }.isEmpty
        return Set(block.filter { line in nameLines[line].map { isRemarkLine($0, rowSize: rowSize, rowItalic: rowItalic) } ?? false })
    }

    func owner(of line: Int, _ anchors: [Int], _ placement: AmountPlacement, preferAbove: Bool) -> Int {
        switch placement {
        case .firstLine: anchors.last { $0 < line } ?? anchors[0]
        case .lastLine: anchors.first { $0 > line } ?? anchors[anchors.count - 1]
        case .between: nearestAnchor(line, anchors, preferAbove: preferAbove)
        }
    }

    func nearestAnchor(_ line: Int, _ anchors: [Int], preferAbove: Bool) -> Int {
        let y = page.lines[line].box.midY
        let tie = settings.anchorTieRatio * page.lines[line].fontSize
        return anchors.min { a, b in
            let da = abs(page.lines[a].box.midY - y), db = abs(page.lines[b].box.midY - y)
            if abs(da - db) > tie { return da < db }
            let aAbove = page.lines[a].box.midY <= y
            return preferAbove ? aAbove && !(page.lines[b].box.midY <= y) : !aAbove && page.lines[b].box.midY <= y
        }!
    }

    private mutating func groupRow(_ block: [Int]) -> GroupRow {
        for line in block { roles.append((line, .groupRow)) }
        let words = block.flatMap { page.lines[$0].words }
        return GroupRow(text: joiner.join(block.map { page.lines[$0].text }),
                        markers: words.flatMap { $0.markers.map(\.label) }, page: page.number)
    }

    private mutating func strayBlock(_ block: [Int]) {
        for line in block {
            strayLines += 1
            roles.append((line, .unaccounted))
            warnings.append(ParseWarning(page: page.number, message: "text between rows has no amounts and no rows follow it directly",
                                         text: page.lines[line].text))
        }
    }

    /// Words that close a price cell's annotation on the first line of the next row: with no
    /// gap between rows, "€ 43,00 (per" ends one row and "gebruiker)" shares its baseline with
    /// the next row's amounts. The closing words belong to the cell left open above.
    private func carriedClosings(_ rows: [([Int], [Int])]) -> [(row: Int, word: WordAt)] {
        zip(rows.indices, rows.indices.dropFirst()).flatMap { above, below -> [(row: Int, word: WordAt)] in
            guard let last = rows[above].1.last, let first = rows[below].1.first, first == last + 1,
                  closesOpenAnnotation(from: last, on: first) else { return [] }
            let open = opens[last]!
            let own = Set(lineCells[first]!.tokens.compactMap { $0 })
            return page.lines[first].words.indices.filter { w in
                guard let column = lineCells[first]!.words[w], open.contains(column), !own.contains(column) else { return false }
                return !page.tokens[first].contains { $0.wordRange.contains(w) }
            }.map { (above, WordAt(line: first, word: $0)) }
        }
    }

    private mutating func product(anchors: [Int], lines: [Int], group: GroupRow?, borrowed: [WordAt] = [],
                                  lent: Set<WordAt> = []) -> ProductRow {
        let nameWords = lines.map { names[$0]! }
        let rowSize = lines.compactMap { nameLines[$0]?.fontSize }.max() ?? 0
        let rowItalic = lines.first { nameLines[$0] != nil }.map { nameLines[$0]!.isItalic } ?? false
        var name: [[Word]] = [], remarks: [[Word]] = []
        for (line, words) in zip(lines, nameWords) where !words.isEmpty {
            let isRemark = isRemarkLine(nameLines[line]!, rowSize: rowSize, rowItalic: rowItalic)
            roles.append((line, isRemark ? .remark : .productRow))
            if isRemark { remarks.append(words) } else { name.append(words) }
        }
        for line in lines where nameWords[lines.firstIndex(of: line)!].isEmpty { roles.append((line, .productRow)) }
        let text = lines.map { page.lines[$0].text }.joined(separator: " ")
        return ProductRow(name: joiner.join(name.map(Self.text)),
                          markers: name.flatMap { $0.flatMap { $0.markers.map(\.label) } },
                          group: group, cells: cells(anchors: anchors, lines: lines, text: text, borrowed: borrowed, lent: lent),
                          remarks: paragraphs(remarks.map(Self.text)), page: page.number, text: text)
    }

    private func isRemarkLine(_ line: Line, rowSize: Double, rowItalic: Bool) -> Bool {
        line.fontSize < settings.remarkSizeRatio * rowSize || (line.isItalic && !rowItalic)
    }

    /// Cells of a product: its anchors' amounts by column, plus the other text in each column.
    private mutating func cells(anchors: [Int], lines: [Int], text: String, borrowed: [WordAt], lent: Set<WordAt>) -> [Cell] {
        var amounts: [Int: [MoneyToken]] = [:]
        var used = Set<WordAt>()
        for anchor in anchors {
            for (token, column) in zip(page.tokens[anchor], lineCells[anchor]!.tokens) {
                guard let column else {
                    warnings.append(ParseWarning(page: page.number, message: "amount in the name column is kept as name text", text: text))
                    continue
                }
                amounts[column, default: []].append(token)
                used.formUnion(token.wordRange.map { WordAt(line: anchor, word: $0) })
            }
        }
        let notes = annotations(lines: lines, skipping: used.union(lent), borrowed: borrowed)
        let tokenCount = amounts.values.reduce(0) { $0 + $1.count }
        var result: [Cell] = []
        for column in 0..<columnCount {
            let tokens = amounts[column] ?? []
            let note = notes[column]
            if tokens.count > 1 {
                let message = tokenCount > columnCount
                    ? "row has \(tokenCount) amounts but the table has \(columnCount) price columns; the crowded column is left out"
                    : "two amounts in one price column; neither is used"
                warnings.append(ParseWarning(page: page.number, message: message, text: text))
            } else if let token = tokens.first {
                result.append(Cell(column: column, amount: token.money, annotation: note))
            } else if let note {
                emptyCell(column: column, note: note, text: text, into: &result)
            }
        }
        return result
    }

    private mutating func emptyCell(column: Int, note: String, text: String, into result: inout [Cell]) {
        let key = note.lowercased()
        if vocabulary.contains(vocabulary.freeWords, key) {
            result.append(Cell(column: column, amount: MoneyText(low: "0.00", printed: note), annotation: nil))
        } else if !vocabulary.contains(vocabulary.emptyCellWords, key) {
            warnings.append(ParseWarning(page: page.number, message: "text in a price column without an amount: \"\(note)\"", text: text))
        }
    }

    /// A word by its line and place on the line.
    struct WordAt: Hashable {
        var line: Int
        var word: Int
    }

    /// Non-amount words in each price column over all lines of the row, in reading order.
    private func annotations(lines: [Int], skipping used: Set<WordAt>, borrowed: [WordAt]) -> [Int: String] {
        var words: [Int: [String]] = [:]
        for line in lines {
            for (w, word) in page.lines[line].words.enumerated() where !used.contains(WordAt(line: line, word: w)) {
                guard let column = lineCells[line]!.words[w] else { continue }
                words[column, default: []].append(word.text)
            }
        }
        for at in borrowed {
            guard let column = lineCells[at.line]!.words[at.word] else { continue }
            words[column, default: []].append(page.lines[at.line].words[at.word].text)
        }
        return words.mapValues { $0.joined(separator: " ") }
    }

    private static func text(_ words: [Word]) -> String { words.joinedText }

    /// Remark lines joined into remarks; a line ending a sentence before a capital starts a new one.
    func paragraphs(_ lines: [String]) -> [String] {
        var groups: [[String]] = []
        for line in lines {
            if let previous = groups.last?.last, previous.hasSuffix("."), line.first?.isUppercase == true {
                groups.append([line])
            } else if groups.isEmpty {
                groups.append([line])
            } else {
                groups[groups.count - 1].append(line)
            }
        }
        return groups.map { joiner.join($0) }
    }
}
