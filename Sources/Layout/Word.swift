import Geometry

/// Glyphs on one baseline with no word gap between them, plus the footnote markers printed
/// right after them.
public struct Word: Sendable, Equatable {
    public var text: String
    /// The box of the word's own glyphs (markers excluded).
    public var box: Rect
    /// The font of most of its glyphs.
    public var fontName: String
    /// The largest font size among its glyphs.
    public var fontSize: Double
    /// Markers attached to this word, in reading order.
    public var markers: [FootnoteMarker]
    /// True for a marker that stands before text instead of after it: a footnote's own number.
    public var isLeadingMarker: Bool
    /// Style read from the font name when the word is made (the parser asks often).
    public let isBold: Bool
    public let isItalic: Bool

    public init(text: String, box: Rect, fontName: String, fontSize: Double,
                markers: [FootnoteMarker] = [], isLeadingMarker: Bool = false) {
        self.init(text: text, box: box, fontName: fontName, fontSize: fontSize, markers: markers,
                  isLeadingMarker: isLeadingMarker, style: FontStyle(fontName: fontName))
    }

    init(text: String, box: Rect, fontName: String, fontSize: Double, markers: [FootnoteMarker] = [],
         isLeadingMarker: Bool = false, style: FontStyle) {
        self.text = text
        self.box = box
        self.fontName = fontName
        self.fontSize = fontSize
        self.markers = markers
        self.isLeadingMarker = isLeadingMarker
        self.isBold = style.isBold
        self.isItalic = style.isItalic
    }

    /// Where the word's ink ends: after its markers when it has any. The space to the next word
    /// starts there: "Afrika² Bellen" is a word space apart, while the marker-free `box` ends a
    /// marker's width earlier and would make it a column gap.
    public var inkMaxX: Double {
        markers.map(\.box.maxX).reduce(box.maxX, max)
    }
}

extension Collection where Element == Word {
    /// The words' text joined by single spaces, as `Line.text`. Inlinable, so each caller gets
    /// it specialised: generic, it read each word's text through a key path at run time.
    /// Copied into one buffer of the joined length: every line and cell is joined, and growing
    /// a string word by word, or an array of the texts first, costs several times as much.
    @inlinable
    public var joinedText: String {
        let length = reduce(0) { $0 + $1.text.utf8.count } + Swift.max(count - 1, 0)
        return String(unsafeUninitializedCapacity: length) { buffer in
            var end = 0
            for (index, word) in zip(indices, self) {
                if index != startIndex {
                    buffer[end] = UInt8(ascii: " ")
                    end += 1
                }
                end = buffer[end...].initialize(fromContentsOf: word.text.utf8)
            }
            return end
        }
    }
}
