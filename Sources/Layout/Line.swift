import Geometry

/// Words sharing a baseline across the whole page width, left to right. A table row's line
/// holds its name and its amounts; the layout stage does not know about columns.
public struct Line: Sendable, Equatable {
    public var words: [Word]
    public var box: Rect
    /// The dominant font size of the line's words (by character count).
    public var fontSize: Double

    public init(words: [Word]) {
        self.words = words
        self.box = words.map(\.box).union() ?? Rect(minX: 0, minY: 0, maxX: 0, maxY: 0)
        self.fontSize = Self.dominantSize(words)
    }

    /// The words' text joined by single spaces.
    public var text: String { words.map(\.text).joined(separator: " ") }

    /// Runs of words separated by gaps wider than `gapRatio` × font size: the cells of a
    /// table line, or one segment for a line of prose.
    public func segments(gapRatio: Double = LayoutSettings.standard.segmentGapRatio) -> [[Word]] {
        var result: [[Word]] = []
        for word in words {
            if let previous = result.last?.last,
               word.box.minX - previous.box.maxX <= gapRatio * max(word.fontSize, previous.fontSize) {
                result[result.count - 1].append(word)
            } else {
                result.append([word])
            }
        }
        return result
    }

    /// True when most of the line's characters are set in a bold font.
    public var isBold: Bool { share(of: \.isBold) > 0.5 }
    /// True when most of the line's characters are set in an italic font.
    public var isItalic: Bool { share(of: \.isItalic) > 0.5 }

    private func share(of trait: KeyPath<Word, Bool>) -> Double {
        let total = words.reduce(0) { $0 + $1.text.count }
        guard total > 0 else { return 0 }
        return Double(words.filter { $0[keyPath: trait] }.reduce(0) { $0 + $1.text.count }) / Double(total)
    }

    private static func dominantSize(_ words: [Word]) -> Double {
        var weight: [Double: Int] = [:]
        for word in words { weight[(word.fontSize * 10).rounded() / 10, default: 0] += word.text.count }
        // Ties go to the larger size so the result never depends on dictionary order.
        return weight.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? 0
    }
}
