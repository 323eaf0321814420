import Geometry
import Layout

/// Turns a table's body blocks into group rows and products, with a verdict for every line.
///
/// Blocks (lines parted by gaps and weight changes, `TableReader`) are cut further where the
/// line pitch widens (`RowSpacing`) or the page draws a rule (`RuledRows`). A block with
/// amounts holds rows; every other line goes to one of them under the table's amount
/// placement (`BlockReader`, `TablePlacement`). A block without amounts is the group row of
/// the products after it, or stray text.
struct RowBuilder {
    let body: TableBody
    let columnCount: Int
    /// The placement that wins ties in this reading: the sheet's, once it is known.
    var forcedPlacement: AmountPlacement?
    /// Flaws the other tables of the page found per placement: a sheet sets its amounts one
    /// way, so they break ties this table cannot.
    var otherTablesFlaws: PlacementFlaws = [:]
    /// The rules and bands the page draws across the table, when it was asked for them
    /// (see `RuledRows`); nil when it was not.
    var rules: [HorizontalRule]?

    private(set) var products: [ProductRow] = []
    private(set) var verdicts: [LineVerdict] = []
    private(set) var warnings: [ParseWarning] = []
    /// Bottom of the last product: where the table ends.
    private(set) var bottom = 0.0
    /// Products whose reading raised a warning.
    private(set) var doubtfulRows = 0
    /// Lines between rows that belong to none.
    private(set) var strayLines = 0
    /// How the table places its amounts, as its blocks show.
    private(set) var placement = TablePlacement.none
    /// True when a block's rows rest on how its lines stand, not on gaps: several amount
    /// lines in one block (rows set tight, or one row's cells on several baselines), or, in a
    /// table whose gaps do not show that they part rows, a block whose first name line has no
    /// amounts: a wrapped name, or a group row set tight over its first product, which only a
    /// band or rule may tell. The rules between rows, if the page draws any, say it for sure.
    private(set) var readsTightRows = false

    init(body: TableBody, columnCount: Int) {
        self.body = body
        self.columnCount = columnCount
    }

    private var page: PageLines { body.page }
    private var settings: ParserSettings { body.settings }

    /// Where a block's first line was parted from the lines above it.
    enum Cut {
        /// A gap or a change of weight (`TableReader`), or the table's top.
        case gapOrWeight
        /// A wider line pitch (`RowSpacing`).
        case pitch
        /// A rule or band the page draws (`RuledRows`).
        case rule
    }

    mutating func build(blocks: [[Int]]) {
        let (rowBlocks, cuts) = cutBlocks(blocks)
        // Rows separated by gaps elsewhere in the table: a block is one row, even when its cells
        // wrapped onto different baselines. Only a gap shows it: blocks parted by a change of
        // weight (a bold group row) may still hold tight rows, and text under the table is no row.
        let rowsAreSeparated = zip(rowBlocks, rowBlocks.dropFirst()).contains { above, below in
            !below.isHeading && page.gap(above.lines.last!, below.lines[0]) > settings.rowGapRatio * page.lines[below.lines[0]].fontSize
        }
        // Every row a block of its own: the gaps part rows, group rows included.
        let rowsPartedByGaps = rowsAreSeparated && rowBlocks.allSatisfy { $0.amountLines.count <= 1 }
        let readers = rowBlocks.map { BlockReader(body: body, block: $0, rowsAreSeparated: rowsAreSeparated) }
        placement = TablePlacement(readers: readers, forced: forcedPlacement, otherTables: otherTablesFlaws)
        var maker = ProductRowMaker(body: body, columnCount: columnCount)
        var group: GroupRow?
        var pending: [RowBlock] = []
        for (reader, cut) in zip(readers, cuts) {
            let block = reader.block
            guard !block.isHeading else {
                pending.append(block)
                continue
            }
            if let heading = pending.popLast() { group = maker.groupRow(heading) }
            for stray in pending { maker.strayText(stray) }
            pending = []
            let reading = reader.best(placement.order)
            if showsTightRows(reader, reading, rowsPartedByGaps: rowsPartedByGaps) { readsTightRows = true }
            let carried = maker.carriedClosings(reading.rows)
            let why = reason(reading, cut: cut)
            for (index, row) in reading.rows.enumerated() {
                let warningsBefore = maker.warnings.count
                products.append(maker.product(row, group: group, borrowed: carried.filter { $0.row == index }.map(\.word),
                                              lent: Set(carried.filter { $0.row + 1 == index }.map(\.word)), why: why))
                if maker.warnings.count > warningsBefore { doubtfulRows += 1 }
            }
            bottom = max(bottom, block.lines.map { page.lines[$0].box.maxY }.max()!)
        }
        // Blocks without amounts after the last product are not part of the table: left free.
        verdicts = maker.verdicts
        warnings = maker.warnings
        strayLines = maker.strayLines
    }

    /// The blocks cut where the pitch widens and where the page draws a rule, each with what
    /// parted it from the lines above.
    private mutating func cutBlocks(_ blocks: [[Int]]) -> (blocks: [RowBlock], cuts: [Cut]) {
        let spacing = RowSpacing(settings: settings, zones: body.zones, page: page)
        let ruled = rules.map { RuledRows(rules: $0, page: page, nameColumn: body.zones.nameColumn, settings: settings) }
        let pairs = blocks.map(spacing.pitches)
        let tightest = spacing.tablePitch(pairs)
        // A pitch widened down to a marked line parts rows or only holds the marker (it is
        // never cut, so a block shows it as its pieces do): the rules and bands of the page tell.
        if pairs.contains(where: { spacing.hidesBreak($0, table: tightest) }) { readsTightRows = true }
        var result: [RowBlock] = [], cuts: [Cut] = []
        for (block, pair) in zip(blocks, pairs) {
            for (p, piece) in spacing.split(block, pair, table: tightest).enumerated() {
                for (r, lines) in (ruled?.split(piece) ?? [piece]).enumerated() {
                    result.append(RowBlock(lines: lines, body: body))
                    cuts.append(r > 0 ? .rule : p > 0 ? .pitch : .gapOrWeight)
                }
            }
        }
        return (result, cuts)
    }

    /// A block whose rows rest on how its lines stand (see `readsTightRows`); also a block whose
    /// rows are flawed under the table's placement (a name line after a remark, with no row
    /// below it to go to, read under another placement): the page's rules may explain them.
    private func showsTightRows(_ reader: BlockReader, _ reading: BlockReader.Reading, rowsPartedByGaps: Bool) -> Bool {
        let order = placement.order
        let flawed = reading.placement == order[0] ? reading.hardFlaws > 0
            : reader.finder.hardFlaws(of: reading.rows, placement: order[0]) > 0
        let block = reader.block
        let oneRow = Row(cellLines: block.amountLines, lines: block.lines)
        return block.amountLines.count > 1 || flawed || (!rowsPartedByGaps && !reader.finder.fits(oneRow, .firstLine))
    }

    /// The rule that put a block's lines into its rows, for `--explain`.
    private func reason(_ reading: BlockReader.Reading, cut: Cut) -> LineVerdict.Reason {
        if reading.rows.count > 1 {
            let whose = forcedPlacement != nil ? "the sheet's" : otherTablesFlaws.isEmpty ? "the table's" : "the page's"
            let shown = reading.placement == placement.order[0] ? " (\(whose) placement)" : " (fewer flaws than \(whose) placement)"
            let hard = reading.flaws.filter(\.isHard)
            let flaws = hard.isEmpty ? "" : "; flaws: " + hard.map(\.description).joined(separator: ", ")
            return LineVerdict.Reason(rule: forcedPlacement != nil || !otherTablesFlaws.isEmpty ? .sheetPlacement : .amountPlacement,
                                      detail: "\(reading.rows.count) rows, amounts \(reading.placement.phrase)\(shown)\(flaws)")
        }
        switch cut {
        case .gapOrWeight: return LineVerdict.Reason(rule: .rowBlocks, detail: "one row: its lines stand together")
        case .pitch: return LineVerdict.Reason(rule: .rowPitch, detail: "a wider line pitch parts it from the row above")
        case .rule: return LineVerdict.Reason(rule: .ruledRows, detail: "a rule on the page parts it from the row above")
        }
    }
}

extension AmountPlacement {
    /// How the placement reads in a sentence.
    var phrase: String {
        switch self {
        case .firstLine: "on the first name line"
        case .lastLine: "on the last name line"
        case .between: "centred on the row"
        }
    }
}

extension TablePlacement {
    /// Before a table is read: the default order, no flaws.
    static let none = TablePlacement(order: [.firstLine, .lastLine, .between], flaws: [:], isAmbiguous: false)
}
