import Geometry

/// Groups glyphs into lines by baseline, lines into words by gaps, and hangs each marker on
/// the word its host glyph ended up in.
struct LineBuilder {
    var settings: ParserSettings

    /// `glyphs`: sorted by left edge (`GlyphCleaner`), so index order is left-to-right order.
    func lines(_ glyphs: [Glyph], markers: [MarkerRun]) -> [Line] {
        let markerGlyphs = Set(markers.flatMap(\.glyphs))
        let text = glyphs.indices.filter { !markerGlyphs.contains($0) }
        var location = [WordLocation?](repeating: nil, count: glyphs.count)
        var fonts = FontStyles()
        var lines: [[Word]] = []
        for (lineIndex, members) in baselineClusters(text, glyphs).enumerated() {
            let words = wordRuns(members.sorted(), glyphs)
            for (wordIndex, run) in words.enumerated() {
                for glyph in run { location[glyph] = WordLocation(line: lineIndex, word: wordIndex) }
            }
            lines.append(words.map { makeWord($0, glyphs, &fonts) })
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
    private func baselineClusters(_ members: [Int], _ glyphs: [Glyph]) -> [[Int]] {
        let bottoms = glyphs.map(\.box.maxY)
        let byBottom = members.sorted { (bottoms[$0], $0) < (bottoms[$1], $1) }
        var clusters: [[Int]] = []
        var reference = (bottom: -Double.infinity, size: 0.0)
        for i in byBottom {
            let glyph = glyphs[i]
            let tolerance = settings.baselineToleranceRatio * max(glyph.fontSize, reference.size)
            if !clusters.isEmpty, glyph.box.maxY - reference.bottom <= tolerance {
                clusters[clusters.count - 1].append(i)
            } else {
                clusters.append([i])
                reference = (glyph.box.maxY, glyph.fontSize)
            }
        }
        return clusters
    }

    /// A line's glyphs (left to right) cut into words at word gaps.
    private func wordRuns(_ members: [Int], _ glyphs: [Glyph]) -> [[Int]] {
        var runs: [[Int]] = []
        for i in members {
            if let previous = runs.last?.last, !breaksWord(glyphs[i], after: glyphs[previous]) {
                runs[runs.count - 1].append(i)
            } else {
                runs.append([i])
            }
        }
        return runs
    }

    /// A gap wider than a word gap, or a space in the text stream with some room for it.
    private func breaksWord(_ glyph: Glyph, after previous: Glyph) -> Bool {
        let gap = glyph.box.minX - previous.box.maxX
        let size = max(glyph.fontSize, previous.fontSize)
        return gap > settings.wordGapRatio * size || (glyph.spaceBefore && gap > settings.spaceHintGapRatio * size)
    }

    private func makeWord(_ members: [Int], _ glyphs: [Glyph], _ fonts: inout FontStyles) -> Word {
        let fontName = Self.dominantFont(members.map { glyphs[$0].fontName })
        return Word(text: members.map { glyphs[$0].text }.joined(), box: members.map { glyphs[$0].box }.union()!,
                    fontName: fontName, fontSize: members.map { glyphs[$0].fontSize }.max()!,
                    style: fonts.style(of: fontName))
    }

    /// The font of most glyphs; of fonts used equally often, the first in alphabetical order.
    private static func dominantFont(_ names: [String]) -> String {
        // Nearly every word is set in one font.
        if names.allSatisfy({ $0 == names[0] }) { return names[0] }
        let counts = Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
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
