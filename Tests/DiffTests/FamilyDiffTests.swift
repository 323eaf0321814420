import Catalogue
import Diff
import Renderer
import Testing

/// The diff on the family's mobile sample: an attribute that changes is `attributeChanged`,
/// prices compare per label and contract term, and the same sheet diffs empty.
@Suite struct FamilyDiffTests {
    static let firstResult = Result { try Editions.catalogue(ZakelijkMobielSample.sheet()) }

    @Test func attributeAndTermedPriceChanges() throws {
        let sheet = ZakelijkMobielSample.sheet()
            .settingCell("KPN EEN Zakelijk Mobiel 10 GB", column: 0, to: "15 GB")
            .settingCell("KPN EEN Zakelijk Mobiel 10 GB", column: 3, to: "€ 16,50")
        let changes = CatalogueDiff(old: try Self.firstResult.get(), new: try Editions.catalogue(sheet)).changes()
        #expect(changes == [
            .priceChanged(PriceChange(product: "KPN EEN Zakelijk Mobiel 10 GB", table: "Mobiele abonnementen", label: "monthly",
                                      column: "Maandprijs 24 maanden", termMonths: 24, old: Money("17.10"), new: Money("16.50"))),
            .attributeChanged(AttributeChange(product: "KPN EEN Zakelijk Mobiel 10 GB", table: "Mobiele abonnementen",
                                              column: "Data", old: "10 GB", new: "15 GB")),
        ], "the 12-month price of the same label is unchanged and not reported")
    }

    @Test func theSameSheetDiffsEmpty() throws {
        let again = try Editions.catalogue(ZakelijkMobielSample.sheet())
        #expect(CatalogueDiff(old: try Self.firstResult.get(), new: again).changes() == [])
    }
}
