import Catalogue

/// A footnote marker, the page it is printed on and the footnote block of that page it refers
/// to (its table's).
struct PageMarker: Hashable {
    var page: Int
    var block = 1
    var marker: String
}

/// Finds the footnote a marker means. Numbering restarts per page (and per footnote block), so
/// a marker means the footnote with its number in its own table's block on its own page, else
/// in another block of that page; a page that prints no footnotes at all (a table broken across
/// pages prints them where it ends) defers to the next page that does.
struct FootnoteIndex {
    /// A footnote found: its page and marker, and its id ("p4.1").
    struct Entry {
        var key: PageMarker
        var id: String
    }

    private let ids: [PageMarker: String]
    /// Ascending.
    private let pagesWithFootnotes: [Int]

    /// Blocks of each page with footnotes, ascending.
    private let blocks: [Int: [Int]]

    init(_ footnotes: [Footnote]) {
        ids = Dictionary(footnotes.map { (PageMarker(page: $0.page, block: $0.block, marker: $0.marker), $0.id) },
                         uniquingKeysWith: { first, _ in first })
        pagesWithFootnotes = Set(footnotes.map { $0.page }).sorted()
        blocks = Dictionary(grouping: footnotes, by: \.page).mapValues { Set($0.map(\.block)).sorted() }
    }

    func footnote(of marker: PageMarker) -> Entry? {
        if let id = ids[marker] { return Entry(key: marker, id: id) }
        for block in blocks[marker.page] ?? [] where block != marker.block {
            let other = PageMarker(page: marker.page, block: block, marker: marker.marker)
            if let id = ids[other] { return Entry(key: other, id: id) }
        }
        let next = firstPage(from: marker.page)
        guard next < pagesWithFootnotes.count, pagesWithFootnotes[next] != marker.page else { return nil }
        let deferred = PageMarker(page: pagesWithFootnotes[next], marker: marker.marker)
        return ids[deferred].map { Entry(key: deferred, id: $0) }
    }

    /// The index of the first page with footnotes at or after `page` (binary search).
    private func firstPage(from page: Int) -> Int {
        var low = 0, high = pagesWithFootnotes.count
        while low < high {
            let middle = (low + high) / 2
            if pagesWithFootnotes[middle] < page { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
