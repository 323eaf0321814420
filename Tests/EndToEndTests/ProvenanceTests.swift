import Catalogue
import Extraction
import Foundation
import Geometry
import Testing
import TariffKit

/// Where the catalogue says things are printed, held against the page itself: each product's
/// box holds the start of its name, each price's box its amount, each box stands on its page.
@Suite struct ProvenanceTests {
    static let samples = ["connext-voice", "connext-voice-2027", "zakelijk-mobiel", "zakelijk-internet"]

    @Test(arguments: samples)
    func everyProductPriceAndFootnoteHasABoxOnItsPage(sample: String) throws {
        let path = Paths.root.appendingPathComponent("Samples/\(sample).pdf").path
        let catalogue = try Ingestor().ingest(path: path).catalogue
        let document = try PDFDocument(path: path)
        let pages = (1...document.pageCount).map(document.page)
        for product in catalogue.products {
            let box = try #require(product.box, "\(product.name) has a box")
            let page = pages[product.page - 1]
            #expect(box.x >= 0 && box.y >= 0 && box.maxX <= page.width && box.maxY <= page.height, "\(product.name) box on its page")
            let inBox = Self.text(in: box, of: page)
            #expect(Self.reads(Self.normalized(product.name), within: inBox), "\(product.name): its box holds its name, got \"\(inBox)\"")
            for price in product.prices {
                let cell = try #require(price.box, "\(product.name) \(price.column) has a box")
                #expect(Self.holds(box, cell), "\(product.name) \(price.column): the cell lies in the row")
                let printed = Self.text(in: cell, of: page)
                #expect(price.printed.map { printed.contains(Self.normalized($0)) } == true,
                        "\(product.name) \(price.column): the cell box holds \(price.printed ?? "-"), got \"\(printed)\"")
            }
        }
        for footnote in catalogue.footnotes {
            let box = try #require(footnote.box, "footnote \(footnote.id) has a box")
            let inBox = Self.text(in: box, of: pages[footnote.page - 1])
            #expect(Self.reads(Self.normalized(footnote.text), within: inBox), "footnote \(footnote.id): its box holds its text")
        }
    }

    /// The glyphs whose centres lie in `box`, in reading order, `normalized`.
    static func text(in box: Box, of page: TextPage) -> String {
        let text = page.glyphs.filter { glyph in
            glyph.box.midX >= box.x && glyph.box.midX <= box.maxX && glyph.box.midY >= box.y && glyph.box.midY <= box.maxY
        }
        .sorted { ($0.box.minY.rounded(), $0.box.minX) < ($1.box.minY.rounded(), $1.box.minX) }
        .map(\.text).joined()
        return normalized(text)
    }

    /// Letters, digits and the characters of an amount: what stays the same however a line
    /// wraps, hyphenates or spaces its words.
    static func normalized(_ text: String) -> String {
        text.filter { $0.isLetter || $0.isNumber || "€,".contains($0) }
    }

    /// `text`'s characters stand in `box` in reading order: a wrapped name's second line may
    /// come after the amounts on its first.
    static func reads(_ text: String, within box: String) -> Bool {
        var rest = Substring(box)
        for character in text {
            guard let found = rest.firstIndex(of: character) else { return false }
            rest = rest[rest.index(after: found)...]
        }
        return true
    }

    /// `outer` holds `inner`, to a tenth of a point.
    static func holds(_ outer: Box, _ inner: Box) -> Bool {
        inner.x >= outer.x - 0.1 && inner.y >= outer.y - 0.1 && inner.maxX <= outer.maxX + 0.1 && inner.maxY <= outer.maxY + 0.1
    }
}
