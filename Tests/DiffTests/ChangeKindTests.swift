import Catalogue
import Diff
import Renderer
import Testing

/// Every kind of change on real PDFs: the first edition's spec is edited, drawn, ingested and
/// diffed against the first edition; each test asserts the exact change list, in order.
@Suite struct ChangeKindTests {
    typealias E = Expect

    @Test func priceIncreaseDecreaseAndFromZero() throws {
        let sheet = Editions.sample
            .settingCell("KPN EEN Connext Plus", column: 0, to: "€ 4,95")
            .settingCell("KPN EEN Receptionist+", column: 1, to: "€ 40,00")
            .settingCell("KPN EEN Keuzemenu installatieservice", column: 0, to: "€ 2,50")
            .settingCell("Servicenummer 0800-nummer", column: 0, to: "€ 1.250,00")
        let changes = try Editions.changes(to: sheet)
        #expect(changes == [
            E.price("KPN EEN Connext Plus", E.connext, E.monthly, "4.50", "4.95"),
            E.price("KPN EEN Keuzemenu installatieservice", E.connext, E.monthly, "0.00", "2.50"),
            E.price("KPN EEN Receptionist+", E.connext, E.firstInstallation, "45.00", "40.00"),
            E.price("Servicenummer 0800-nummer", E.numbers, E.monthly, "50.00", "1250.00"),
        ])
        let prices = changes.compactMap { if case .priceChanged(let p) = $0 { p } else { nil } }
        #expect(prices.map { $0.delta?.description } == ["0.45", "2.50", "-5.00", "1200.00"])
        #expect(prices.map { $0.percent?.description } == ["10.00", nil, "-11.11", "2400.00"])
    }

    @Test func priceAppearsAndDisappearsOnAKeptProduct() throws {
        let sheet = Editions.sample
            .settingCell("KPN EEN Vast Bellen over Internet", column: 1, to: "€ 49,00")
            .settingCell("KPN EEN Vast Bellen over Internet", column: 2, to: nil)
            .settingCell("Telefoonnummer nieuw 1 nummer Duitsland", column: 1, to: nil)
        #expect(try Editions.changes(to: sheet) == [
            E.price("KPN EEN Vast Bellen over Internet", E.connext, E.firstInstallation, nil, "49.00"),
            E.price("KPN EEN Vast Bellen over Internet", E.connext, E.extensionActivation, "99.00", nil),
            E.price("Telefoonnummer nieuw 1 nummer Duitsland", E.numbers, E.oneTime, "100.00", nil),
        ])
    }

    @Test func rangesAreComparedBoundByBound() throws {
        let sheet = Editions.sample
            .settingCell("Uitzonderingen", column: 1, to: "€ 0,59 - € 1,79")
            .settingCell("Rest van de wereld", column: 2, to: "€ 0,59 - € 0,79")
            .settingCell("Nederlandse Antillen, Brazilië en Noord- en Zuid-Afrika", column: 2, to: "€ 0,34 - € 0,55")
        #expect(try Editions.changes(to: sheet) == [
            E.price("Rest van de wereld", E.international, E.perMinuteMobile, "0.59", "0.79", bound: .max),
            E.price("Uitzonderingen", E.international, E.perMinute, "0.64", "0.59", bound: .min),
            E.price("Uitzonderingen", E.international, E.perMinute, "1.69", "1.79", bound: .max),
        ])
    }

    @Test func addedAndRemovedProducts() throws {
        let sheet = Editions.sample
            .insertingRow(.product(ProductRowSpec(name: "KPN EEN Teams Integratie", cells: ["€ 3,50", "€ 15,00", "€ 15,00"])),
                          after: "KPN EEN Webex Premium")
            .insertingRow(.product(ProductRowSpec(name: "Telefoonnummer nieuw 1 nummer Oostenrijk", cells: ["€ 25,00", "€ 50,00"])),
                          after: "Telefoonnummer nieuw 1 nummer Duitsland")
            .removingProduct("KPN EEN Gespreksopname 7 jaar")
            .removingProduct("Midden- en Zuid-Europa, Australië en Nieuw-Zeeland")
        #expect(try Editions.changes(to: sheet) == [
            E.added("KPN EEN Teams Integratie", E.connext, "Gebruikersopties"),
            E.removed("KPN EEN Gespreksopname 7 jaar", E.connext, "Gebruikersopties"),
            E.added("Telefoonnummer nieuw 1 nummer Oostenrijk", E.numbers, nil),
            E.removed("Midden- en Zuid-Europa, Australië en Nieuw-Zeeland", E.international, "Bellen naar buitenlandse nummers"),
        ])
    }

    @Test func aRenameIsOneChangeNotRemovedAndAdded() throws {
        let sheet = Editions.sample
            .renamingProduct("KPN EEN Bel-me-nu", to: "KPN EEN Bel-mij-nu")
            .renamingProduct("KPN EEN Rapportage Basis", to: "KPN EEN Rapportages Basis")
        #expect(try Editions.changes(to: sheet) == [
            E.renamed("KPN EEN Bel-me-nu", "KPN EEN Bel-mij-nu", E.connext, "Groepsopties bij de Centrale"),
            E.renamed("KPN EEN Rapportage Basis", "KPN EEN Rapportages Basis", E.connext, "Gebruikersopties"),
        ])
    }

    @Test func aNewNameWithNewPricesIsRemovedAndAdded() throws {
        let sheet = Editions.sample
            .renamingProduct("KPN EEN Rapportage Basis", to: "KPN EEN Rapportages Basis")
            .settingCell("KPN EEN Rapportages Basis", column: 0, to: "€ 21,00")
        #expect(try Editions.changes(to: sheet) == [
            E.added("KPN EEN Rapportages Basis", E.connext, "Gebruikersopties"),
            E.removed("KPN EEN Rapportage Basis", E.connext, "Gebruikersopties"),
        ])
    }

    @Test func aRowThatOnlyChangedPlaceIsMoved() throws {
        let sheet = Editions.sample
            .movingProduct("KPN EEN Webex Standaard", before: "KPN EEN Receptionist+")
            .movingProduct("Telefoonnummer nieuw 10-blok België, Duitsland", before: "KPN EEN Nummer porteren 1 nummer Spanje")
        #expect(try Editions.changes(to: sheet) == [
            E.moved("KPN EEN Webex Standaard", E.connext, "Gebruikersopties"),
            E.moved("Telefoonnummer nieuw 10-blok België, Duitsland", E.numbers, nil),
        ])
    }

    @Test func aProductUnderAnotherGroupSaysSo() throws {
        let sheet = Editions.sample.movingProduct("KPN EEN Fax naar e-mail", after: "KPN EEN Connext Centrale")
        #expect(try Editions.changes(to: sheet) == [
            E.moved("KPN EEN Fax naar e-mail", E.connext, "Centrale",
                    group: Move.GroupChange(old: "Groepsopties bij de Centrale", new: "Centrale")),
        ])
    }

    @Test func aProductInAnotherTableIsMovedNotRemovedAndAdded() throws {
        let row = ProductRowSpec(name: "Rest van de wereld", cells: ["€ 0,09", "€ 0,59"])
        let sheet = Editions.sample
            .removingProduct("Rest van de wereld")
            .insertingRow(.product(row), after: "Bellen naar Nederlandse nummers")
        #expect(try Editions.changes(to: sheet) == [
            E.price("Rest van de wereld", E.national, E.perMinuteMobile, "0.59", nil),
            E.moved("Rest van de wereld", E.national, "Variabele kosten",
                    table: Move.TableChange(old: E.international, new: E.national),
                    group: Move.GroupChange(old: "Bellen naar buitenlandse nummers", new: "Variabele kosten")),
        ])
    }

    @Test func footnoteTextsAreComparedPerFootnote() throws {
        let sheet = Editions.sample
            .settingFootnote(page: 2, marker: "3", to: "Indien de user de Basis licentie of hoger wil gebruiken.")
            .updatingProduct("KPN EEN Desktop Integratie Premium Installatie Service") {
                $0.name = "KPN EEN Desktop Integratie\nPremium Installatie Service"
            }
            .removingFootnote(page: 2, marker: "2")
            .updatingProduct("Uitzonderingen") { $0.name = "Uitzonderingen{2}" }
            .addingFootnote(page: 4, FootnoteSpec(marker: "2", text: "Zie kpn.com/uitzonderingen voor de landen."))
        #expect(try Editions.changes(to: sheet) == [
            E.footnote("p2.2", "Van toepassing indien de Pro user de dienst wil gebruiken.", nil),
            E.footnote("p2.3", "Indien de user de Basis licentie wil gebruiken.",
                       "Indien de user de Basis licentie of hoger wil gebruiken."),
            E.footnote("p4.2", nil, "Zie kpn.com/uitzonderingen voor de landen."),
        ])
    }

    @Test func theSecondEditionHasOneChangeOfEveryKind() throws {
        #expect(try Editions.changes(to: ConnextVoice2027Sample.sheet()) == SecondEdition.changes)
    }
}
