import Catalogue
import Foundation
import Testing

/// Every sample's review report as Chromium lays it out, draws it and answers clicks on it: the
/// boxes stand on their page images and on the names they outline, the panel's figures are the
/// catalogue's, and a click on a product in the panel marks it on the page.
@Suite struct SampleReviewTests {
    /// Window pixels a box's edge may stand past its page image (sub-pixel layout).
    static let layoutTolerance = 0.5
    /// Points a drawn box's edge may stand from the catalogue's: the catalogue writes a box's
    /// edges to 0.1 pt, the report to 0.01 pt.
    static let pointTolerance = 0.06
    /// The bound on a report's size.
    static let maximumReportBytes = 5_000_000

    @Test(arguments: ReviewedSamples.names)
    func everyProductHasOneBoxInsideItsPageImage(sample: String) throws {
        let review = try ReviewedSamples.sample(sample)
        try #require(!review.catalogue.products.isEmpty)
        #expect(review.reading.products.count == review.catalogue.products.count, "\(sample): one box a product, no others")
        for product in review.catalogue.products {
            let boxes = review.reading.boxes(of: product.id)
            try #require(boxes.count == 1, "\(sample): \(product.id) has \(boxes.count) product boxes")
            let box = boxes[0]
            let section = try #require(review.section(of: product), "\(sample): no section for page \(product.page)")
            let image = try #require(section.image, "\(sample): page \(product.page) has no image")
            #expect(box.page == product.page, "\(sample): \(product.id) drawn on page \(box.page)")
            #expect(image.client.contains(box.client, tolerance: Self.layoutTolerance),
                    "\(sample): \(product.id) at \(box.client) lies outside its page image at \(image.client)")
            let page = BrowserReading.Frame(x: 0, y: 0, width: section.width, height: section.height)
            #expect(page.contains(box.box, tolerance: 0), "\(sample): \(product.id) at \(box.box) lies outside its page")
            let expected = try #require(product.box)
            #expect(box.box.matches(.init(x: expected.x, y: expected.y, width: expected.width, height: expected.height),
                                    tolerance: Self.pointTolerance), "\(sample): \(product.id) drawn at \(box.box), not \(expected)")
        }
    }

    /// The overlay is drawn exactly over its image, and the image is the PNG at its own size:
    /// the boxes' points then land on the image's pixels.
    @Test(arguments: ReviewedSamples.names)
    func everyOverlayCoversItsPageImageExactly(sample: String) throws {
        let review = try ReviewedSamples.sample(sample)
        #expect(review.reading.pages.map(\.page) == Array(1...review.catalogue.source.pages))
        for section in review.reading.pages {
            let image = try #require(section.image, "\(sample): page \(section.page) has no image")
            let overlay = try #require(section.overlay, "\(sample): page \(section.page) has no overlay")
            #expect(image.naturalWidth == image.width && image.naturalHeight == image.height, "\(sample): page \(section.page)")
            #expect(overlay.client.matches(image.client, tolerance: Self.layoutTolerance), "\(sample): page \(section.page)")
            #expect(image.client.width > 0 && image.client.height > 0)
        }
    }

    @Test(arguments: ReviewedSamples.names)
    func everyProductBoxLiesOnTheInkOfItsName(sample: String) throws {
        let review = try ReviewedSamples.sample(sample)
        for box in review.reading.products {
            let ink = try #require(box.ink, "\(sample): \(box.product) was not looked at")
            #expect(ink.liesOnName, "\(sample): \(box.product) at \(box.box) is not on its name: \(ink)")
        }
    }

    @Test(arguments: ReviewedSamples.names)
    func thePanelCountsAndListsWhatTheCatalogueHolds(sample: String) throws {
        let review = try ReviewedSamples.sample(sample)
        let counts = try #require(review.reading.counts)
        #expect(review.reading.warnings.count == review.catalogue.warnings.count)
        #expect(counts.warnings == review.catalogue.warnings.count)
        #expect(counts.products == review.catalogue.products.count)
        #expect(review.reading.entries.map(\.product) == review.catalogue.products.map(\.id))
        #expect(review.reading.entries.map(\.link) == review.catalogue.products.map { "product:\($0.id)" })
    }

    @Test(arguments: ReviewedSamples.names)
    func aClickOnAProductInThePanelMarksItsBoxesAndItsEntry(sample: String) throws {
        let review = try ReviewedSamples.sample(sample)
        try #require(review.reading.clicks.map(\.product) == review.clicked && review.clicked.count == 3)
        for click in review.reading.clicks {
            let product = try #require(review.catalogue.products.first { $0.id == click.product })
            try #require(click.found, "\(sample): \(product.id) has no link or no box")
            #expect(click.link?.hit == true, "\(sample): the point clicked is not on \(product.id)'s link")
            let selected = click.selectedBoxes ?? []
            #expect(selected.allSatisfy { $0.product == product.id }, "\(sample): \(selected)")
            #expect(selected.filter { $0.classes.contains("product") }.count == 1, "\(sample): \(product.id)")
            #expect(selected.filter { $0.classes.contains("price") }.count == product.prices.filter { $0.box != nil }.count)
            #expect(click.selectedEntries?.map(\.tag) == ["tr"] && click.selectedEntries?.first?.product == product.id)
            // The click brings the box into the window.
            let window = BrowserReading.Frame(x: 0, y: 0, width: review.reading.window.width, height: review.reading.window.height)
            #expect(click.box.map { window.contains($0, tolerance: 0) } == true, "\(sample): \(product.id) at \(String(describing: click.box))")
        }
    }

    /// The screenshot shows the selection colour inside the clicked box, filling most of it,
    /// where it did not show before the click, and nowhere around the box.
    @Test(arguments: ReviewedSamples.names)
    func theScreenshotShowsTheHighlightInsideTheClickedBox(sample: String) throws {
        let review = try ReviewedSamples.sample(sample)
        for click in review.reading.clicks { try Self.expectMarked(click, in: sample) }
    }

    /// The selection colour shows in most of the clicked box after the click, not before it,
    /// and nowhere in the ring around the box.
    static func expectMarked(_ click: BrowserReading.Click, in sample: String,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try #require(click.before, sourceLocation: sourceLocation)
        let after = try #require(click.highlight, sourceLocation: sourceLocation)
        let subject = "\(sample): \(click.subject)"
        #expect(before.insidePixels > 0 && after.insidePixels > 0 && after.ringPixels > 0, "\(subject)", sourceLocation: sourceLocation)
        #expect(before.inside == 0, "\(subject) shows the selection colour before the click", sourceLocation: sourceLocation)
        #expect(after.inside * 2 > after.insidePixels, "\(subject) is not marked: \(after)", sourceLocation: sourceLocation)
        #expect(after.ring == 0, "\(subject): the selection colour shows around the box: \(after)", sourceLocation: sourceLocation)
    }

    /// A footnote's label in the panel is a plain link to its box on the page: following it
    /// brings the box into the window and marks it (CSS `:target`).
    @Test(arguments: ReviewedSamples.names)
    func aClickOnAFootnoteInThePanelMarksItsBox(sample: String) throws {
        let review = try ReviewedSamples.sample(sample)
        try #require(!review.footnotesClicked.isEmpty && review.reading.footnoteClicks.map(\.footnote) == review.footnotesClicked)
        for click in review.reading.footnoteClicks {
            let footnote = click.footnote ?? ""
            try #require(click.found, "\(sample): footnote \(footnote) has no label in the panel or no box")
            #expect(click.link?.hit == true, "\(sample): the point clicked is not on footnote \(footnote)'s label")
            #expect(click.target == "footnote-\(footnote)", "\(sample): the address names \(String(describing: click.target))")
            try Self.expectMarked(click, in: sample)
        }
    }

    @Test(arguments: ReviewedSamples.names)
    func theReportIsUnderFiveMegabytes(sample: String) throws {
        let review = try ReviewedSamples.sample(sample)
        #expect(review.reportBytes > 0 && review.reportBytes < Self.maximumReportBytes, "\(sample): \(review.reportBytes) bytes")
    }
}
