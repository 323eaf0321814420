import Geometry

/// Groups glyphs into lines by baseline, lines into words by gaps, and hangs each marker on
/// the word its host glyph ended up in.
struct LineBuilder {
    var settings: LayoutSettings

    func lines(_ clean: CleanGlyphs, markers: [MarkerRun]) -> [Line] {
        let glyphs = clean.glyphs
        var isMarker = [Bool](repeating: false, count: glyphs.count)
        for run in markers { for glyph in run.glyphs { isMarker[glyph] = true } }
        let boxes = glyphs.map(\.box)
        var (order, clusters) = baselineClusters(clean.streamOrder.filter { !isMarker[$0] }, glyphs, boxes)
        var location = [(line: Int, word: Int)?](repeating: nil, count: glyphs.count)
        var fonts = FontStyles()
        var text: [UInt8] = []
        var lines: [[Word]] = []
        lines.reserveCapacity(clusters.count + markers.count)
        for (lineIndex, cluster) in clusters.enumerated() {
            // Index order is left-edge order (GlyphCleaner sorted the glyphs so).
            order[cluster].sort()
            let built = words(order[cluster], glyphs, &fonts, &text)
            for (wordIndex, members) in built.members.enumerated() {
                for glyph in order[members] { location[glyph] = (lineIndex, wordIndex) }
            }
            lines.append(built.words)
        }
        attach(markers, glyphs: glyphs, location: location, to: &lines)
        return lines.filter { !$0.isEmpty }
            .map { Line(words: $0.sorted { $0.box.minX < $1.box.minX }) }
            .sorted { ($0.box.maxY, $0.box.minX) < ($1.box.maxY, $1.box.minX) }
    }

    /// Glyph indices ordered by baseline (box bottom), top to bottom, and the ranges of that
    /// order that share one baseline: one flat array, not an array per line.
    private func baselineClusters(_ members: [Int], _ glyphs: [Glyph], _ boxes: [Rect]) -> (order: [Int], clusters: [Range<Int>]) {
        // Glyph indices are in left-edge order (GlyphCleaner), so ties in bottom fall back to
        // the left edge.
        let sorted = CoordinateOrder.indices(members, by: boxes.map(\.maxY))
        var clusters: [Range<Int>] = []
        var start = 0
        var reference = (bottom: -Double.infinity, size: 0.0)
        for (position, i) in sorted.enumerated() {
            let bottom = boxes[i].maxY
            let size = glyphs[i].fontSize
            let tolerance = settings.baselineToleranceRatio * max(size, reference.size)
            if bottom - reference.bottom <= tolerance, position > 0 { continue }
            if position > 0 { clusters.append(start..<position) }
            start = position
            reference = (bottom, size)
        }
        if !sorted.isEmpty { clusters.append(start..<sorted.count) }
        return (sorted, clusters)
    }

    /// Words of one line, left to right, each with the range of `members` it was built from.
    /// `text` is a buffer the words' characters are gathered in, reused from word to word.
    private func words(_ members: ArraySlice<Int>, _ glyphs: [Glyph], _ fonts: inout FontStyles,
                       _ text: inout [UInt8]) -> (words: [Word], members: [Range<Int>]) {
        // Room for a line's words at once: growing an array word by word reallocates it.
        var words: [Word] = []
        var ranges: [Range<Int>] = []
        words.reserveCapacity(Self.wordsPerLine)
        ranges.reserveCapacity(Self.wordsPerLine)
        var start = members.startIndex
        for position in members.indices.dropFirst() where breaksWord(members[position], after: members[position - 1], glyphs) {
            words.append(makeWord(members[start..<position], glyphs, &fonts, &text))
            ranges.append(start..<position)
            start = position
        }
        if !members.isEmpty {
            words.append(makeWord(members[start...], glyphs, &fonts, &text))
            ranges.append(start..<members.endIndex)
        }
        return (words, ranges)
    }

    /// Words a line holds at most, nearly always.
    private static let wordsPerLine = 16

    /// Glyphs passed by index: only the fields asked are read.
    private func breaksWord(_ glyph: Int, after previous: Int, _ glyphs: [Glyph]) -> Bool {
        let gap = glyphs[glyph].box.minX - glyphs[previous].box.maxX
        let size = max(glyphs[glyph].fontSize, glyphs[previous].fontSize)
        return gap > settings.wordGapRatio * size || (glyphs[glyph].spaceBefore && gap > 0.05 * size)
    }

    private func makeWord(_ members: ArraySlice<Int>, _ glyphs: [Glyph], _ fonts: inout FontStyles,
                          _ text: inout [UInt8]) -> Word {
        let style = fonts.style(of: Self.dominantFont(members, glyphs))
        text.removeAll(keepingCapacity: true)
        var box = glyphs[members.first!].box
        var size = 0.0
        for i in members {
            // The glyphs' UTF-8 gathered in one buffer: joining Strings one by one reallocates
            // as soon as a word outgrows the 15 bytes a String holds inline.
            glyphs[i].appendUTF8(to: &text)
            box = box.union(glyphs[i].box)
            size = max(size, glyphs[i].fontSize)
        }
        return Word(text: String(decoding: text, as: UTF8.self), box: box, fontName: style.name, fontSize: size,
                    isBold: style.bold, isItalic: style.italic)
    }

    /// The font of most glyphs (ties: the name first in order); nearly every word has one font.
    private static func dominantFont(_ members: ArraySlice<Int>, _ glyphs: [Glyph]) -> InternedString {
        let first = glyphs[members.first!].font
        guard members.contains(where: { glyphs[$0].font != first }) else { return first }
        var counts: [String: (font: InternedString, count: Int)] = [:]
        for i in members { counts[glyphs[i].fontName, default: (glyphs[i].font, 0)].count += 1 }
        return counts.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }!.value.font
    }

    private func attach(_ markers: [MarkerRun], glyphs: [Glyph], location: [(line: Int, word: Int)?],
                        to lines: inout [[Word]]) {
        for run in markers {
            let label = run.glyphs.map { FootnoteMarker.superscriptLabel(of: glyphs[$0]) ?? glyphs[$0].text }.joined()
            let box = run.glyphs.map { glyphs[$0].box }.union()!
            let marker = FootnoteMarker(label: label, box: box)
            if let host = run.host, let at = location[host] ?? nil {
                lines[at.line][at.word].markers.append(marker)
                continue
            }
            let size = run.glyphs.map { glyphs[$0].fontSize }.max()!
            let word = Word(text: label, box: box, fontName: glyphs[run.glyphs[0]].fontName, fontSize: size,
                            isLeadingMarker: true)
            if let lead = run.leads, let at = location[lead] ?? nil {
                lines[at.line].append(word)
            } else {
                lines.append([word])
            }
        }
    }
}

/// Name, bold and italic per font, read once per page (a page uses a handful of fonts).
struct FontStyles {
    typealias Style = (name: String, bold: Bool, italic: Bool)
    private var cache: [InternedString: Style] = [:]
    /// The font asked last: runs of words share one.
    private var last: (font: InternedString, style: Style)?

    mutating func style(of font: InternedString) -> Style {
        if let last, last.font == font { return last.style }
        let style = lookUp(font)
        last = (font, style)
        return style
    }

    private mutating func lookUp(_ font: InternedString) -> Style {
        if let known = cache[font] { return known }
        let name = font.text
        let style = (name, FontTraits.isBold(name), FontTraits.isItalic(name))
        cache[font] = style
        return style
    }
}
