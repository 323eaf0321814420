import Catalogue
import Layout
import Tables
import Testing
import TestSupport

/// Amounts are read exactly or not at all, and found as one token before columns exist.
@Suite struct MoneyTests {
    @Test(arguments: [
        ("5,00", "5.00"), ("0,06", "0.06"), ("1.250,00", "1250.00"), ("12.345.678,90", "12345678.90"),
        ("5,-", "5.00"), ("-5,00", "-5.00"), ("0.06", "0.06"), ("007,50", "7.50"), ("0,125", "0.125"),
        ("1,250.00", "1250.00"),
    ])
    func readsPrintedAmounts(printed: String, canonical: String) {
        #expect(AmountSyntax.canonical(printed) == canonical)
    }

    @Test(arguments: ["5", "085", "3222", "1.250", "5,0", "5,00,00", "12.34,00", "1,25.00", "abc", "", ",50", "5,a0"])
    func rejectsWhatIsNotExactlyAnAmount(printed: String) {
        #expect(AmountSyntax.canonical(printed) == nil)
    }

    static func tokens(_ text: String) -> [MoneyText] {
        let line = PageLayout(page: GlyphFactory.page(GlyphFactory.run(text, x: 50, baseline: 100))).lines[0]
        return MoneyTokenizer().tokens(in: line).map(\.money)
    }

    @Test func euroWithAndWithoutSpace() {
        #expect(Self.tokens("€ 5,00").map(\.low) == ["5.00"])
        #expect(Self.tokens("€5,00").map(\.low) == ["5.00"])
        #expect(Self.tokens("EUR 1.250,00").map(\.low) == ["1250.00"])
    }

    @Test func rangeIsOneToken() {
        let tokens = Self.tokens("€ 0,22 - € 0,43")
        #expect(tokens == [MoneyText(low: "0.22", high: "0.43", printed: "€ 0,22 - € 0,43")])
        #expect(Self.tokens("€0,22–€0,43").map(\.high) == ["0.43"])
    }

    @Test func amountsOfNeighbouringColumnsStayApart() {
        let line = GlyphFactory.run("€ 0,09", x: 280, baseline: 100) + GlyphFactory.run("€ 0,64 - € 1,69", x: 360, baseline: 100)
            + GlyphFactory.run("€ 0,64 - € 1,69", x: 470, baseline: 100)
        let built = PageLayout(page: GlyphFactory.page(line)).lines[0]
        let tokens = MoneyTokenizer().tokens(in: built).map(\.money)
        #expect(tokens.map(\.low) == ["0.09", "0.64", "0.64"])
        #expect(tokens.map(\.high) == [nil, "1.69", "1.69"])
    }

    @Test func namesWithNumbersHaveNoAmounts() {
        #expect(Self.tokens("1 telefoonnummer nieuw (regionaal, 085)").isEmpty)
        #expect(Self.tokens("Telefoonnummer nieuw 10-blok nationaal (3222) Duitsland").isEmpty)
        #expect(Self.tokens("KPN EEN Gespreksopname 90 dagen").isEmpty)
    }

    @Test func bareAmountWithoutEuroSign() {
        #expect(Self.tokens("Fax 2,50").map(\.low) == ["2.50"])
    }
}

/// Header labels to price labels, through the one vocabulary.
@Suite struct HeaderVocabularyTests {
    let vocabulary = Vocabulary.standard

    @Test(arguments: [
        ("Prijs / maand", PriceLabel.monthly), ("Eerste installatie / nieuwe locatie", .firstInstallation),
        ("Kosten activering bij uitbreiding", .extensionActivation), ("Eenmalige kosten", .oneTime),
        ("Starttarief", .setupFee), ("Start- tarief", .setupFee), ("Kosten per minuut", .perMinute),
        ("Kosten per minuut mobiele nummer", .perMinuteMobile), ("Maandprijs", .monthly),
    ])
    func knownHeaders(header: String, label: PriceLabel) {
        #expect(vocabulary.label(for: header) == label)
    }

    @Test func unknownHeaderGetsNoGuess() {
        #expect(vocabulary.label(for: "Kosten per jaar") == nil)
        #expect(vocabulary.looksLikePriceHeader("Kosten per jaar"))
    }

    @Test func genericNameHeaders() {
        #expect(vocabulary.isGenericNameHeader("Productnaam"))
        #expect(!vocabulary.isGenericNameHeader("Nationaal bellen"))
    }
}

/// Wrapped lines joined as a reader would.
@Suite struct TextJoinerTests {
    @Test(arguments: [
        (["Start-", "tarief"], "Starttarief"), (["Noord-", "Amerika"], "Noord-Amerika"),
        (["Midden-", "en Zuid-Europa"], "Midden- en Zuid-Europa"), (["KPN EEN Keuzemenu", "installatieservice"], "KPN EEN Keuzemenu installatieservice"),
        (["", "alone"], "alone"), (["a", "", "b"], "a b"),
        (["uitbreiding/", "bijbestellen"], "uitbreiding/bijbestellen"), (["installatie /", "nieuwe locatie"], "installatie / nieuwe locatie"),
    ])
    func joins(lines: [String], joined: String) {
        #expect(TextJoiner().join(lines) == joined)
    }
}
