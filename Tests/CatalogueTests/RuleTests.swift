import Catalogue
import Testing

/// The model's small rules: ids from names, the accounted share.
@Suite struct RuleTests {
    @Test(arguments: [
        ("KPN EEN Connext Plus", "kpn-een-connext-plus"),
        ("Oost-Europa, Israël, Turkije en het Verre Oosten", "oost-europa-israel-turkije-en-het-verre-oosten"),
        ("KPN EEN Receptionist+", "kpn-een-receptionist"),
        ("1 telefoonnummer nieuw (regionaal, 085)", "1-telefoonnummer-nieuw-regionaal-085"),
        ("Midden- en Zuid-Europa, Australië", "midden-en-zuid-europa-australie"), ("!!!", "product"),
    ])
    func slugs(name: String, slug: String) {
        #expect(Slug.make(name) == slug)
    }

    @Test func idsAreMadeUniqueInDocumentOrder() {
        #expect(Slug.unique(["a", "b", "a", "a", "a-2"]) == ["a", "b", "a-3", "a-4", "a-2"])
    }

    @Test func accountedShareIsPrintedWithOneDecimal() {
        #expect(Accounting(lines: 145, catalogue: 100, runningText: 10, footnotes: 10, prose: 25, unaccounted: 0).accountedPercent == "100.0")
        #expect(Accounting(lines: 3, catalogue: 2, runningText: 0, footnotes: 0, prose: 0, unaccounted: 1).accountedPercent == "66.7")
    }
}
