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
    /// Pages whose first footnote block stands above every table of the page: the footnotes of
    /// the page before, pushed over when its last table filled it.
    private let leadingBlockPages: Set<Int>

    init(_ footnotes: [Footnote], leadingBlockPages: Set<Int> = []) {
        self.leadingBlockPages = leadingBlockPages
        ids = Dictionary(footnotes.map { (PageMarker(page: $0.page, block: $0.block, marker: $0.marker), $0.id) },
                         uniquingKeysWith: { first, _ in first })
        pagesWithFootnotes = Set(footnotes.map { $0.page }).sorted()
        blocks = Dictionary(grouping: footnotes, by: \.page).mapValues { Set($0.map(\.block)).sorted() }
    }

    /// The footnote `marker` means: on its page, else in a footnote block leading the next page,
    /// else (`continuedOn`: the page the marker's table goes on to,
    /// if it breaks off after the marker's page; a marker none of its own page's footnotes
    /// answers then means the footnote of the first page from there that prints one (a page
    /// may print another table's footnotes before the break)).
    func footnote(of marker: PageMarker, continuedOn: Int? = nil) -> Entry? {
        if let id = ids[marker] { return Entry(key: marker, id: id) }
        for block in blocks[marker.page] ?? [] where block != marker.block {
            let other = PageMarker(page: marker.page, block: block, marker: marker.marker)
            if let id = ids[other] { return Entry(key: other, id: id) }
        }
        let pushedOver = PageMarker(page: marker.page + 1, marker: marker.marker)
        if leadingBlockPages.contains(pushedOver.page), let id = ids[pushedOver] { return Entry(key: pushedOver, id: id) }
        let next = firstPage(from: max(marker.page, continuedOn ?? marker.page))
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
