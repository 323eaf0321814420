/// Which pages a report draws: `--pages 3-7`, `--pages 2`, `--pages 1-3,9`; all by default.
public enum PageSelection {
    /// The pages `text` names, in order and each once, checked against the sheet's page count;
    /// nil text is every page. The error says what is wrong in the user's terms.
    public static func pages(_ text: String?, pageCount: Int) throws(PageSelectionError) -> [Int] {
        guard let text else { return Array(1...max(1, pageCount)) }
        let ranges = try ranges(text)
        if let last = ranges.map(\.upperBound).max(), last > pageCount {
            throw PageSelectionError("has no page \(last) (--pages; it has \(pageCount))")
        }
        return Set(ranges.flatMap { Array($0) }).sorted()
    }

    /// The ranges `text` names ("3-7,9" → 3...7, 9...9), not yet held against a sheet.
    public static func ranges(_ text: String) throws(PageSelectionError) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingSpaces) }
            guard (1...2).contains(bounds.count), let first = bounds.first!, let last = bounds.last!, first >= 1, first <= last else {
                throw PageSelectionError("--pages takes page numbers and ranges from 1, like 3-7 or 1,4-5 (got \"\(text)\")")
            }
            ranges.append(first...last)
        }
        return ranges
    }

    /// "1-3, 9" for pages 1, 2, 3 and 9.
    static func describe(_ pages: [Int]) -> String {
        var runs: [ClosedRange<Int>] = []
        for page in pages.sorted() {
            if let last = runs.last, last.upperBound + 1 == page { runs[runs.count - 1] = last.lowerBound...page } else { runs.append(page...page) }
        }
        return runs.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ", ")
    }
}

/// Pages asked for that the sheet does not have, or a selection that does not read.
public struct PageSelectionError: Error, Sendable, CustomStringConvertible {
    public var reason: String

    init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}

private extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return text
    }
}
