import Catalogue
import Geometry
import Layout

/// What the row rules ask of one line of a table's body, worked out once: where its words and
/// amounts stand, its name text, and the annotations it opens or closes.
struct BodyLine {
    /// The price column of each word and amount (see `CellColumns`).
    var cells: CellColumns
    /// The words in the name column, leading markers included.
    var nameWords: [Word]
    /// The name text in lower case without leading markers: what the row rules compare.
    var nameKey: String
    /// The name words as a line of their own (size and style); nil without any.
    var nameLine: Line?
    /// Where the name ends and how its first word starts (see `FlawFinder.earlyBreaks`); nil
    /// without name words.
    var nameEnds: NameEnds?
    /// The name text runs on into the next line: it ends at a hyphen or leaves "(" open.
    var runsOn: Bool
    /// The name text opens a requirement annotation ("(alleen bij …").
    var opensRequirement: Bool
    /// Price columns where the line opens "(" without closing it, and where it closes a ")"
    /// it did not open.
    var opensAnnotation: Set<Int>
    var closesAnnotation: Set<Int>

    /// True when the line has an amount (or a cell word in an amount's place) outside the name
    /// column: an amount line of some row.
    var hasAmount: Bool { cells.tokens.contains { $0 != nil } }
    /// The price columns of the line's amounts.
    var amountColumns: Set<Int> { Set(cells.tokens.compactMap { $0 }) }
    var hasName: Bool { !nameWords.isEmpty }

    /// Where a name line ends and how the first word of its name starts.
    struct NameEnds {
        var end: Double
        var opensAnnotation: Bool
        var firstSize: Double
        var firstWidth: Double
    }
}

/// The body lines of one table with their facts, and the questions the row rules ask of them.
/// A class: every block, block reader and flaw finder of the table holds it, and a shared
/// reference costs one count where a copy of the page's lines and the vocabulary costs dozens.
final class TableBody: Sendable {
    let page: PageLines
    let zones: ColumnZones
    let settings: ParserSettings
    let vocabulary: Vocabulary
    private let facts: [Int: BodyLine]
    /// Right edge of the widest name line of the table: names wrap no later than this.
    let widestName: Double
    /// How the annotations that follow a name begin, in lower case: "(alleen bij" and the
    /// other requirement openings, and "(per gebruiker"; a row's name never starts with one.
    let requirementOpenings: [String]
    let annotationOpenings: [String]
    /// What each column's cells are: a column with an amount (or "Gratis", "op aanvraag") in
    /// any row is a price column; one of text alone is an attribute column when its header
    /// has no price label or its cells say something ("5 GB", "Onbeperkt"). A header word is
    /// a hint, the cells are the proof.
    let columnKinds: [TableColumn.Kind]

    init(blocks: [[Int]], page: PageLines, zones: ColumnZones, labels: [PriceLabel?], settings: ParserSettings,
         vocabulary: Vocabulary) {
        self.page = page
        self.zones = zones
        self.settings = settings
        self.vocabulary = vocabulary
        requirementOpenings = vocabulary.requirement.openings.map { "(" + $0.lowercased() }
        annotationOpenings = requirementOpenings + vocabulary.perUserPhrases.map { "(" + $0.lowercased() }
        var facts: [Int: BodyLine] = [:]
        var previous: Int?
        for line in blocks.joined() {
            var cells = CellColumns(line: page.lines[line], tokens: page.tokens[line], zones: zones, gapRatio: settings.cellGapRatio)
            if let previous, previous == line - 1, let above = facts[previous] {
                cells.continueCells(of: above.cells, aboveLine: page.lines[previous], line: page.lines[line])
            }
            facts[line] = Self.facts(of: page.lines[line], cells: cells, zones: zones, requirementOpenings: requirementOpenings)
            previous = line
        }
        self.facts = facts
        widestName = facts.values.flatMap(\.nameWords).map(\.box.maxX).max() ?? 0
        columnKinds = Self.kinds(labels: labels, blocks: blocks, facts: facts, page: page, vocabulary: vocabulary)
    }

    /// Column kinds by the cells of the blocks that hold amounts: text between or after the
    /// rows (a group row, the next table's caption note) says nothing of the columns, and nor
    /// does a word for no price ("-", "n.v.t.") that the tokenizer left as text because it
    /// stands close to a name: under a price label it is an empty price cell.
    private static func kinds(labels: [PriceLabel?], blocks: [[Int]], facts: [Int: BodyLine], page: PageLines,
                              vocabulary: Vocabulary) -> [TableColumn.Kind] {
        var prices = Set<Int>(), texts = Set<Int>()
        for block in blocks where block.contains(where: { facts[$0]!.hasAmount }) {
            for line in block {
                let tokens = page.tokens[line], cells = facts[line]!.cells
                for (token, column) in zip(tokens, cells.tokens) where token.kind != .notApplicable {
                    if let column { prices.insert(column) }
                }
                let words = page.lines[line].words
                for (w, column) in cells.words.enumerated() where !tokens.contains(where: { $0.wordRange.contains(w) }) {
                    if let column, !vocabulary.contains(vocabulary.emptyCellWords, words[w].text) { texts.insert(column) }
                }
            }
        }
        return labels.indices.map { c in
            !prices.contains(c) && (labels[c] == nil || texts.contains(c)) ? .attribute : .price
        }
    }

    /// Whether column `c` holds text, not amounts.
    func isAttribute(_ c: Int) -> Bool { columnKinds[c] == .attribute }

    private static func facts(of line: Line, cells: CellColumns, zones: ColumnZones, requirementOpenings: [String]) -> BodyLine {
        let words = line.words.filter { zones.isName($0.box) }
        let name = words.filter { !$0.isLeadingMarker }
        let key = name.joinedText.lowercased()
        let ends = name.first.map { first in
            BodyLine.NameEnds(end: name.last!.box.maxX, opensAnnotation: first.text.first == "(", firstSize: first.fontSize,
                              firstWidth: first.box.width)
        }
        let columns = zip(line.words, cells.words)
        return BodyLine(
            cells: cells, nameWords: words, nameKey: key, nameLine: words.isEmpty ? nil : Line(words: words), nameEnds: ends,
            runsOn: Self.runsOn(words.joinedText),
            opensRequirement: firstOpening(of: requirementOpenings, in: key) != nil,
            opensAnnotation: Set(columns.compactMap { word, column in Self.opens(word.text) ? column : nil }),
            closesAnnotation: Set(columns.compactMap { word, column in Self.closes(word.text) ? column : nil }))
    }

    subscript(line: Int) -> BodyLine { facts[line]! }

    /// Where the first of `openings` (each beginning with "(") starts in `text`, through its end.
    /// Looked for at each "(" alone: a substring search over every text costs more than the rest
    /// of a line's facts together.
    static func firstOpening(of openings: [String], in text: String) -> Range<String.Index>? {
        let scalars = text.unicodeScalars
        for index in scalars.indices where scalars[index] == "(" {
            if let opening = openings.first(where: { text[index...].hasPrefix($0) }) {
                return index..<text.index(index, offsetBy: opening.count)
            }
        }
        return nil
    }

    // MARK: Lines of text

    /// Name text that runs on: it ends at a hyphen (a soft one too) or leaves a parenthesis open.
    static func runsOn(_ name: String) -> Bool {
        let (open, close) = parentheses(name)
        return name.hasSuffix("-") || name.unicodeScalars.last == TextJoiner.softHyphen || open > close
    }

    /// A word opening "(" and leaving it open ("(per").
    static func opens(_ word: String) -> Bool {
        let (open, close) = parentheses(word)
        return open > 0 && close == 0
    }

    /// A word closing a ")" it did not open ("gebruiker)").
    static func closes(_ word: String) -> Bool {
        let (open, close) = parentheses(word)
        return open == 0 && close > 0 && word.hasSuffix(")")
    }

    /// How many "(" and ")" a text holds.
    static func parentheses(_ text: String) -> (open: Int, close: Int) {
        var open = 0, close = 0
        for scalar in text.unicodeScalars {
            if scalar == "(" { open += 1 } else if scalar == ")" { close += 1 }
        }
        return (open, close)
    }

    // MARK: Geometry of lines

    /// Line `b` stands at most a line's height under line `a`, top to top (`cellLinePitchRatio`):
    /// as far as a cell's wrapped line goes on under the line before it.
    func isCellPitch(_ a: Int, _ b: Int) -> Bool {
        page.lines[b].box.minY - page.lines[a].box.minY <= settings.cellLinePitchRatio * page.lines[a].fontSize
    }

    /// The top of a line's amounts (of the line when it has none): a line's box also holds the
    /// name set on its baseline, which may stand higher or lower than an amount beside it.
    func amountTop(_ line: Int) -> Double {
        page.tokens[line].map(\.box.minY).min() ?? page.lines[line].box.minY
    }

    /// Line `from` leaves "(" open in a price column and line `on` closes it in the same column.
    func closesOpenAnnotation(from: Int, on: Int) -> Bool {
        !self[from].opensAnnotation.isDisjoint(with: self[on].closesAnnotation)
    }

    /// A name line set smaller than the row's names, or in italic among upright names.
    func isRemark(_ line: Line, rowSize: Double, rowItalic: Bool) -> Bool {
        line.fontSize < settings.remarkSizeRatio * rowSize || (line.isItalic && !rowItalic)
    }

    /// Lines of `block` whose name text is a remark (smaller or italic against the block's names).
    func remarkLines(_ block: [Int]) -> Set<Int> {
        let named = block.compactMap { self[$0].nameLine }
        guard let rowSize = named.map(\.fontSize).max() else { return [] }
        let rowItalic = named.allSatisfy(\.isItalic)
        return Set(block.filter { line in self[line].nameLine.map { isRemark($0, rowSize: rowSize, rowItalic: rowItalic) } ?? false })
    }

    /// Top and bottom of a line's words in one price column: a cell's own extent (an amount
    /// set on a name line's baseline may stand higher or lower than the name's box).
    func wordsExtent(_ line: Int, column: Int) -> (top: Double, bottom: Double) {
        let words = zip(page.lines[line].words, self[line].cells.words).compactMap { $1 == column ? $0 : nil }
        return (words.map(\.box.minY).min() ?? page.lines[line].box.minY, words.map(\.box.maxY).max() ?? page.lines[line].box.maxY)
    }
}
