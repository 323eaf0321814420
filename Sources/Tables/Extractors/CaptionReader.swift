import Layout

/// A table's caption, found for its header.
struct Caption {
    var text: String
    var markers: [String]
    var note: String?
    /// The caption's own lines (its line, and the note's when printed on a line of its own);
    /// none when the caption is printed in the header.
    var lines: [Int]
}

/// Finds a table's caption: the name column's header when it is not a generic label
/// ("Nationaal bellen"), else the line right above the header ("Connext Voice … Door KPN te
/// factureren"). None at all: the table continues the one before (SheetAssembler).
struct CaptionReader {
    var settings: ParserSettings
    var vocabulary: Vocabulary

    func caption(for header: HeaderBlock, nameCell: HeaderCell?, page: PageLines) -> Caption? {
        if let nameCell, !vocabulary.isGenericNameHeader(nameCell.text) {
            return Caption(text: nameCell.text, markers: nameCell.markers, note: nil, lines: [])
        }
        guard let line = captionLine(above: header.lines[0], page) else { return nil }
        // A note on a line of its own ("Door KPN te factureren") with the caption right above it.
        if let above = captionLine(above: line, page), isNoteLine(line, under: above, page), !vocabulary.isCaptionNote(page.lines[above].text) {
            var caption = caption(of: above, page)
            caption.note = [caption.note, page.lines[line].text].compactMap { $0 }.joined(separator: " ")
            caption.lines.append(line)
            return caption
        }
        return caption(of: line, page)
    }

    /// The caption a line prints: its first segment up to where a note starts, and the rest as the note.
    private func caption(of line: Int, _ page: PageLines) -> Caption {
        let segments = page.lines[line].segments(gapRatio: settings.segmentGapRatio)
        let (title, noteStart) = split(segments[0])
        let note = (noteStart.map { [$0.joinedText] } ?? []) + segments.dropFirst().map { $0.map(\.text).joined(separator: " ") }
        return Caption(text: title.map(\.text).joined(separator: " "), markers: title.flatMap { $0.markers.map(\.label) },
                       note: note.isEmpty ? nil : note.joined(separator: " "), lines: [line])
    }

    /// A caption segment cut where a note printed right after it begins: where the weight
    /// drops from bold to regular, or where a note phrase of the vocabulary runs to its end.
    private func split(_ words: [Word]) -> (title: [Word], note: [Word]?) {
        for cut in words.indices.dropFirst() {
            let rest = Array(words[cut...])
            if vocabulary.isCaptionNote(rest.joinedText) || (words[cut - 1].isBold && !rest.contains(where: \.isBold) && words[..<cut].allSatisfy(\.isBold)) {
                return (Array(words[..<cut]), rest)
            }
        }
        return (words, nil)
    }

    /// A line right above the header that is a note on a line of its own: a note of the
    /// vocabulary, or a line set regular under a bold caption line.
    private func isNoteLine(_ line: Int, under caption: Int, _ page: PageLines) -> Bool {
        vocabulary.isCaptionNote(page.lines[line].text) || (!page.lines[line].words.contains(where: \.isBold) && page.lines[caption].isBold)
    }

    /// A repeated line right above a header that is set bold or larger than the header is the
    /// caption of a table spanning pages, not a running header (in a two-page sheet both repeat).
    private func isStyledCaption(_ k: Int, above top: Int, _ page: PageLines) -> Bool {
        // The title is the line's first segment; a note after it may be set plain.
        let title = Line(words: page.lines[k].segments(gapRatio: settings.segmentGapRatio)[0])
        return page.role(k) == .runningText && page.gap(k, top) <= settings.captionGapRatio * page.lines[top].fontSize
            && (title.isBold || title.fontSize > page.lines[top].fontSize * settings.captionSizeRatio)
    }

    /// A caption note on a line of its own that repeats at the same place on other pages (with
    /// its caption, on every page a table spans, or under other tables' captions), and so was
    /// taken for running text: a note of the vocabulary ("Via de partner te factureren"), or a
    /// note line right under a caption line ("Geldig vanaf 1 januari").
    private func isRepeatedNote(_ k: Int, above top: Int, _ page: PageLines) -> Bool {
        guard page.role(k) == .runningText, page.gap(k, top) <= settings.captionGapRatio * page.lines[top].fontSize else { return false }
        guard !vocabulary.isCaptionNote(page.lines[k].text) else { return true }
        let captionAbove = k > 0 && (page.isFree(k - 1) ? page.gap(k - 1, k) <= settings.captionGapRatio * page.lines[k].fontSize
            : isStyledCaption(k - 1, above: k, page))
        return captionAbove && isNoteLine(k, under: k - 1, page)
    }

    private func captionLine(above top: Int, _ page: PageLines) -> Int? {
        var k = top - 1
        func taken(_ k: Int) -> Bool { isStyledCaption(k, above: top, page) || isRepeatedNote(k, above: top, page) }
        while k >= 0, page.role(k) == .runningText, !taken(k) { k -= 1 }
        guard k >= 0, page.isFree(k) || taken(k), !page.hasMoney(k),
              page.gap(k, top) <= settings.captionGapRatio * page.lines[top].fontSize else { return nil }
        let segments = page.lines[k].segments(gapRatio: settings.segmentGapRatio)
        guard segments.count <= settings.captionMaxSegments, page.lines[k].words.count <= settings.captionMaxWords,
              !page.lines[k].words[0].isLeadingMarker else { return nil }
        return k
    }
}
