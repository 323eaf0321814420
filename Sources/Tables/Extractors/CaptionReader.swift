import Layout

/// A table's caption, found for its header.
struct Caption {
    var text: String
    var markers: [String]
    var note: String?
    /// The caption's own line, nil when the caption is printed in the header.
    var line: Int?
}

/// Finds a table's caption: the name column's header when it is not a generic label
/// ("Nationaal bellen"), else the line right above the header ("Connext Voice … Door KPN te
/// factureren"). None at all: the table continues the one before (SheetAssembler).
struct CaptionReader {
    var settings: ParserSettings
    var vocabulary: Vocabulary

    func caption(for header: HeaderBlock, nameCell: HeaderCell?, page: PageLines) -> Caption? {
        if let nameCell, !vocabulary.isGenericNameHeader(nameCell.text) {
            return Caption(text: nameCell.text, markers: nameCell.markers, note: nil, line: nil)
        }
        if let line = captionLine(above: header.lines[0], page) {
            let segments = page.lines[line].segments(gapRatio: settings.segmentGapRatio)
            let note = segments.dropFirst().map { $0.map(\.text).joined(separator: " ") }.joined(separator: " ")
            return Caption(text: segments[0].map(\.text).joined(separator: " "),
                           markers: segments[0].flatMap { $0.markers.map(\.label) },
                           note: note.isEmpty ? nil : note, line: line)
        }
        return nil
    }

    /// A repeated line right above a header that is set bold or larger than the header is the
    /// caption of a table spanning pages, not a running header (in a two-page sheet both repeat).
    private func isStyledCaption(_ k: Int, above top: Int, _ page: PageLines) -> Bool {
        // The title is the line's first segment; a note after it may be set plain.
        let title = Line(words: page.lines[k].segments(gapRatio: settings.segmentGapRatio)[0])
        return page.role(k) == .runningText && page.gap(k, top) <= settings.captionGapRatio * page.lines[top].fontSize
            && (title.isBold || title.fontSize > page.lines[top].fontSize * settings.captionSizeRatio)
    }

    private func captionLine(above top: Int, _ page: PageLines) -> Int? {
        var k = top - 1
        while k >= 0, page.role(k) == .runningText, !isStyledCaption(k, above: top, page) { k -= 1 }
        guard k >= 0, page.isFree(k) || isStyledCaption(k, above: top, page), !page.hasMoney(k),
              page.gap(k, top) <= settings.captionGapRatio * page.lines[top].fontSize else { return nil }
        let segments = page.lines[k].segments(gapRatio: settings.segmentGapRatio)
        guard segments.count <= settings.captionMaxSegments, page.lines[k].words.count <= settings.captionMaxWords,
              !page.lines[k].words[0].isLeadingMarker else { return nil }
        return k
    }
}
