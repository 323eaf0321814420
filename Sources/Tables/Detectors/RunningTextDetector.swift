import Layout

/// Finds running headers, footers and page numbers: lines in the top or bottom band of a page
/// that repeat at the same place on other pages (digits ignored), or that read as a page number.
struct RunningTextDetector {
    var settings: TableSettings

    /// For each page, the indices of its running-text lines.
    func detect(_ pages: [PageLayout]) -> [Set<Int>] {
        var seen: [String: Set<Int>] = [:]
        let keys = pages.map { page in
            let footnotes = footnoteLines(page)
            return page.lines.indices.map { footnotes.contains($0) ? nil : key(of: page.lines[$0], on: page) }
        }
        for (pageIndex, pageKeys) in keys.enumerated() {
            for key in pageKeys.compactMap({ $0 }) { seen[key, default: []].insert(pageIndex) }
        }
        return pages.indices.map { p in
            Set(pages[p].lines.indices.filter { i in
                guard let key = keys[p][i] else { return false }
                return repeatsEnough(seen[key]?.count ?? 0, of: pages.count) || Self.isPageNumber(pages[p].lines[i].text)
            })
        }
    }

    /// Lines that start or continue a footnote: the same footnote printed at the same place on
    /// two pages is still a footnote, not a running footer.
    private func footnoteLines(_ page: PageLayout) -> Set<Int> {
        let detector = FootnoteDetector(settings: settings)
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
        let bucket = Int((position / settings.runningPositionTolerance).rounded())
        let text = String(line.text.map { $0.isNumber ? "#" : $0 })
        return "\(bucket)|\(text)"
    }

    /// "3", "- 3 -", "Pagina 3", "3 / 5", "3 van 5", "Page 3 of 5".
    static func isPageNumber(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "/" })
            .filter { !["pagina", "page", "blz.", "blz", "van", "of", "p."].contains($0) }
        return !words.isEmpty && words.count <= 2 && words.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }
}
