import Geometry

/// Groups glyphs into lines by baseline, lines into words by gaps, and hangs each marker on
/// the word its host glyph ended up in.
struct LineBuilder {
    var settings: ParserSettings

    /// Glyph index order is left-to-right order (`GlyphCleaner`).
    func lines(_ clean: CleanGlyphs, markers: [MarkerRun]) -> [Line] {
        let glyphs = clean.glyphs
        var isMarker = [Bool](repeating: false, count: glyphs.count)
        for glyph in markers.flatMap(\.glyphs) { isMarker[glyph] = true }
        let text = clean.streamOrder.filter { !isMarker[$0] }
        var location = [WordLocation?](repeating: nil, count: glyphs.count)
        var fonts = FontStyles()
        var lines: [[Word]] = []
        for (lineIndex, members) in baselineClusters(text, glyphs).enumerated() {
            let ordered = members.sorted()
            let runs = wordRuns(ordered, glyphs)
            for (wordIndex, run) in runs.enumerated() {
                for glyph in ordered[run] { location[glyph] = WordLocation(line: lineIndex, word: wordIndex) }
            }
            lines.append(runs.map { makeWord(ordered[$0], glyphs, &fonts) })
        }
        attach(markers, glyphs: glyphs, location: location, fonts: &fonts, to: &lines)
        return lines.filter { !$0.isEmpty }
            .map { Line(words: $0.sorted { $0.box.minX < $1.box.minX }) }
            .sorted { ($0.box.maxY, $0.box.minX) < ($1.box.maxY, $1.box.minX) }
    }

    /// Where a glyph's word stands: its line and its place on the line.
    private struct WordLocation {
        var line: Int
        var word: Int
    }

    /// Glyph indices grouped by baseline (box bottom), top to bottom: a glyph joins the line
    /// above when its bottom is within the baseline tolerance of that line's first bottom.
    /// `members` come in the text stream's order, nearly the order by bottom.
    private func baselineClusters(_ members: [Int], _ glyphs: [Glyph]) -> [[Int]] {
        let byBottom = SortKey.order(members) { glyphs[$0].box.maxY }
        var clusters: [[Int]] = []
        var reference = (bottom: -Double.infinity, size: 0.0)
        for i in byBottom {
            let bottom = glyphs[i].box.maxY, size = glyphs[i].fontSize
            let tolerance = settings.baselineToleranceRatio * max(size, reference.size)
            if !clusters.isEmpty, bottom - reference.bottom <= tolerance {
                clusters[clusters.count - 1].append(i)
            } else {
                clusters.append([i])
                reference = (bottom, size)
            }
        }
        return clusters
    }

    /// A line's glyphs (left to right) cut into words at word gaps: ranges of `members`.
    private func wordRuns(_ members: [Int], _ glyphs: [Glyph]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for position in members.indices.dropFirst() where breaksWord(members[position], after: members[position - 1], glyphs) {
            runs.append(start..<position)
            start = position
        }
        if !members.isEmpty { runs.append(start..<members.count) }
        return runs
    }

    /// A gap wider than a word gap, or a space in the text stream with some room for it.
    /// Glyphs passed by index: a glyph copied out of the array costs its strings' reference counts.
    private func breaksWord(_ glyph: Int, after previous: Int, _ glyphs: [Glyph]) -> Bool {
        let gap = glyphs[glyph].box.minX - glyphs[previous].box.maxX
        let size = max(glyphs[glyph].fontSize, glyphs[previous].fontSize)
        return gap > settings.wordGapRatio * size || (glyphs[glyph].spaceBefore && gap > settings.spaceHintGapRatio * size)
    }

    private func makeWord(_ members: ArraySlice<Int>, _ glyphs: [Glyph], _ fonts: inout FontStyles) -> Word {
        let stars = Self.trailingStars(members, glyphs)
        let own = members.dropLast(stars.count)
        var text = "", box = glyphs[own.first!].box, size = 0.0
        for i in own {
            text += glyphs[i].text
            box = box.union(glyphs[i].box)
            size = max(size, glyphs[i].fontSize)
        }
        let fontName = Self.dominantFont(own, glyphs)
        let markers = stars.isEmpty ? [] : [FootnoteMarker(label: String(repeating: "*", count: stars.count),
                                                           box: stars.map { glyphs[$0].box }.union()!)]
        return Word(text: text, box: box, fontName: fontName, fontSize: size, markers: markers, style: fonts.style(of: fontName))
    }

    /// The "*" glyphs ending a word that has other text before them ("5 GB*", "Onbeperkt**",
    /// "(excl. Nederland)*"): star markers are printed on the baseline, in the word's own size,
    /// so only their place tells them from text. A word of stars alone is left as it is (a
    /// footnote's "**").
    private static func trailingStars(_ members: ArraySlice<Int>, _ glyphs: [Glyph]) -> ArraySlice<Int> {
        let stars = members.reversed().prefix { glyphs[$0].scalar == "*" }
        guard !stars.isEmpty, stars.count < members.count else { return [] }
        return members.suffix(stars.count)
    }

    /// The font of most glyphs; of fonts used equally often, the first in alphabetical order.
    private static func dominantFont(_ members: ArraySlice<Int>, _ glyphs: [Glyph]) -> String {
        let first = glyphs[members.first!].fontName
        // Nearly every word is set in one font.
        if members.allSatisfy({ glyphs[$0].fontName == first }) { return first }
        let counts = Dictionary(members.map { (glyphs[$0].fontName, 1) }, uniquingKeysWith: +)
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
    }

    private func attach(_ markers: [MarkerRun], glyphs: [Glyph], location: [WordLocation?],
                        fonts: inout FontStyles, to lines: inout [[Word]]) {
        for run in markers {
            let label = run.glyphs.map { FootnoteMarker.superscriptLabel(of: glyphs[$0]) ?? glyphs[$0].text }.joined()
            let box = run.glyphs.map { glyphs[$0].box }.union()!
            let marker = FootnoteMarker(label: label, box: box)
            if let host = run.host, let at = location[host] {
                lines[at.line][at.word].markers.append(marker)
                continue
            }
            let fontName = glyphs[run.glyphs[0]].fontName
            let word = Word(text: label, box: box, fontName: fontName, fontSize: run.glyphs.map { glyphs[$0].fontSize }.max()!,
                            isLeadingMarker: true, style: fonts.style(of: fontName))
            if let lead = run.leads, let at = location[lead] {
                lines[at.line].append(word)
            } else {
                lines.append([word])
            }
        }
    }
}
