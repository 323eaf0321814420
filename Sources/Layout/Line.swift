import Geometry

/// Words sharing a baseline across the whole page width, left to right. A table row's line
/// holds its name and its amounts; the layout stage does not know about columns.
public struct Line: Sendable, Equatable {
    public let words: [Word]
    public let box: Rect
    /// The dominant font size of the line's words (by character count).
    public let fontSize: Double
    /// True when most of the line's characters are set in a bold font.
    public let isBold: Bool
    /// True when most of the line's characters are set in an italic font.
    public let isItalic: Bool

    public init(words: [Word]) {
        self.words = words
        text = words.joinedText
        box = words.map(\.box).union() ?? Rect(minX: 0, minY: 0, maxX: 0, maxY: 0)
        fontSize = Self.dominantSize(words)
        isBold = Self.isMostly(words, \.isBold)
        isItalic = Self.isMostly(words, \.isItalic)
    }

    /// The words' text joined by single spaces.
    public let text: String

    /// Runs of words separated by gaps wider than `gapRatio` × font size, as ranges of word
    /// indices: the cells of a table line, or one segment for a line of prose. A gap starts
    /// after a word's markers.
    public func segmentRanges(gapRatio: Double) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for w in words.indices.dropFirst() where startsSegment(w, gapRatio: gapRatio) {
            result.append(start..<w)
            start = w
        }
        if !words.isEmpty { result.append(start..<words.count) }
        return result
    }

    /// The words of each of `segmentRanges(gapRatio:)`.
    public func segments(gapRatio: Double) -> [[Word]] {
        segmentRanges(gapRatio: gapRatio).map { Array(words[$0]) }
    }

    /// Word `w` (not the first) stands further from the word before than a segment's gap; a
    /// gap that is not a number (a broken box) splits too.
    private func startsSegment(_ w: Int, gapRatio: Double) -> Bool {
        let gap = words[w].box.minX - words[w - 1].inkMaxX
        return !(gap <= gapRatio * max(words[w].fontSize, words[w - 1].fontSize))
    }

    /// The words' text joined by single spaces, for a part of the line.
    public func text(of range: Range<Int>) -> String { words[range].joinedText }

    /// The union of the words' boxes.
    public func box(of range: Range<Int>) -> Rect { words[range].map(\.box).union()! }

    /// Whether most of the words' characters have the style: a majority vote weighted by UTF-8
    /// length (close enough to characters for a vote).
    public static func isMostly(_ words: [Word], _ style: (Word) -> Bool) -> Bool {
        let total = words.reduce(0) { $0 + $1.text.utf8.count }
        let styled = words.reduce(0) { style($1) ? $0 + $1.text.utf8.count : $0 }
        return 2 * styled > total
    }

    /// The size most characters are set in, rounded to a tenth of a point; ties go to the
    /// larger size.
    private static func dominantSize(_ words: [Word]) -> Double {
        let sizes = words.map { ($0.fontSize * 10).rounded() / 10 }
        // Most lines are set in one size.
        if let first = sizes.first, sizes.allSatisfy({ $0 == first }) { return first }
        let weights = Dictionary(words.map { (($0.fontSize * 10).rounded() / 10, $0.text.utf8.count) }, uniquingKeysWith: +)
        return weights.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
    }
}
