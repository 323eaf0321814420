import Geometry
import Layout

/// Turns a table's row blocks into group rows and products, giving each line its role.
struct RowBuilder {
    let settings: TableSettings
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

    init(settings: TableSettings, zones: ColumnZones, page: PageLines, columnCount: Int) {
        self.settings = settings
        self.zones = zones
        self.page = page
        self.columnCount = columnCount
    }

    mutating func build(blocks: [[Int]]) {
        let preferAbove = anchorsSitOnFirstLine(blocks)
        var group: GroupRow?
        var pending: [[Int]] = []
        for block in blocks {
            let anchors = block.filter(isAnchor)
            guard !anchors.isEmpty else {
                pending.append(block)
                continue
            }
            if let heading = pending.popLast() { group = groupRow(heading) }
            for stray in pending { strayBlock(stray) }
            pending = []
            for (anchor, lines) in assign(block, to: anchors, preferAbove: preferAbove) {
                let warningsBefore = warnings.count
                products.append(product(anchor: anchor, lines: lines, group: group))
                if warnings.count > warningsBefore { doubtfulRows += 1 }
            }
            bottom = max(bottom, block.map { page.lines[$0].box.maxY }.max()!)
        }
        // Blocks without amounts after the last product are not part of the table: left free.
    }

    /// A line with an amount in a price column.
    private func isAnchor(_ line: Int) -> Bool {
        page.tokens[line].contains { zones.column(of: $0.box) != nil }
    }

    /// Whether single-product blocks put their amounts on the name's first line (then a line
    /// equally near two anchors belongs to the one above it) or on its last.
    private func anchorsSitOnFirstLine(_ blocks: [[Int]]) -> Bool {
        var first = 0, last = 0
        for block in blocks where block.count > 1 {
            let anchors = block.filter(isAnchor)
            guard anchors.count == 1 else { continue }
            if anchors[0] == block.first { first += 1 }
            if anchors[0] == block.last { last += 1 }
        }
        return first >= last
    }

    private func assign(_ block: [Int], to anchors: [Int], preferAbove: Bool) -> [(Int, [Int])] {
        var members: [Int: [Int]] = Dictionary(uniqueKeysWithValues: anchors.map { ($0, [$0]) })
        let placement = amountPlacement(block, anchors, preferAbove: preferAbove)
        for line in block where members[line] == nil {
            members[owner(of: line, anchors, placement, preferAbove: preferAbove), default: []].append(line)
        }
        return anchors.map { ($0, members[$0]!.sorted()) }
    }

    /// Where a row's amounts sit relative to its name lines, read off the block itself.
    enum AmountPlacement { case firstLine, lastLine, between }

    /// Amounts on a line that also starts a name, at the block's top: every row starts at its
    /// anchor (first line). At the block's bottom: every row ends at it. Else amounts stand
    /// between name lines (vertically centred), and the nearest anchor owns a line.
    private func amountPlacement(_ block: [Int], _ anchors: [Int], preferAbove: Bool) -> AmountPlacement {
        let named = anchors.allSatisfy { anchor in page.lines[anchor].words.contains { zones.isName($0.box) } }
        guard named, anchors.count > 1 else { return .between }
        if anchors.first == block.first, anchors.last != block.last || preferAbove { return .firstLine }
        if anchors.last == block.last { return .lastLine }
        return .between
    }

    private func owner(of line: Int, _ anchors: [Int], _ placement: AmountPlacement, preferAbove: Bool) -> Int {
        switch placement {
        case .firstLine: anchors.last { $0 < line } ?? anchors[0]
        case .lastLine: anchors.first { $0 > line } ?? anchors[anchors.count - 1]
        case .between: nearestAnchor(line, anchors, preferAbove: preferAbove)
        }
    }

    private func nearestAnchor(_ line: Int, _ anchors: [Int], preferAbove: Bool) -> Int {
        let y = page.lines[line].box.midY
        let tie = 0.15 * page.lines[line].fontSize
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
        return GroupRow(text: TextJoiner.join(block.map { page.lines[$0].text }),
                        markers: words.flatMap { $0.markers.map(\.label) })
    }

    private mutating func strayBlock(_ block: [Int]) {
        for line in block {
            strayLines += 1
            roles.append((line, .unaccounted))
            warnings.append(ParseWarning(page: page.number, message: "text between rows has no amounts and no rows follow it directly",
                                         text: page.lines[line].text))
        }
    }

    private mutating func product(anchor: Int, lines: [Int], group: GroupRow?) -> ProductRow {
        let nameWords = lines.map { line in page.lines[line].words.filter { zones.isName($0.box) } }
        let rowSize = nameWords.filter { !$0.isEmpty }.map { Line(words: $0).fontSize }.max() ?? 0
        let rowItalic = nameWords.first { !$0.isEmpty }.map { Line(words: $0).isItalic } ?? false
        var name: [[Word]] = [], remarks: [[Word]] = []
        for (line, words) in zip(lines, nameWords) where !words.isEmpty {
            let isRemark = isRemarkLine(words, rowSize: rowSize, rowItalic: rowItalic)
            roles.append((line, isRemark ? .remark : .productRow))
            if isRemark { remarks.append(words) } else { name.append(words) }
        }
        for line in lines where nameWords[lines.firstIndex(of: line)!].isEmpty { roles.append((line, .productRow)) }
        let text = lines.map { page.lines[$0].text }.joined(separator: " ")
        return ProductRow(name: TextJoiner.join(name.map(Self.text)),
                          markers: name.flatMap { $0.flatMap { $0.markers.map(\.label) } },
                          group: group, cells: cells(anchor: anchor, lines: lines, text: text),
                          remarks: Self.paragraphs(remarks.map(Self.text)), page: page.number, text: text)
    }

    private func isRemarkLine(_ words: [Word], rowSize: Double, rowItalic: Bool) -> Bool {
        let line = Line(words: words)
        return line.fontSize < settings.remarkSizeRatio * rowSize || (line.isItalic && !rowItalic)
    }

    /// Cells of a product: its anchor's amounts by column, plus the other text in each column.
    private mutating func cells(anchor: Int, lines: [Int], text: String) -> [Cell] {
        var amounts: [Int: [MoneyToken]] = [:]
        var used = Set<Int>()
        for token in page.tokens[anchor] {
            guard let column = zones.column(of: token.box) else {
                warnings.append(ParseWarning(page: page.number, message: "amount in the name column is kept as name text", text: text))
                continue
            }
            amounts[column, default: []].append(token)
            used.formUnion(token.wordRange)
        }
        let notes = annotations(lines: lines, anchor: anchor, skipping: used)
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
        if TableReader.freeWords.contains(key) {
            result.append(Cell(column: column, amount: MoneyText(low: "0.00", printed: note), annotation: nil))
        } else if !TableReader.emptyCellWords.contains(key) {
            warnings.append(ParseWarning(page: page.number, message: "text in a price column without an amount: \"\(note)\"", text: text))
        }
    }

    /// Non-amount words in each price column over all lines of the row, in reading order.
    private func annotations(lines: [Int], anchor: Int, skipping used: Set<Int>) -> [Int: String] {
        var words: [Int: [String]] = [:]
        for line in lines {
            for (w, word) in page.lines[line].words.enumerated() where !(line == anchor && used.contains(w)) {
                guard let column = zones.column(of: word.box) else { continue }
                words[column, default: []].append(word.text)
            }
        }
        return words.mapValues { $0.joined(separator: " ") }
    }

    private static func text(_ words: [Word]) -> String { words.map(\.text).joined(separator: " ") }

    /// Remark lines joined into remarks; a line ending a sentence before a capital starts a new one.
    static func paragraphs(_ lines: [String]) -> [String] {
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
        return groups.map { TextJoiner.join($0) }
    }
}
