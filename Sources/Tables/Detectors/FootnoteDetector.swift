import Geometry
import Layout

/// Finds footnotes among the lines no table used: a line that starts with a marker (a raised
/// number, or a bare number followed by a wide gap) and the lines that continue it.
struct FootnoteDetector {
    var settings: ParserSettings
    var joiner: TextJoiner

    /// The footnote number a line starts with, nil when it does not start a footnote. A line
    /// with a price (an amount, or "Gratis" standing alone as a cell) is a row whose name
    /// starts with a number ("1" over "nummer¹" ‖ "Gratis"), never a footnote.
    func marker(startingLine i: Int, _ page: PageLines) -> String? {
        page.hasPrice(i) ? nil : marker(starting: page.lines[i])
    }

    /// The footnote number a line starts with, by its shape alone.
    func marker(starting line: Line) -> String? {
        let words = line.words
        guard words.count >= 2 else { return nil }
        if words[0].isLeadingMarker { return words[0].text }
        guard Self.looksLikeNumber(words[0].text) else { return nil }
        // A line opening with a word of stars is a footnote however close its text follows:
        // no name or prose starts with "**".
        if Self.isSymbolMarker(words[0].text) { return words[0].text }
        let gap = words[1].box.minX - words[0].box.maxX
        return gap >= settings.footnoteGapRatio * words[1].fontSize ? words[0].text : nil
    }

    /// Footnotes on the page's free lines, each with its block (footnotes on consecutive lines
    /// form one; anything printed between two starts the next); marks their lines.
    func footnotes(in page: inout PageLines) -> [ParsedFootnote] {
        var result: [ParsedFootnote] = []
        var block = 0, blockEnd = -2
        var i = 0
        while i < page.lines.count {
            guard page.isFree(i), let marker = marker(startingLine: i, page) else {
                i += 1
                continue
            }
            if i != blockEnd + 1 { block += 1 }
            var texts = [page.lines[i].text(of: 1..<page.lines[i].words.count)]
            page.mark(i, .footnote, by: .footnotes, detail: "starts footnote \(marker)")
            var last = i
            while last + 1 < page.lines.count, continues(last + 1, after: last, page) {
                last += 1
                texts.append(page.lines[last].text(of: page.lines[last].words.indices))
                page.mark(last, .footnote, by: .footnotes, detail: "goes on footnote \(marker)")
            }
            var footnote = ParsedFootnote(page: page.number, block: block, marker: marker, text: joiner.join(texts))
            footnote.top = page.lines[i].box.minY
            footnote.box = page.lines[i...last].map(\.box).union()
            result.append(footnote)
            blockEnd = last
            i = last + 1
        }
        return result
    }

    private func continues(_ i: Int, after previous: Int, _ page: PageLines) -> Bool {
        page.isFree(i) && !page.hasMoney(i) && continues(page.lines[i], after: page.lines[previous])
    }

    /// A line that carries on the footnote whose last line is `previous`: close below it, the same size.
    func continues(_ line: Line, after previous: Line) -> Bool {
        let size = previous.fontSize
        return marker(starting: line) == nil && line.box.minY - previous.box.maxY <= settings.footnoteLineGapRatio * size
            && settings.sameSize(line.fontSize, size)
    }

    /// "1", "12", "*", "**", "†": a footnote's number.
    static func looksLikeNumber(_ text: String) -> Bool {
        (text.count <= 2 && text.allSatisfy(\.isASCIIDigit)) || isSymbolMarker(text)
    }

    /// "*", "**", "†", "‡": a marker that is no number.
    static func isSymbolMarker(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 3 && text.allSatisfy { "*†‡".contains($0) }
    }
}
