import Geometry
import Layout

/// A page's lines while the parser works on it: each line's money tokens (read once) and the
/// role it has been given so far (nil: not yet used).
struct PageLines {
    let page: PageLayout
    let lines: [Line]
    let tokens: [[MoneyToken]]
    var roles: [LineRole?]

    init(page: PageLayout, tokenizer: MoneyTokenizer) {
        self.page = page
        lines = page.lines
        tokens = page.lines.map(tokenizer.tokens(in:))
        roles = Array(repeating: nil, count: page.lines.count)
    }

    var number: Int { page.number }
    func isFree(_ i: Int) -> Bool { roles[i] == nil }
    func hasMoney(_ i: Int) -> Bool { !tokens[i].isEmpty }

    /// Box-to-box vertical gap from line `a` down to line `b` (negative when they overlap).
    func gap(_ a: Int, _ b: Int) -> Double { lines[b].box.minY - lines[a].box.maxY }
}

extension Line {
    /// The runs of `segments(gapRatio:)` as ranges of word indices: the same split, with no
    /// words copied (the parser asks for the shape of every line, and keeps few of them).
    func segmentRanges(gapRatio: Double) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for w in words.indices.dropFirst() where startsSegment(w, gapRatio: gapRatio) {
            result.append(start..<w)
            start = w
        }
        if !words.isEmpty { result.append(start..<words.count) }
        return result
    }

    /// Word `w` (not the first) stands further from the word before than a segment's gap:
    /// `segments(gapRatio:)`'s rule, NaN included (it splits).
    private func startsSegment(_ w: Int, gapRatio: Double) -> Bool {
        let gap = words[w].box.minX - words[w - 1].inkMaxX
        return !(gap <= gapRatio * max(words[w].fontSize, words[w - 1].fontSize))
    }

    /// How many runs `segments(gapRatio:)` has and the most words in one, without collecting them.
    func segmentShape(gapRatio: Double) -> (segments: Int, longest: Int) {
        guard !words.isEmpty else { return (0, 0) }
        var segments = 1, longest = 0, start = 0
        for w in words.indices.dropFirst() where startsSegment(w, gapRatio: gapRatio) {
            longest = max(longest, w - start)
            segments += 1
            start = w
        }
        return (segments, max(longest, words.count - start))
    }

    /// The majority vote of `Line(words:).isBold` over the words `include` accepts, nil when it
    /// accepts none: a line's name text judged without building a line of it. Weights are
    /// UTF-8 lengths, as there.
    func isBold(where include: (Word) -> Bool) -> Bool? {
        var bold = 0, total = 0, any = false
        for w in words.indices where include(words[w]) {
            any = true
            total += words[w].text.utf8.count
            if words[w].isBold { bold += words[w].text.utf8.count }
        }
        return any ? 2 * bold > total : nil
    }

    /// The words' text joined by single spaces, as `text`, for a part of the line.
    func text(of range: Range<Int>) -> String { words[range].joinedText }

    /// The union of the words' boxes, taken in order (as `union()`).
    func box(of range: Range<Int>) -> Rect {
        var box = words[range.lowerBound].box
        for w in range.dropFirst() { box = box.union(words[w].box) }
        return box
    }
}
