import Catalogue
import Geometry
import Layout

/// A table's column header: its lines and the cells its labels form.
struct HeaderBlock {
    var lines: [Int]
    /// The first line is an upper level standing apart over the labels (`isSpannerLine`).
    var hasUpperLevel = false
    /// Label cells left to right; each holds the words of one column's label.
    var cells: [HeaderCell]
    /// The bands between each spanning label and the labels under it, across the header: a
    /// rule drawn there says which columns the label spans (`spannerRules`).
    var spannerGaps: [Rect] = []
}

/// One column's header label, possibly wrapped over several lines, and the label spanning it
/// and its neighbours on a level above ("Maandprijs" over "12 maanden" and "24 maanden").
struct HeaderCell {
    var box: Rect
    /// Word lines of the label, top to bottom.
    let lines: [[Word]]
    /// The label spanning this column and its neighbours, nil for none.
    let spanner: Spanner?
    /// The column's header path: the spanner's text, then the label's lines joined.
    let text: String
    /// The price label the vocabulary gives the text without its term, else the spanner's.
    /// Text and label are worked out once: the detector, the table reader and the caption all ask.
    let label: PriceLabel?
    /// The contract term the label or its spanner states, in months.
    let termMonths: Int?
    /// A label known to the vocabulary, or a word typical of price headers.
    let looksLikeHeader: Bool

    /// A label over two or more columns: its words and what the vocabulary reads in them.
    struct Spanner {
        var words: [Word]
        var text: String
        var label: PriceLabel?
        var termMonths: Int?
        var looksLikeHeader: Bool
    }

    init(box: Rect, lines: [[Word]], spanner: Spanner? = nil, vocabulary: Vocabulary, joiner: TextJoiner) {
        self.box = box
        self.lines = lines
        self.spanner = spanner
        let own = joiner.join(lines.map { $0.joinedText })
        text = spanner.map { $0.text + " " + own } ?? own
        let term = vocabulary.term(in: own)
        let reading = vocabulary.reading(term.rest)
        label = reading.label ?? spanner?.label
        termMonths = term.months ?? spanner?.termMonths
        looksLikeHeader = reading.looksLikeHeader || term.months != nil || spanner?.looksLikeHeader == true
    }

    var markers: [String] { ((spanner.map { [$0.words] } ?? []) + lines).flatMap { $0.flatMap { $0.markers.map(\.label) } } }
}

extension HeaderCell.Spanner {
    init(words: [Word], vocabulary: Vocabulary, joiner: TextJoiner) {
        self.words = words
        text = words.joinedText
        let term = vocabulary.term(in: text)
        let reading = vocabulary.reading(term.rest)
        label = reading.label
        termMonths = term.months
        looksLikeHeader = reading.looksLikeHeader
    }
}

/// Finds header rows by their labels: an amount-free line with two or more short cells, grown
/// up and down over the label lines that wrap with it, kept when one of the joined labels
/// reads as a price header.
struct HeaderDetector {
    let settings: ParserSettings
    let vocabulary: Vocabulary
    /// The short rules the page draws in its headers' `spannerGaps`, once asked for.
    let rules: [HorizontalRule]
    private let footnotes: FootnoteDetector

    init(settings: ParserSettings, vocabulary: Vocabulary, rules: [HorizontalRule] = []) {
        self.settings = settings
        self.vocabulary = vocabulary
        self.rules = rules
        footnotes = FootnoteDetector(settings: settings, joiner: TextJoiner(vocabulary: vocabulary))
    }

    func headers(in page: PageLines) -> [HeaderBlock] {
        var blocks: [HeaderBlock] = []
        var used = Array(repeating: false, count: page.lines.count)
        // Every seed of a block that is no header grows the same block again: its cells are
        // judged once (a page of short amount-free lines grows long blocks from each line).
        var rejected = Set<GrownBlock>()
        for i in page.lines.indices where !used[i] && isSeed(i, page) {
            let (lines, upper) = grow(from: i, page, skipping: used)
            let key = GrownBlock(lines: lines, upperLevel: upper)
            guard !rejected.contains(key) else { continue }
            var block = HeaderBlock(lines: lines, hasUpperLevel: upper, cells: cells(of: lines, upperLevel: upper, page))
            // Judged on the joined labels: "Start-" over "tarief" reads as a header only whole.
            guard block.cells.dropFirst().contains(where: \.looksLikeHeader) else {
                rejected.insert(key)
                continue
            }
            block.spannerGaps = spannerGaps(of: block, page)
            for line in lines { used[line] = true }
            blocks.append(block)
        }
        // A one-column table under an empty name header has a single label: sought among the
        // lines left, so a two-level header's upper line is never taken for one.
        // Where it stands is checked first: it is cheap, and rules out every name line of a table.
        for i in page.lines.indices where !used[i] && isLoneLabelSeed(i, page) && standsOverAmounts(page.lines[i].box, after: i, page) {
            let (lines, upper) = grow(from: i, page, skipping: used)
            guard !lines.contains(where: { used[$0] }) else { continue }
            let block = HeaderBlock(lines: lines, hasUpperLevel: upper, cells: cells(of: lines, upperLevel: upper, page))
            guard block.cells.count == 1, block.cells[0].label != nil,
                  standsOverAmounts(block.cells[0].box, after: lines.last!, page) else { continue }
            for line in lines { used[line] = true }
            blocks.append(block)
        }
        return blocks.sorted { $0.lines[0] < $1.lines[0] }
    }

    /// A price-free line of one short cell, not a footnote nor a sentence ("Minimale
    /// contractduur is twaalf maanden."): perhaps a lone column's label.
    private func isLoneLabelSeed(_ i: Int, _ page: PageLines) -> Bool {
        guard isAvailable(i, page), !page.hasPrice(i), !startsFootnote(i, page) else { return false }
        let line = page.lines[i]
        let cells = labelSegments(line)
        return cells.count == 1 && cells[0].count <= settings.headerLabelMaxWords
            && !(line.words.last.map { Self.endsSentence($0.text) } ?? false)
    }

    /// A word closing a sentence: a full stop after a word, not an abbreviation's ("p.m.").
    static func endsSentence(_ word: String) -> Bool {
        word.hasSuffix(".") && !word.dropLast().contains(".") && word.count > 2
    }

    /// A lone label standing over the first prices below it (within `loneLabelRowReach`
    /// lines: a group row and a wrapped name may come first), right of a name. A price is an
    /// amount or a cell word in an amount's place ("Gratis"): a continued table's page may
    /// start with one.
    private func standsOverAmounts(_ label: Rect, after last: Int, _ page: PageLines) -> Bool {
        let size = page.lines[last].fontSize
        let reach = (last + 1)..<min(page.lines.count, last + 1 + settings.loneLabelRowReach)
        guard let row = reach.first(where: page.hasPrice),
              Self.largestWord(page.lines[last]) * settings.headerSizeSpread >= Self.largestWord(page.lines[row])
        else { return false }
        // The name may stand on lines of its own beside the amount (set off its middle).
        return (reach.lowerBound...row).contains { page.lines[$0].box.minX < label.minX - settings.leftEdgeRatio * size }
            && page.tokens[row].contains { $0.isPrice && $0.box.horizontalOverlap(label) > 0 }
    }

    /// The lines a seed grew into, and whether the first is an upper level.
    private struct GrownBlock: Hashable {
        var lines: [Int]
        var upperLevel: Bool
    }

    /// A price-free line (a row may show "Gratis" alone) of two or more short cells, not a
    /// footnote: a header's shape.
    private func isSeed(_ i: Int, _ page: PageLines) -> Bool {
        guard isAvailable(i, page), !page.hasPrice(i), !startsFootnote(i, page) else { return false }
        let line = page.lines[i]
        let cells = labelSegments(line)
        // A caption and its note ("Bedragen in €") are two cells that are no header.
        return cells.count >= 2 && cells.allSatisfy { $0.count <= settings.headerLabelMaxWords }
            && !cells.dropFirst().contains { vocabulary.isCaptionNote(line.text(of: $0)) }
    }

    /// Free, or taken for running text: a continued table's header repeats at the same place on
    /// every page it spans, exactly like a running header, and a header it is.
    private func isAvailable(_ i: Int, _ page: PageLines) -> Bool {
        page.isFree(i) || page.role(i) == .runningText
    }

    private func startsFootnote(_ i: Int, _ page: PageLines) -> Bool {
        footnotes.marker(starting: page.lines[i]) != nil
    }

    /// The line's label cells as word ranges.
    private func labelSegments(_ line: Line) -> [Range<Int>] {
        line.segmentRanges(gapRatio: settings.headerSegmentGapRatio)
    }

    /// The seed plus the wrapped label lines touching it above and below, never a line of a
    /// header already found (a tight first row under a header would otherwise grow into it).
    private func grow(from seed: Int, _ page: PageLines, skipping used: [Bool]) -> (lines: [Int], upperLevel: Bool) {
        var lines = [seed]
        var upperLevel = false
        var up = seed - 1
        while up >= 0, !used[up] {
            // A line set apart above the labels that spans them is the header's upper level.
            if isSpannerLine(up, over: lines, page) {
                lines.insert(up, at: 0)
                upperLevel = true
                break
            }
            guard belongs(up, below: lines.first!, to: lines, page) else { break }
            lines.insert(up, at: 0)
            up -= 1
        }
        var down = seed + 1
        while down < page.lines.count, !used[down], belongs(down, after: lines.last!, to: lines, page) {
            lines.append(down)
            down += 1
        }
        return (lines, upperLevel)
    }

    /// A line above the header whose every label spans two or more of the header's cells: the
    /// upper level of a two-level header, which may stand further off (a rule between the levels).
    private func isSpannerLine(_ i: Int, over block: [Int], _ page: PageLines) -> Bool {
        guard standsAsUpperLevel(i, over: block, page) else { return false }
        let line = page.lines[i]
        let left = namesEdge(block, page)
        let below = Self.merged(block.flatMap { b in
            labelSegments(page.lines[b]).map { Segment(words: Array(page.lines[b].words[$0]), box: page.lines[b].box(of: $0), level: 1) }
        })
        // Never over the name column's label: a line reaching over it is prose running on above the table.
        let nameLabels = below.filter { $0.box.minX <= left + settings.leftEdgeRatio * line.fontSize }
        return labelSegments(line).allSatisfy { range in
            let box = line.box(of: range)
            return !nameLabels.contains { $0.box.horizontalOverlap(box) > 0 }
                && spannedCells(Segment(words: Array(line.words[range]), box: box, level: 0), below, apart: true) != nil
        }
    }

    /// Line `i` stands where a two-level header's upper level does over `block`: set apart
    /// above it, but not far, label-shaped, and never from the table's left edge (that is
    /// prose or a caption).
    private func standsAsUpperLevel(_ i: Int, over block: [Int], _ page: PageLines) -> Bool {
        let size = page.lines[block[0]].fontSize
        let gap = page.gap(i, block[0])
        guard gap >= settings.spannerApartRatio * size, gap <= settings.spannerLineGapRatio * size,
              hasLabelShape(i, block, page) else { return false }
        let line = page.lines[i]
        return line.box.minX > namesEdge(block, page) + settings.leftEdgeRatio * line.fontSize
    }

    /// Where the table's names start: the header's left edge, or the first line under it (the
    /// names under an empty name header may start left of every label).
    private func namesEdge(_ block: [Int], _ page: PageLines) -> Double {
        let next = block.last! + 1
        return (block + (next < page.lines.count ? [next] : [])).map { page.lines[$0].box.minX }.min()!
    }

    /// The band under each distinct spanning label of `block`, down to the labels below it,
    /// across the header and a letter beyond; for a header without an upper level, the band
    /// under a line above that stands like one (its rule may show it spans after all).
    private func spannerGaps(of block: HeaderBlock, _ page: PageLines) -> [Rect] {
        var lines = block.lines.map { page.lines[$0] }
        var bottoms = Set(block.cells.compactMap { $0.spanner.map { $0.words.map(\.box.maxY).max()! } })
        if !block.hasUpperLevel, let above = block.lines.first.map({ $0 - 1 }), above >= 0,
           standsAsUpperLevel(above, over: block.lines, page) {
            lines.insert(page.lines[above], at: 0)
            bottoms.insert(page.lines[above].box.maxY)
        }
        let size = lines.map(\.fontSize).max() ?? 0
        let slack = settings.spannerRuleBandSlackRatio * size
        let left = lines.map(\.box.minX).min()! - size, right = lines.map(\.box.maxX).max()! + size
        return bottoms.sorted().compactMap { top in
            guard let next = lines.map(\.box.minY).filter({ $0 > top }).min() else { return nil }
            return Rect(minX: left, minY: top - slack, maxX: right, maxY: next + slack)
        }
    }

    private func belongs(_ i: Int, below next: Int, to block: [Int], _ page: PageLines) -> Bool {
        page.gap(i, next) <= settings.headerLineGapRatio * page.lines[next].fontSize && isLabelLine(i, block, page)
    }

    private func belongs(_ i: Int, after previous: Int, to block: [Int], _ page: PageLines) -> Bool {
        page.gap(previous, i) <= settings.headerLineGapRatio * page.lines[previous].fontSize
            && isLabelLine(i, block, page)
    }

    /// Amount-free, free, of the header's size, with short cells, and not a line standing alone
    /// at the table's left edge (that is a group row or the first product name).
    private func isLabelLine(_ i: Int, _ block: [Int], _ page: PageLines) -> Bool {
        guard hasLabelShape(i, block, page) else { return false }
        let line = page.lines[i]
        let cells = labelSegments(line)
        let left = block.map { page.lines[$0].box.minX }.min()!
        let atLeft = line.box.minX <= left + settings.leftEdgeRatio * line.fontSize
        let aloneAtLeft = cells.count == 1 && atLeft
        // A line at the left edge in another weight than the header is the first product's
        // name, its label-like pieces ("Zakelijk Keuzemenu¹ (alleen") notwithstanding.
        let otherWeight = atLeft && block.allSatisfy { page.lines[$0].isBold != line.isBold }
        return !aloneAtLeft && !otherWeight
    }

    /// Price-free (no amount, no "Gratis" or "op aanvraag" standing as a cell: that line is a
    /// row), free, of the header's size, with short cells, and no wrapped end of a cell of the
    /// line above ("gebruiker)" under "€ 97,00 (per"): that is the row's, however close the
    /// next table's header stands under it.
    private func hasLabelShape(_ i: Int, _ block: [Int], _ page: PageLines) -> Bool {
        let line = page.lines[i]
        guard isAvailable(i, page), !page.hasPrice(i), !startsFootnote(i, page),
              i == 0 || !page.endsWrappedCell(line, under: [i - 1], gapRatio: settings.cellGapRatio) else { return false }
        // Compared by the largest word: a caption line is mostly its plain note, but its title is larger.
        let size = block.map { Self.largestWord(page.lines[$0]) }.max()!
        let largest = Self.largestWord(line)
        guard largest <= size * settings.headerSizeSpread, largest * settings.headerSizeSpread >= size else { return false }
        return labelSegments(line).allSatisfy { $0.count <= settings.headerLabelMaxWords }
    }

    /// The largest font size among the line's words (0 for none).
    static func largestWord(_ line: Line) -> Double {
        line.words.map(\.fontSize).max() ?? 0
    }

    /// A label segment of a header line: its words, box, and the line's place in the header.
    private struct Segment {
        var words: [Word]
        var box: Rect
        var level: Int
    }

    /// Label segments of all header lines, merged into cells where they overlap horizontally;
    /// a segment spanning two or more cells of the lines below it is their spanner instead.
    /// The upper level (`upperLevel`: the first line, standing apart) holds spanners only.
    private func cells(of lines: [Int], upperLevel: Bool, _ page: PageLines) -> [HeaderCell] {
        var segments = lines.enumerated().flatMap { level, i in
            let line = page.lines[i]
            return labelSegments(line).map { Segment(words: Array(line.words[$0]), box: line.box(of: $0), level: level) }
        }
        var spanners: [(segment: Segment, over: [Rect])] = []
        for level in 0..<(lines.count - 1) {
            let below = Self.merged(segments.filter { $0.level > level })
            for candidate in segments where candidate.level == level {
                guard let covered = spannedCells(candidate, below, apart: upperLevel && level == 0) else { continue }
                spanners.append((candidate, covered.map { below[$0].box }))
            }
            segments.removeAll { segment in spanners.contains { $0.segment.box == segment.box && $0.segment.level == segment.level } }
        }
        return Self.merged(segments).map { cell in
            // The lowest spanner over the cell.
            let spanner = spanners.last { $0.over.contains { $0.horizontalOverlap(cell.box) > 0 } }?.segment
            return HeaderCell(box: cell.box, lines: cell.lines.sorted { ($0[0].box.minY, $0[0].box.minX) < ($1[0].box.minY, $1[0].box.minX) },
                              spanner: spanner.map { HeaderCell.Spanner(words: $0.words, vocabulary: vocabulary, joiner: footnotes.joiner) },
                              vocabulary: vocabulary, joiner: footnotes.joiner)
        }
    }

    /// Segments merged into cells where they overlap horizontally, left to right.
    private static func merged(_ segments: [Segment]) -> [(box: Rect, lines: [[Word]])] {
        var cells: [(box: Rect, lines: [[Word]])] = []
        for segment in segments.sorted(by: { $0.box.minX < $1.box.minX }) {
            if let last = cells.indices.last, cells[last].box.horizontalOverlap(segment.box) > 0 {
                cells[last].box = cells[last].box.union(segment.box)
                cells[last].lines.append(segment.words)
            } else {
                cells.append((segment.box, [segment.words]))
            }
        }
        return cells
    }

    /// The cells `below` that `segment` is the spanning label of, nil when it spans none: it
    /// overlaps two or more of them each by a good part of their width (`spannerOverlapShare`),
    /// or it is centred over the gap between two neighbours, standing apart above them
    /// (`apart`: the upper level of a two-level header, set off by a wider gap than a wrapped
    /// label's lines) or over two contract terms ("12 maanden", "24 maanden"). A wrapped
    /// label's first line stands over its own second line, never centred between two cells;
    /// a spanner covers those two and any other it overlaps as much.
    private func spannedCells(_ segment: Segment, _ below: [(box: Rect, lines: [[Word]])], apart: Bool) -> [Int]? {
        if let drawn = ruleCover(segment, below) { return drawn }
        var covered = below.indices.filter { below[$0].box.horizontalOverlap(segment.box) >= settings.spannerOverlapShare * below[$0].box.width }
        if covered.count < 2, apart {
            // Set apart, it may stand over its columns without covering their labels: it reaches
            // into each one's zone (halfway to the neighbours) by at least a letter's width.
            let size = segment.words.map(\.fontSize).max() ?? 0
            covered = below.indices.filter { c in
                let start = c > 0 ? (below[c - 1].box.maxX + below[c].box.minX) / 2 : below[c].box.minX
                let end = c + 1 < below.count ? (below[c].box.maxX + below[c + 1].box.minX) / 2 : below[c].box.maxX
                return min(end, segment.box.maxX) - max(start, segment.box.minX) >= settings.spannerZoneReachRatio * size
            }
        }
        if covered.count < 2 {
            guard let gap = below.indices.dropLast().first(where: { below[$0].box.maxX < segment.box.midX
                && segment.box.midX < below[$0 + 1].box.minX }), apart || statesTerms(below[gap]) && statesTerms(below[gap + 1])
            else { return nil }
            covered += [gap, gap + 1]
        }
        return Array(covered.min()!...covered.max()!)
    }

    /// The cells `below` a rule drawn under `segment` spans, when the page draws one and it
    /// spans two or more: each cell whose label stands mostly within the rule's run.
    private func ruleCover(_ segment: Segment, _ below: [(box: Rect, lines: [[Word]])]) -> [Int]? {
        let size = segment.words.map(\.fontSize).max() ?? 0
        let slack = settings.spannerRuleBandSlackRatio * size
        guard let labelsTop = below.map(\.box.minY).filter({ $0 > segment.box.midY }).min(),
              let rule = rules.first(where: { rule in
                  rule.top >= segment.box.maxY - slack && rule.bottom <= labelsTop + slack
                      && rule.minX <= segment.box.midX && segment.box.midX <= rule.maxX
                      && rule.maxX - rule.minX >= settings.spannerRuleMinWidthRatio * size
              }) else { return nil }
        let run = Rect(minX: rule.minX, minY: rule.top, maxX: rule.maxX, maxY: rule.bottom)
        let covered = below.indices.filter { below[$0].box.horizontalOverlap(run) >= settings.spannerRuleCoverShare * below[$0].box.width }
        return covered.count >= 2 ? Array(covered.min()!...covered.max()!) : nil
    }

    private func statesTerms(_ cell: (box: Rect, lines: [[Word]])) -> Bool {
        vocabulary.term(in: cell.lines.map(\.joinedText).joined(separator: " ")).months != nil
    }
}
