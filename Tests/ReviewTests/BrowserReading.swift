import Foundation

/// What headless Chromium made of a review report: the JSON document scripts/review_browser.py
/// prints (its docstring says what each part is). Geometry on screen is in window pixels
/// (`client`), on the page in points, top-left origin (`box`).
struct BrowserReading: Decodable {
    /// A rectangle, on screen or on the page.
    struct Frame: Decodable, Equatable {
        var x: Double
        var y: Double
        var width: Double
        var height: Double

        var maxX: Double { x + width }
        var maxY: Double { y + height }

        /// Whether `other` lies within this frame, its edges allowed `tolerance` past these.
        func contains(_ other: Frame, tolerance: Double) -> Bool {
            other.x >= x - tolerance && other.y >= y - tolerance && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
        }

        /// Whether both frames have the same edges, within `tolerance`.
        func matches(_ other: Frame, tolerance: Double) -> Bool {
            contains(other, tolerance: tolerance) && other.contains(self, tolerance: tolerance)
        }
    }

    struct Window: Decodable {
        var width: Double
        var height: Double
    }

    /// `#counts`: the figures the panel states.
    struct Counts: Decodable {
        var products: Int
        var warnings: Int
    }

    /// An `li.warning` of the panel.
    struct ListedWarning: Decodable {
        var number: Int
        var page: Int?
    }

    /// An `li.change` of the panel (with --against): its kind and the product it links to.
    struct ListedChange: Decodable {
        var kind: String
        var product: String?
    }

    /// A `tr.product-entry` of the panel, and the `data-select` of its first cell's link.
    struct Entry: Decodable {
        var product: String
        var page: Int
        var link: String?
    }

    /// A `section.page`: its size in points, its image and the overlay over it.
    struct PageSection: Decodable {
        struct Image: Decodable {
            /// The `<img>`'s width and height attributes, and the PNG's own size.
            var width: Int
            var height: Int
            var naturalWidth: Int
            var naturalHeight: Int
            var client: Frame
        }

        struct Overlay: Decodable {
            var viewBox: String
            var client: Frame
        }

        var page: Int
        var width: Double
        var height: Double
        var image: Image?
        var overlay: Overlay?
    }

    /// A `rect.box.product`, on its page and on screen (read before any scrolling), with the
    /// ink of the page image under its name part.
    struct ProductBox: Decodable {
        var product: String
        var page: Int
        var classes: [String]
        var box: Frame
        var client: Frame
        var title: String?
        var ink: Ink?
    }

    /// Dark pixels of the page image: under the box's name part (the part before its first
    /// price cell), their bounds in points, and those in the strip just left of that part.
    struct Ink: Decodable {
        var namePart: Frame
        var pixels: Int
        var ink: Int
        var inkBox: Frame?
        var inkBefore: Int
    }

    /// One real click on a link in the panel (a product's name, or a footnote's label), and what followed.
    struct Click: Decodable {
        struct Link: Decodable {
            var x: Double
            var y: Double
            /// Whether the point clicked is on the link (nothing drawn over it).
            var hit: Bool
        }

        struct Selected: Decodable {
            var product: String?
            var classes: [String]
        }

        struct SelectedEntry: Decodable {
            var tag: String
            var product: String?
        }

        /// The product or the footnote clicked.
        var product: String?
        var footnote: String?
        var found: Bool
        var link: Link?
        /// Selection-coloured pixels of a screenshot in and around the box, before the click.
        var before: SelectionPixels?
        var selectedBoxes: [Selected]?
        var selectedEntries: [SelectedEntry]?
        /// The id of the element the address names after the click (a followed link's target).
        var target: String?
        /// The box on screen after the click.
        var box: Frame?
        /// Selection-coloured pixels of a screenshot in and around the box, after the click.
        var highlight: SelectionPixels?

        /// The id of what was clicked, for messages.
        var subject: String { product ?? footnote ?? "(nothing)" }
    }

    /// Pixels of the selection colour (#ff00d4, or its fill over the page) in a screenshot:
    /// inside a box, and in a ring around it beyond the reach of its stroke; with the number
    /// of pixels looked at in each.
    struct SelectionPixels: Decodable {
        var inside: Int
        var insidePixels: Int
        var ring: Int
        var ringPixels: Int
    }

    var window: Window
    var counts: Counts?
    var warnings: [ListedWarning]
    var warningBoxes: [Int]
    var changes: [ListedChange]
    var entries: [Entry]
    var pages: [PageSection]
    var products: [ProductBox]
    var clicks: [Click]
    var footnoteClicks: [Click]

    /// The boxes of `product`.
    func boxes(of product: String) -> [ProductBox] { products.filter { $0.product == product } }

    /// The section of page `number`.
    func page(_ number: Int) -> PageSection? { pages.first { $0.page == number } }
}

extension BrowserReading.Ink {
    /// How far the first ink may stand right of the name part's left edge, in points: a name
    /// starts at its box; its first glyph's side bearing is under a point.
    static let nameStartReach = 2.0
    /// How far below the name part's top the first ink may start, in points: a glyph box's top
    /// is the font's ascent, above its capitals. Ink right at the top edge means the box cuts
    /// through the letters.
    static let nameTopReach = 0.5...3.0
    /// Fewer dark pixels than this is no name (a dot, a rule's end).
    static let minimumInk = 50

    /// Whether the box lies on a name: ink under it, starting at its left edge and just below
    /// its top, and none just left of it (a box that starts mid-word).
    var liesOnName: Bool {
        guard let inkBox, ink >= Self.minimumInk, inkBefore == 0 else { return false }
        // The ink is looked for inside the name part only: it starts at its left edge or right of it.
        return inkBox.x - namePart.x <= Self.nameStartReach && Self.nameTopReach.contains(inkBox.y - namePart.y)
    }
}
