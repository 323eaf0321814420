import Diff
import Testing
import TestSupport

/// The three formats of the two sample editions' diff, written out in full: what the README shows.
@Suite struct FormatTests {
    static let report = DiffReport(
        old: SheetReference(file: "connext-voice.pdf", sha256: String(repeating: "a", count: 64)),
        new: SheetReference(file: "connext-voice-2027.pdf", sha256: String(repeating: "b", count: 64)),
        changes: SecondEdition.changes)

    @Test func textGroupsByTableInTheSheetsOwnAmounts() {
        #expect(TextFormat().render(Self.report) == """
            connext-voice.pdf → connext-voice-2027.pdf: 10 changes: 5 price changes, 1 added, 1 removed, 1 renamed, 1 moved, 1 footnote changed

            Connext Voice
              price    KPN EEN Callcenter Premium, Prijs / maand: € 5,00 → € 4,50 (-10,00%)
              price    KPN EEN Connext Pro, Prijs / maand: € 7,50 → € 7,95 (+6,00%)
              price    KPN EEN Vast Bellen over Internet, Eerste installatie / nieuwe locatie: — → € 49,00 (new price)
              added    KPN EEN Teams Integratie (Gebruikersopties)
              removed  KPN EEN Webex Premium (Gebruikersopties)
              renamed  KPN EEN Bel-me-nu → KPN EEN Bel-mij-nu

            Telefoonnummers
              price    Servicenummer 0800-nummer, Eenmalige kosten: € 100,00 → — (price dropped)
              moved    Telefoonnummer nieuw 10-blok België, Duitsland (new place in the table)

            Internationaal bellen
              price    Oost-Europa, Israël, Turkije en het Verre Oosten, Kosten per minuut mobiele nummer (max): € 0,43 → € 0,45 (+4,65%)

            Footnotes
              p1.3     was: Combinatie Voordelen kunnen van toepassing zijn indien aan de voorwaarden wordt voldaan.
                       now: Combinatievoordelen zijn van toepassing als aan de voorwaarden van KPN wordt voldaan.

            """)
    }

    @Test func markdownHasAPriceTableThenLists() {
        #expect(MarkdownFormat().render(Self.report) == """
            ## Tariff diff: `connext-voice.pdf` → `connext-voice-2027.pdf`

            **10 changes: 5 price changes, 1 added, 1 removed, 1 renamed, 1 moved, 1 footnote changed**

            ### Price changes

            | Table | Product | Price | Old | New | Change |
            | --- | --- | --- | ---: | ---: | ---: |
            | Connext Voice | KPN EEN Callcenter Premium | Prijs / maand | € 5,00 | € 4,50 | -10,00% |
            | Connext Voice | KPN EEN Connext Pro | Prijs / maand | € 7,50 | € 7,95 | +6,00% |
            | Connext Voice | KPN EEN Vast Bellen over Internet | Eerste installatie / nieuwe locatie | — | € 49,00 | new price |
            | Telefoonnummers | Servicenummer 0800-nummer | Eenmalige kosten | € 100,00 | — | price dropped |
            | Internationaal bellen | Oost-Europa, Israël, Turkije en het Verre Oosten | Kosten per minuut mobiele nummer (max) | € 0,43 | € 0,45 | +4,65% |

            ### Added

            - **KPN EEN Teams Integratie** (Connext Voice › Gebruikersopties)

            ### Removed

            - **KPN EEN Webex Premium** (Connext Voice › Gebruikersopties)

            ### Renamed

            - KPN EEN Bel-me-nu → **KPN EEN Bel-mij-nu** (Connext Voice › Groepsopties bij de Centrale)

            ### Moved

            - **Telefoonnummer nieuw 10-blok België, Duitsland** (Telefoonnummers): new place in the table

            ### Footnotes

            - **p1.3** changed
              - was: Combinatie Voordelen kunnen van toepassing zijn indien aan de voorwaarden wordt voldaan.
              - now: Combinatievoordelen zijn van toepassing als aan de voorwaarden van KPN wordt voldaan.

            """)
    }

    @Test func jsonFollowsTheSchemaWithSignedDeltas() throws {
        let text = JSONFormat().render(Self.report)
        let errors = try SchemaValidation.errors(in: text, schema: .diff)
        #expect(errors == [])
        #expect(text.contains(#""delta": "+0.45",\#n      "percent": "+6.00""#))
        #expect(text.contains(#""delta": "-0.50",\#n      "percent": "-10.00""#))
        #expect(text.contains(#""bound": "max""#))
        #expect(text.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"old\": {"))
    }

    @Test func everyKindOfMoveValidates() throws {
        let moves: [Change] = [
            .moved(Move(product: "P", table: "B", group: nil, tableChange: .init(old: "A", new: "B"),
                        groupChange: .init(old: "G", new: nil))),
            .footnoteChanged(FootnoteChange(footnote: "p2.1", old: nil, new: "Nieuw.")),
            .footnoteChanged(FootnoteChange(footnote: "p2.2", old: "Oud.", new: nil)),
        ]
        let report = DiffReport(old: Self.report.old, new: Self.report.new, changes: moves)
        let text = JSONFormat().render(report)
        let errors = try SchemaValidation.errors(in: text, schema: .diff)
        #expect(errors == [])
        #expect(text.contains(#""oldTable": "A",\#n      "newTable": "B",\#n      "oldGroup": "G",\#n      "newGroup": null"#))
    }

    @Test func noChangesSaySo() {
        let empty = DiffReport(old: Self.report.old, new: Self.report.old, changes: [])
        #expect(TextFormat().render(empty) == "connext-voice.pdf → connext-voice.pdf: no changes\n")
        #expect(MarkdownFormat().render(empty).contains("**No changes**"))
    }

    @Test func markdownEscapesWhatWouldBreakATable() {
        let change = Change.priceChanged(PriceChange(product: "A | B *nieuw*", table: "T", label: "monthly",
                                                     column: "Prijs", old: nil, new: nil))
        let report = DiffReport(old: Self.report.old, new: Self.report.new, changes: [change])
        #expect(MarkdownFormat().render(report).contains(#"| A \| B \*nieuw\* |"#))
    }
}
