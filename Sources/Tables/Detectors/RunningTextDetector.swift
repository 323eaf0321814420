import Layout

/// Finds running headers, footers and page numbers: lines in the top or bottom band of a page
/// that repeat at the same place on most nearby pages (digits ignored), or read as a page number.
///
/// "Nearby" is a window of pages around each page, so a long archive streams through with
/// only the window in memory, and a sheet shorter than the window is judged as a whole.
public struct RunningTextDetector: Sendable {
    public var settings: ParserSettings
    /// Words around page numbers ("Pagina 3 van 5").
    public var vocabulary: Vocabulary

    public init(settings: ParserSettings = .standard, vocabulary: Vocabulary = .standard) {
        self.settings = settings
        self.vocabulary = vocabulary
    }

    /// The band keys of a page's lines: nil for a line outside the bands or inside a footnote.
    public func keys(of page: PageLayout) -> [String?] {
        let footnotes = footnoteLines(page)
        return page.lines.indices.map { footnotes.contains($0) ? nil : key(of: page.lines[$0], on: page) }
    }

    /// The running lines of page `index` (0-based), given the keys of every page in its window
    /// (`keysOf` answers for pages within `window(of:pageCount:)`).
    public func runningLines(of page: PageLayout, index: Int, pageCount: Int, keysOf: (Int) -> [String?]) -> Set<Int> {
        let window = window(of: index, pageCount: pageCount)
        let pageKeys = keysOf(index)
        var counts: [String: Int] = [:]
        for q in window {
            for key in Set(keysOf(q).compactMap { $0 }) where pageKeys.contains(key) { counts[key, default: 0] += 1 }
        }
        return Set(page.lines.indices.filter { i in
            guard let key = pageKeys[i] else { return false }
            return repeatsEnough(counts[key] ?? 0, of: window.count) || isPageNumber(page.lines[i].text)
        })
    }

    /// The pages whose repetition decides page `index`.
    public func window(of index: Int, pageCount: Int) -> ClosedRange<Int> {
        max(0, index - settings.runningWindow)...min(pageCount - 1, index + settings.runningWindow)
    }

    /// For each page of an in-memory sheet, the indices of its running-text lines.
    func detect(_ pages: [PageLayout]) -> [Set<Int>] {
        let keys = pages.map(keys(of:))
        return pages.indices.map { runningLines(of: pages[$0], index: $0, pageCount: pages.count, keysOf: { keys[$0] }) }
    }

    /// Lines that start or continue a footnote: the same footnote printed at the same place on
    /// two pages is still a footnote, not a running footer.
    private func footnoteLines(_ page: PageLayout) -> Set<Int> {
        let detector = FootnoteDetector(settings: settings, joiner: TextJoiner(vocabulary: vocabulary))
        var result = Set<Int>()
        for (i, line) in page.lines.enumerated() {
            if detector.marker(starting: line) != nil || (result.contains(i - 1) && detector.continues(line, after: page.lines[i - 1])) {
                result.insert(i)
            }
        }
        return result
    }

    /// On at least two pages and on most of them: a table caption repeated on the two pages a
    /// table spans sits at the same place too, but not on most pages of a longer sheet.
    private func repeatsEnough(_ count: Int, of pages: Int) -> Bool {
        count >= 2 && Double(count) >= settings.runningRepeatShare * Double(pages)
    }

    /// The line's identity across pages: band, rounded position and digit-free text; nil when
    /// the line is not in a band.
    private func key(of line: Line, on page: PageLayout) -> String? {
        let band = settings.runningBandShare * page.height
        let position: Double
        if line.box.maxY <= band { position = line.box.minY }
        else if line.box.minY >= page.height - band { position = line.box.minY - page.height }
        else { return nil }
        // Running text sits on the page: a position off by more than a page is no band's.
        guard abs(position) <= max(page.height, 1), let bucket = Int(exactly: (position / settings.runningPositionTolerance).rounded())
        else { return nil }
        let text = String(line.text.map { $0.isNumber ? "#" : $0 })
        return "\(bucket)|\(text)"
    }

    /// "3", "- 3 -", "Pagina 3", "3 / 5", "3 van 5", "Page 3 of 5".
    public func isPageNumber(_ text: String) -> Bool {
        let pageWords = Set(vocabulary.pageWords.map { $0.lowercased() })
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "/" })
            .filter { !pageWords.contains(String($0)) }
        return !words.isEmpty && words.count <= 2 && words.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }
}
