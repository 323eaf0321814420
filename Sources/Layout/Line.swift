import Geometry

/// Words sharing a baseline across the whole page width, left to right. A table row's line
/// holds its name and its amounts; the layout stage does not know about columns.
public struct Line: Sendable, Equatable {
    public var words: [Word]
    public var box: Rect
    /// The dominant font size of the line's words (by character count).
    public var fontSize: Double
    /// True when most of the line's characters are set in a bold font.
    public let isBold: Bool
    /// True when most of the line's characters are set in an italic font.
    public let isItalic: Bool

    public init(words: [Word]) {
        self.words = words
        var box = words.first?.box ?? Rect(minX: 0, minY: 0, maxX: 0, maxY: 0)
        for word in words.dropFirst() { box = box.union(word.box) }
        self.box = box
        self.fontSize = Self.dominantSize(words)
        let weights = Self.styleWeights(words)
        self.isBold = weights.bold > 0.5 * Double(weights.total)
        self.isItalic = weights.italic > 0.5 * Double(weights.total)
    }

    /// The words' text joined by single spaces.
    public var text: String { words.joinedText }

    /// Runs of words separated by gaps wider than `gapRatio` × font size: the cells of a
    /// table line, or one segment for a line of prose. A gap starts after a word's markers.
    public func segments(gapRatio: Double = LayoutSettings.standard.segmentGapRatio) -> [[Word]] {
        var result: [[Word]] = []
        for word in words {
            if let previous = result.last?.last,
               word.box.minX - previous.inkMaxX <= gapRatio * max(word.fontSize, previous.fontSize) {
                result[result.count - 1].append(word)
            } else {
                result.append([word])
            }
        }
        return result
    }

    /// Characters in bold and in italic words, and in all: a majority vote decides the line's
    /// style. UTF-8 length is the weight: O(1), and close enough to characters for a vote.
    private static func styleWeights(_ words: [Word]) -> (bold: Double, italic: Double, total: Int) {
        var bold = 0, italic = 0, total = 0
        for word in words {
            let weight = word.text.utf8.count
            total += weight
            if word.isBold { bold += weight }
            if word.isItalic { italic += weight }
        }
        return (Double(bold), Double(italic), total)
    }

    private static func dominantSize(_ words: [Word]) -> Double {
        // Sizes rounded to 0.1 pt, weighted by characters; ties go to the larger size.
        guard let first = words.first.map(roundedSize) else { return 0 }
        // Most lines are set in one size: no table then.
        if words.allSatisfy({ roundedSize($0) == first }) { return first }
        var weights: [(size: Double, count: Int)] = []
        for word in words {
            let size = roundedSize(word)
            if let i = weights.firstIndex(where: { $0.size == size }) { weights[i].count += word.text.utf8.count }
            else { weights.append((size, word.text.utf8.count)) }
        }
        return weights.max { ($0.count, $0.size) < ($1.count, $1.size) }?.size ?? 0
    }

    private static func roundedSize(_ word: Word) -> Double { (word.fontSize * 10).rounded() / 10 }
}
