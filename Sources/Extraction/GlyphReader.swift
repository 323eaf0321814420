import CPoppler
#if canImport(Glibc)
import Glibc
#endif
import Geometry

/// Pairs poppler's page text with its layout rectangles and font attributes.
///
/// `poppler_page_get_text_layout` gives rectangle i for the i-th Unicode scalar of
/// `poppler_page_get_text` (newlines and the spaces poppler inserts included), and
/// `poppler_page_get_text_attributes` gives font runs as inclusive scalar-index ranges.
/// The text's own order is poppler's block order and is not trusted beyond the space hint:
/// later stages rebuild words and lines from the boxes.
enum GlyphReader {
    static func glyphs(of page: OpaquePointer) -> [Glyph] {
        guard let textPointer = poppler_page_get_text(page) else { return [] }
        defer { g_free(textPointer) }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }
        var fonts = FontRuns(page: page)
        let scalars = String(cString: textPointer).unicodeScalars
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(Int(count))
        var spaceBefore = false
        for (index, scalar) in scalars.enumerated() where index < Int(count) {
            if scalar.isWhiteSpace {
                spaceBefore = scalar != "\n"
                continue
            }
            let r = rectangles[index]
            let box = Rect(minX: r.x1, minY: r.y1, maxX: r.x2, maxY: r.y2)
            guard box.isWellFormed, box.height > 0 else { continue }
            let font = fonts.font(at: index)
            glyphs.append(Glyph(text: String(scalar), box: box, fontName: font.name, fontSize: font.size,
                                spaceBefore: spaceBefore))
            spaceBefore = false
        }
        return glyphs
    }
}

/// Font runs of a page, looked up by scalar index.
private struct FontRuns {
    struct Run { var start: Int; var end: Int; var name: String; var size: Double }
    private var runs: [Run] = []
    private var cursor = 0

    init(page: OpaquePointer) {
        guard let list = poppler_page_get_text_attributes(page) else { return }
        defer { poppler_page_free_text_attributes(list) }
        var node: UnsafeMutablePointer<GList>? = list
        // Poppler starts a run at every word and copies the font's name into each: the name of
        // the run before is reused while the C strings match, so a page makes a name per font.
        var previous: (raw: UnsafeMutablePointer<gchar>, name: String)?
        while let current = node {
            if let raw = current.pointee.data {
                let attributes = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                var name = ""
                if let rawName = attributes.font_name {
                    if let previous, strcmp(previous.raw, rawName) == 0 {
                        name = previous.name
                    } else {
                        name = Self.withoutSubsetPrefix(String(cString: rawName))
                        previous = (rawName, name)
                    }
                }
                runs.append(Run(start: Int(attributes.start_index), end: Int(attributes.end_index),
                                name: name, size: attributes.font_size))
            }
            node = current.pointee.next
        }
        runs.sort { $0.start < $1.start }
    }

    /// Indices arrive in increasing order, so a moving cursor makes the lookup linear overall.
    mutating func font(at index: Int) -> (name: String, size: Double) {
        if cursor < runs.count, runs[cursor].start > index { cursor = 0 }
        while cursor < runs.count, runs[cursor].end < index { cursor += 1 }
        guard cursor < runs.count, runs[cursor].start <= index else { return ("", 0) }
        return (runs[cursor].name, runs[cursor].size)
    }

    /// "ABCDEF+DejaVuSans-Bold" → "DejaVuSans-Bold": the prefix only names the subset. The
    /// PDF format tags a subset with six capital letters A to Z and a plus.
    static func withoutSubsetPrefix(_ name: String) -> String {
        let utf8 = name.utf8
        let prefix = utf8.prefix(7)
        guard utf8.count > 7, prefix.last == UInt8(ascii: "+"),
              prefix.dropLast().allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else { return name }
        return String(name.dropFirst(7))
    }
}
