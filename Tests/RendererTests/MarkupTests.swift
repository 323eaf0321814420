import Testing
@testable import Renderer

/// Spec text to Pango markup.
@Suite struct MarkupTests {
    @Test func escapesMarkupSyntax() {
        #expect(Markup.escape("A & B <c> 'd' \"e\"") == "A &amp; B &lt;c&gt; &apos;d&apos; &quot;e&quot;")
    }

    @Test func raisedMarkersAreSmallerRaisedSpans() {
        let markup = Markup.text("locatie{1}", size: 10, markers: .raised)
        #expect(markup == "locatie<span size=\"6656\" rise=\"3584\">1</span>")
    }

    @Test func unicodeMarkersAreSuperscriptDigits() {
        #expect(Markup.text("Centrale{12} & meer", size: 9, markers: .unicode) == "Centrale¹² &amp; meer")
    }

    @Test func bracesThatAreNotMarkersStayText() {
        #expect(Markup.text("a{ b}{} c{", size: 9, markers: .unicode) == "a{ b}{} c{")
    }

    @Test func euroSpacingFollowsTheStyle() {
        #expect(Markup.applyEuroSpacing("€ 5,00 - €6,00", spaced: false) == "€5,00 - €6,00")
        #expect(Markup.applyEuroSpacing("€ 5,00 - €6,00", spaced: true) == "€ 5,00 - € 6,00")
    }

    @Test func amountsNeverBreakBetweenSignAndNumber() {
        let markup = Markup.amount("€ 15,00 (per gebruiker)", size: 9, euroSpacing: true, markers: .raised)
        #expect(markup == "<span allow_breaks=\"false\">€ 15,00</span> (per gebruiker)")
    }
}
