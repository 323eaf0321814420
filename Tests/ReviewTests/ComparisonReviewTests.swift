import Catalogue
import Foundation
import Testing
import TestSupport

/// The 2027 edition reviewed against the first: the panel lists exactly the changes
/// `tariff diff` finds, each linked to its product, and the changed products are marked on the page.
@Suite struct ComparisonReviewTests {
    static let old = "Samples/connext-voice.pdf"
    static let new = "Samples/connext-voice-2027.pdf"

    /// One change of `tariff diff --format json`: its kind and the product of the new edition it names.
    struct DiffChange: Decodable {
        var kind: String
        var table: String?
        var product: String?
        /// A rename's new name.
        var new: String?

        /// The new edition's product this change is about; nil for a removed product or a footnote.
        func target(in catalogue: Catalogue) -> String? {
            guard kind != "removed", let table, let name = kind == "renamed" ? new : product else { return nil }
            return catalogue.products.first { $0.table == table && $0.name == name }?.id
        }
    }

    private struct DiffDocument: Decodable { var changes: [DiffChange] }

    /// The report, with the first and the last product the changes name clicked.
    static let review = Result {
        try ReviewedSheet.review(new, against: old, in: ReviewedSamples.folder) { catalogue in
            let targets = try diffChanges().compactMap { $0.target(in: catalogue) }
            guard let first = targets.first, let last = targets.last, first != last else {
                throw ReviewTestFailure("the changes name fewer than two products: \(targets)")
            }
            return [first, last]
        }
    }

    static func diffChanges() throws -> [DiffChange] {
        let diff = try ToolRun.tariff(["diff", old, new, "--format", "json"])
        // Exit 1 says the editions differ, as they do.
        guard diff.status == 0 || diff.status == 1 else { throw ReviewTestFailure("tariff diff exited \(diff.status): \(diff.stderr)") }
        return try JSONDecoder().decode(DiffDocument.self, from: Data(diff.stdout.utf8)).changes
    }

    @Test func thePanelListsEveryChangeTheDiffFindsLinkedToItsProduct() throws {
        let review = try Self.review.get()
        let changes = try Self.diffChanges()
        try #require(!changes.isEmpty)
        #expect(review.reading.changes.count == changes.count)
        #expect(review.reading.changes.map(\.kind) == changes.map(\.kind))
        #expect(review.reading.changes.map(\.product) == changes.map { $0.target(in: review.catalogue) })
        // Every change but the removal and the footnote's names a product of the new edition.
        #expect(changes.compactMap { $0.target(in: review.catalogue) }.count
                == changes.filter { !["removed", "footnoteChanged"].contains($0.kind) }.count)
    }

    @Test func theChangedProductsAndOnlyTheyAreMarkedOnThePage() throws {
        let review = try Self.review.get()
        let changes = try Self.diffChanges()
        var kinds: [String: Set<String>] = [:]
        for change in changes { if let target = change.target(in: review.catalogue) { kinds[target, default: []].insert(change.kind) } }
        try #require(!kinds.isEmpty)
        for box in review.reading.products {
            let expected = kinds[box.product] ?? []
            #expect(box.classes.contains("changed") == !expected.isEmpty, "\(box.product): \(box.classes)")
            #expect(Set(box.classes.filter { $0.hasPrefix("change-") }) == Set(expected.map { "change-\($0)" }), "\(box.product)")
        }
    }

    /// A changed product's box carries the change colour and, once clicked, the selection's.
    @Test func aClickOnAChangedProductMarksIt() throws {
        let review = try Self.review.get()
        try #require(review.reading.clicks.count == 2)
        for click in review.reading.clicks {
            let product = try #require(click.product)
            try #require(click.found)
            #expect(review.reading.boxes(of: product).first?.classes.contains("changed") == true)
            #expect(click.link?.hit == true)
            #expect(click.selectedEntries?.map(\.product) == [product])
            try SampleReviewTests.expectMarked(click, in: "connext-voice-2027 against connext-voice")
        }
    }
}
