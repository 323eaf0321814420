import Catalogue
import Diff
import Renderer
import Testing

/// The same sheet in another layout is the same catalogue as far as the diff is concerned:
/// pages, row positions, fonts and alignment are layout, not content.
@Suite struct LayoutInvarianceTests {
    /// A named style, so a failure says which layout broke the match.
    struct Layout: CustomTestStringConvertible, Sendable {
        let name: String
        /// Why the parser (not the diff) reads this layout differently, while it does.
        var parserIssue: String? = nil
        let change: @Sendable (inout SheetStyle) -> Void
        var testDescription: String { name }

        var style: SheetStyle {
            var style = SheetStyle()
            change(&style)
            return style
        }
    }

    static let layouts: [Layout] = [
        Layout(name: "serif") { $0.fontFamily = "DejaVu Serif" },
        Layout(name: "7.5 pt") { $0.bodySize = 7.5 },
        Layout(name: "11 pt") { $0.bodySize = 11 },
        Layout(name: "right-aligned amounts") { $0.amountAlignment = .right },
        Layout(name: "centered amounts") { $0.amountPlacement = .centered },
        Layout(name: "last-line amounts") { $0.amountPlacement = .lastLine },
        Layout(name: "other column widths") {
            $0.nameColumnWidth = 190
            $0.columnWidths = [80, 120, 109.28]
        },
        Layout(name: "unicode markers") { $0.markerStyle = .unicode },
        Layout(name: "filled groups") { $0.groupStyle = .filled },
        Layout(name: "plain groups") { $0.groupStyle = .plain },
        Layout(name: "no rules") { $0.rules = false },
        Layout(name: "tight rows") { $0.rowPadding = 0 },
        // With no gap between rows, a group row in the products' weight is told from a wrapped
        // name by its fill or the rules around it alone: the page is drawn back to see them.
        Layout(name: "filled groups, tight rows") {
            $0.groupStyle = .filled
            $0.rowPadding = 0
        },
        Layout(name: "plain groups, tight rows") {
            $0.groupStyle = .plain
            $0.rowPadding = 0
        },
        Layout(name: "filled groups, no rules") {
            $0.groupStyle = .filled
            $0.rules = false
        },
        Layout(name: "no rules, tight rows") {
            $0.rules = false
            $0.rowPadding = 0
        },
        Layout(name: "no euro space") { $0.euroSpacing = false },
        Layout(name: "serif 10 pt, right-aligned, centered, other widths") {
            $0.fontFamily = "DejaVu Serif"
            $0.bodySize = 10
            $0.amountAlignment = .right
            $0.amountPlacement = .centered
            $0.nameColumnWidth = 200
            $0.columnWidths = [75, 115, 109.28]
        },
    ]

    @Test(arguments: layouts)
    func theSameSheetInAnotherLayoutDiffsEmpty(_ layout: Layout) throws {
        let relaid = try Editions.catalogue(ConnextVoiceSample.sheet(style: layout.style))
        let changes = CatalogueDiff(old: try Editions.first(), new: relaid).changes()
        guard let issue = layout.parserIssue else { return #expect(changes == [], "\(layout.name): \(changes)") }
        // Recorded, not failed; once the parser reads the layout, the missing issue fails the test.
        withKnownIssue(Comment(rawValue: issue)) { #expect(changes == [], "\(layout.name): \(changes)") }
    }

    @Test func editionsInDifferentLayoutsDiffToExactlyTheirChanges() throws {
        let style = Self.layouts.last!.style
        let second = try Editions.catalogue(ConnextVoice2027Sample.sheet(style: style))
        #expect(CatalogueDiff(old: try Editions.first(), new: second).changes() == SecondEdition.changes)
    }
}

/// Boxes say where a product is printed, which every re-layout changes: the diff never
/// compares them.
@Suite struct ProvenanceInvarianceTests {
    @Test func boxesMovedElsewhereChangeNothing() throws {
        let catalogue = try Editions.first()
        #expect(catalogue.products.allSatisfy { $0.box != nil }, "the sample's products have boxes to move")
        var moved = catalogue
        for p in moved.products.indices {
            moved.products[p].box = moved.products[p].box.map { Box(x: $0.x + 40, y: $0.y + 300, width: $0.width / 2, height: 3) }
            for i in moved.products[p].prices.indices { moved.products[p].prices[i].box = nil }
        }
        for f in moved.footnotes.indices { moved.footnotes[f].box = Box(x: 0, y: 0, width: 1, height: 1) }
        #expect(CatalogueDiff(old: catalogue, new: moved).changes() == [])
        #expect(CatalogueDiff(old: moved.withoutProvenance, new: catalogue).changes() == [])
    }
}
