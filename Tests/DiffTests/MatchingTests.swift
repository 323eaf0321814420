import Catalogue
import Diff
import Testing

/// The matching rules on small hand-made catalogues: names, renames, order, ties.
@Suite struct MatchingTests {
    static func product(_ name: String, table: String = "T", group: String? = "G", monthly: String = "1.00") -> Product {
        Product(id: name, name: name, table: table, group: group, requires: [], footnotes: [], page: 1,
                prices: [Price(label: .monthly, value: .amount(Money(monthly)!), column: "Prijs / maand")])
    }

    static func catalogue(_ products: [Product], footnotes: [Footnote] = []) -> Catalogue {
        Catalogue(source: Source(file: "x.pdf", sha256: String(repeating: "0", count: 64), pages: 1, title: nil),
                  tables: [], products: products, footnotes: footnotes, warnings: [],
                  accounting: Accounting(lines: 0, catalogue: 0, runningText: 0, footnotes: 0, prose: 0, unaccounted: 0))
    }

    static func diff(_ old: [Product], _ new: [Product]) -> [Change] {
        CatalogueDiff(old: catalogue(old), new: catalogue(new)).changes()
    }

    @Test func namesMatchAcrossCaseDiacriticsAndWhitespace() {
        #expect(Self.diff([Self.product("Oost-Europa, Israël")], [Self.product("oost-europa,  ISRAEL")]) == [])
        #expect(ProductKey.normalize("  KPN EEN\n Connext   Pro ") == "kpn een connext pro")
    }

    @Test func aPageChangeAloneIsNoChange() {
        var moved = Self.product("A")
        moved.page = 3
        #expect(Self.diff([Self.product("A")], [moved]) == [])
    }

    @Test func nameSimilarityIsNormalizedEditDistance() {
        let close = NameSimilarity("KPN EEN Bel-me-nu", "KPN EEN Bel-mij-nu")
        #expect(close.distance == 2 && close.length == 18 && close.isSimilar)
        #expect(!NameSimilarity("KPN EEN Webex Premium", "KPN EEN Teams Integratie").isSimilar)
        #expect(NameSimilarity("abcde", "abcxy").isSimilar)      // 2/5 = 0.4: the limit is inclusive
        #expect(!NameSimilarity("abcde", "abxyz").isSimilar)     // 3/5 = 0.6
    }

    @Test func renamesAreTakenClosestFirstWithDeterministicTies() {
        let old = [Self.product("Alpha Basis"), Self.product("Alpha Extra")]
        let new = [Self.product("Alpha Basic"), Self.product("Alpha Bases")]
        // "Alpha Basis" is one edit from both new names; old position breaks the tie, and
        // "Alpha Extra" is too far from what is left, so it is removed and "Alpha Bases" added.
        #expect(Self.diff(old, new) == [
            .added(ProductEntry(product: "Alpha Bases", table: "T", group: "G")),
            .removed(ProductEntry(product: "Alpha Extra", table: "T", group: "G")),
            .renamed(Rename(old: "Alpha Basis", new: "Alpha Basic", table: "T", group: "G")),
        ])
    }

    @Test func aRenameNeedsTheSameGroup() {
        let changes = Self.diff([Self.product("Alpha Basis", group: "G")], [Self.product("Alpha Basic", group: "H")])
        #expect(changes.map(\.kind) == [.added, .removed])
    }

    @Test func movedRowsAreThoseOffTheLongestIncreasingRun() {
        #expect(LongestIncreasingSubsequence.indices([0, 1, 2, 9, 3, 4, 5, 6, 7, 8]) == [0, 1, 2, 4, 5, 6, 7, 8, 9])
        #expect(LongestIncreasingSubsequence.indices([]) == [])
        #expect(LongestIncreasingSubsequence.indices([2, 1, 0]).count == 1)
        let names = ["A", "B", "C", "D", "E"]
        let changes = Self.diff(names.map { Self.product($0) }, ["A", "D", "B", "C", "E"].map { Self.product($0) })
        #expect(changes == [.moved(Move(product: "D", table: "T", group: "G"))])
    }

    @Test func addedProductsDoNotMakeOthersMove() {
        let changes = Self.diff(["A", "B", "C"].map { Self.product($0) }, ["X", "A", "Y", "B", "C"].map { Self.product($0) })
        #expect(changes.map(\.kind) == [.added, .added])
    }

    @Test func aNamePrintedTwicePairsWithinItsGroupFirst() {
        let old = [Self.product("Opname", group: "A", monthly: "1.00"), Self.product("Opname", group: "B", monthly: "2.00")]
        let new = [Self.product("Opname", group: "B", monthly: "2.00"), Self.product("Opname", group: "A", monthly: "1.50")]
        #expect(Self.diff(old, new) == [
            .priceChanged(PriceChange(product: "Opname", table: "T", label: "monthly", column: "Prijs / maand",
                                      old: Money("1.00"), new: Money("1.50"))),
            .moved(Move(product: "Opname", table: "T", group: "B")),   // one of a swapped pair moved; the LIS keeps the later
        ])
    }

    @Test func deltaAndPercentAreExactAndSigned() {
        let up = PriceChange(product: "P", table: "T", label: "monthly", column: "", old: Money("7.50"), new: Money("7.95"))
        #expect(up.delta?.description == "0.45" && up.percent?.description == "6.00" && up.isIncrease)
        let fromZero = PriceChange(product: "P", table: "T", label: "monthly", column: "", old: Money("0.00"), new: Money("5"))
        #expect(fromZero.delta?.description == "5.00" && fromZero.percent == nil)
        let gone = PriceChange(product: "P", table: "T", label: "monthly", column: "", old: Money("1.00"), new: nil)
        #expect(gone.delta == nil && gone.percent == nil && !gone.isIncrease)
        let third = PriceChange(product: "P", table: "T", label: "monthly", column: "", old: Money("3.00"), new: Money("2.00"))
        #expect(third.percent?.description == "-33.33")
    }

    @Test func footnotesThatOnlyChangedPageAreNoChange() {
        let old = Self.catalogue([], footnotes: [Footnote(page: 2, marker: "1", text: "Tekst.")])
        let new = Self.catalogue([], footnotes: [Footnote(page: 3, marker: "1", text: "Tekst.")])
        #expect(CatalogueDiff(old: old, new: new).changes() == [])
    }

    @Test func failPolicies() {
        let up = Change.priceChanged(PriceChange(product: "P", table: "T", label: "monthly", column: "",
                                                 old: Money("1.00"), new: Money("2.00")))
        let down = Change.priceChanged(PriceChange(product: "P", table: "T", label: "monthly", column: "",
                                                   old: Money("2.00"), new: Money("1.00")))
        let sheet = SheetReference(file: "a.pdf", sha256: "")
        func status(_ policy: FailPolicy, _ changes: [Change]) -> Int32 {
            policy.exitStatus(for: DiffReport(old: sheet, new: sheet, changes: changes))
        }
        #expect([status(.any, []), status(.any, [down]), status(.any, [up])] == [0, 1, 1])
        #expect([status(.priceIncrease, []), status(.priceIncrease, [down]), status(.priceIncrease, [down, up])] == [0, 0, 1])
        #expect([status(.none, []), status(.none, [up])] == [0, 0])
    }

    @Test func sheetAmountsReadLikeTheSheet() {
        #expect(SheetAmount.money(Money("1250.00")) == "€ 1.250,00")
        #expect(SheetAmount.money(Money("0.06")) == "€ 0,06")
        #expect(SheetAmount.money(nil) == "—")
        #expect(SheetAmount.signedMoney(Money("-0.45")!) == "-€ 0,45")
        #expect(SheetAmount.signedPercent(Money("6.00")!) == "+6,00%")
        #expect(SheetAmount.signedPercent(Money("-10.00")!) == "-10,00%")
    }
}
