import Catalogue
import Foundation
import Renderer
import Testing
import TestSupport

/// The browser checks can fail: boxes moved off their names in a copy of a real report are
/// caught by the ink check (while they still lie inside their page images), and a sheet drawn
/// with warnings shows them in the panel, counted as the catalogue counts them.
@Suite struct ControlTests {
    /// Where a product's boxes are put instead of where the parser found them.
    enum Misplacement: CaseIterable {
        /// Into the page's blank left margin (the sheets print nothing left of 48 pt).
        case leftMargin
        /// Half a name's first letters off: the box starts inside the page's blank left
        /// of the name, or in the middle of the name.
        case left, right
        /// Half a line up or down: its top is above the name, or cuts through its letters.
        case up, down

        static let margin = (x: 4.0, width: 40.0)
        static let sideways = 8.0
        static let upright = 6.0

        /// The box `frame` (points) moved; a product's price cells move with it, but stay put
        /// when the product goes into the margin (its name part is then the box alone).
        func moved(_ frame: BrowserReading.Frame, isProduct: Bool) -> BrowserReading.Frame {
            var frame = frame
            switch self {
            case .leftMargin where isProduct: (frame.x, frame.width) = Self.margin
            case .leftMargin: break
            case .left: frame.x -= Self.sideways
            case .right: frame.x += Self.sideways
            case .up: frame.y -= Self.upright
            case .down: frame.y += Self.upright
            }
            return frame
        }
    }

    /// The report's HTML with the boxes of each product moved as `misplacement` says.
    static func moving(_ html: String, _ misplacement: (String) -> Misplacement) -> String {
        let rect = #/(?<head><rect class="box (?<kind>product|price)[^"]*"(?: id="[^"]*")? data-product="(?<product>[^"]*)") x="(?<x>[^"]*)" y="(?<y>[^"]*)" width="(?<width>[^"]*)" height="(?<height>[^"]*)"/#
        return html.replacing(rect) { match in
            let output = match.output
            guard let x = Double(output.x), let y = Double(output.y), let width = Double(output.width), let height = Double(output.height) else {
                return String(output.0)
            }
            let frame = misplacement(String(output.product)).moved(.init(x: x, y: y, width: width, height: height),
                                                                    isProduct: output.kind == "product")
            return "\(output.head) x=\"\(frame.x)\" y=\"\(frame.y)\" width=\"\(frame.width)\" height=\"\(frame.height)\""
        }
    }

    @Test func boxesMovedOffTheirNamesAreCaughtByTheInkCheck() throws {
        let sample = try ReviewedSamples.sample("connext-voice-2027")
        let ids = sample.catalogue.products.map(\.id)
        let kinds = Misplacement.allCases
        let misplacement = { (product: String) in kinds[(ids.firstIndex(of: product) ?? 0) % kinds.count] }
        let moved = ReviewedSamples.folder.appendingPathComponent("connext-voice-2027-moved.review.html")
        try Self.moving(try String(contentsOf: sample.report, encoding: .utf8), misplacement).write(to: moved, atomically: true, encoding: .utf8)
        let reading = try ReviewBrowser.read(moved)
        try #require(reading.products.count == ids.count)
        for box in reading.products {
            let kind = misplacement(box.product)
            let ink = try #require(box.ink)
            let image = try #require(reading.page(box.page)?.image)
            #expect(!ink.liesOnName, "\(box.product) moved \(kind) still passes as on its name: \(ink)")
            // Inside the page image all the same: the ink check is what tells them apart.
            #expect(image.client.contains(box.client, tolerance: SampleReviewTests.layoutTolerance), "\(box.product) moved \(kind)")
            if kind == .leftMargin { #expect(ink.ink == 0 && ink.pixels > 0, "\(box.product) in the margin: \(ink)") }
        }
        // Each kind of misplacement was tried.
        #expect(Set(reading.products.map { misplacement($0.product) }).count == kinds.count)
    }

    /// A one-page sheet the parser warns about three times: a column header no price label
    /// fits, an amount outside any table, a VAT statement contradicted.
    static let warningSheet = SheetSpec(title: "Tarieven KPN EEN Regels", pages: [PageSpec(blocks: [
        .paragraph("Prijzen exclusief btw."),
        .paragraph("Prijzen inclusief btw."),
        .paragraph("Toeslag weekend € 5,00"),
        .table(TableSpec(caption: "Bellen", columns: [ColumnSpec("Starttarief"), ColumnSpec("Kosten per jaar")],
                         rows: [.product(ProductRowSpec(name: "Nationaal", cells: ["€ 0,09", "€ 12,00"])),
                                .product(ProductRowSpec(name: "Mobiel", cells: ["€ 0,09", "€ 15,00"]))])),
    ])])

    @Test func aSheetWithWarningsListsEachOnceAndCountsThemAsTheCatalogue() throws {
        let pdf = ReviewedSamples.folder.appendingPathComponent("warnings.pdf").path
        _ = try SheetRenderer.render(Self.warningSheet, to: pdf)
        let review = try ReviewedSheet.review(pdf, in: ReviewedSamples.folder)
        let warnings = review.catalogue.warnings
        try #require(warnings.count == 3, "the sheet drawn to warn three times gives \(warnings.map(\.message))")
        #expect(review.reading.warnings.count == warnings.count)
        #expect(review.reading.counts?.warnings == warnings.count)
        #expect(review.reading.warnings.map(\.number) == Array(1...warnings.count))
        #expect(review.reading.warnings.map(\.page) == warnings.map(\.page))
        // A warning quoting a line of the page is boxed there, under its own number.
        #expect(Set(review.reading.warningBoxes).isSubset(of: Set(1...warnings.count)))
        let quoted = try #require(warnings.firstIndex { $0.text.contains("Toeslag weekend") }, "\(warnings)")
        #expect(review.reading.warningBoxes.contains(quoted + 1))
        // An unknown header is quoted alone: the header line holding it is boxed.
        let header = try #require(warnings.firstIndex { $0.message.contains("unknown column header") }, "\(warnings)")
        #expect(review.reading.warningBoxes.contains(header + 1))
        // The products still read and stand on their names.
        #expect(review.reading.products.map(\.product) == review.catalogue.products.map(\.id))
        #expect(review.reading.products.allSatisfy { $0.ink?.liesOnName == true })
    }
}
