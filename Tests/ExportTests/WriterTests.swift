import Catalogue
@testable import Export
import Foundation
import Testing
import TestSupport

/// The writers on a catalogue made by hand with every feature the family prints: decimals to
/// four places, a range, "op aanvraag", contract terms, attributes, requires, groups, footnotes,
/// a validity date and a VAT statement.
@Suite struct WriterTests {
    static func catalogue(validFrom: String? = "2027-03-01", vatIncluded: Bool? = false, name: String = "KPN EEN Zakelijk Mobiel 10 GB")
        -> Catalogue {
        let mobile = Product(
            id: "kpn-een-zakelijk-mobiel-10-gb", name: name, table: "Mobiele abonnementen", group: "Bundels",
            requires: ["Pro"], footnotes: ["p1.1"], page: 1, notes: ["Alleen in Nederland"],
            attributes: [Attribute(column: "Data", value: "10 GB", quantity: .init(amount: "10", unit: "GB")),
                         Attribute(column: "Bellen", value: "Onbeperkt", unlimited: true)],
            prices: [Price(label: .monthly, value: .amount(Money("19.00")!), termMonths: 12, column: "Maandprijs 12 maanden"),
                     Price(label: .monthly, value: .amount(Money("17.10")!), termMonths: 24, column: "Maandprijs 24 maanden"),
                     Price(label: .oneTime, value: .onRequest, column: "Aansluitkosten"),
                     Price(label: .oneTime, value: .amount(Money("1250.00")!), per: "user", column: "Installatie")])
        let usage = Product(
            id: "buitenland", name: "Buitenland", table: "Gebruik", group: nil, requires: [], footnotes: [], page: 2,
            rounding: Rounding(minutes: .up, cents: .up),
            prices: [Price(label: .perMB, value: .amount(Money("0.0050")!), column: "Per MB"),
                     Price(label: .perMinute, value: .range(min: Money("0.22")!, max: Money("0.43")!), column: "Per minuut")])
        return Catalogue(
            source: Source(file: "mobiel.pdf", sha256: String(repeating: "a", count: 64), pages: 2, title: "Tarieven KPN EEN Zakelijk Mobiel"),
            validFrom: validFrom, vatIncluded: vatIncluded,
            tables: [TableInfo(caption: "Mobiele abonnementen", pages: [1], note: "Door KPN te factureren", columns: []),
                     TableInfo(caption: "Gebruik", pages: [2], note: nil, columns: [], transposed: true)],
            products: [mobile, usage],
            footnotes: [Footnote(page: 1, marker: "1", text: "Prijzen per maand, \"excl.\" btw")],
            warnings: [], accounting: Accounting(lines: 1, catalogue: 1, runningText: 0, footnotes: 0, prose: 0, unaccounted: 0))
    }

    static func text(_ format: ExportFormat, _ catalogue: Catalogue = catalogue(), delimiter: Character = ",") throws -> String {
        String(decoding: try format.writer(delimiter: delimiter).write(catalogue), as: UTF8.self)
    }

    @Test func moneyIsTheDecimalsOwnDigitsAsAJSONNumber() throws {
        let json = try Self.text(.tmf620)
        for literal in ["19.00", "17.10", "1250.00", "0.0050", "0.22", "0.43"] {
            #expect(json.contains("\"value\": \(literal)\n"), "\(literal)")
        }
        #expect(!json.contains("0.005\n") && !json.contains("\"19.00\""))
    }

    @Test func keysAreSortedAndTheBytesRepeat() throws {
        let json = try Self.text(.tmf620)
        #expect(json == (try Self.text(.tmf620)))
        // Each object's keys in code-point order: "@…" first, then the alphabet.
        let object = try #require(json.range(of: "{\n      \"@baseType\": \"ProductOfferingPrice\""))
        let keys = json[object.lowerBound...].split(separator: "\n").dropFirst().prefix { !$0.hasPrefix("    }") }.compactMap { line -> String? in
            guard line.hasPrefix("      \"") else { return nil }
            return String(line.dropFirst(7).prefix { $0 != "\"" })
        }
        #expect(keys == keys.sorted() && keys.first == "@baseType" && keys.contains("priceType"), "\(keys)")
        #expect(json.hasPrefix("{\n  \"catalog\": {") && json.contains("\n  \"productOfferingPrice\": ["))
    }

    @Test func pricesAreReferencedByStableIDs() throws {
        let ids = PriceID.ids(of: Self.catalogue().products[0])
        #expect(ids == ["kpn-een-zakelijk-mobiel-10-gb.monthly.12m", "kpn-een-zakelijk-mobiel-10-gb.monthly.24m",
                        "kpn-een-zakelijk-mobiel-10-gb.oneTime", "kpn-een-zakelijk-mobiel-10-gb.oneTime.2"])
        // A renamed product keeps its id (the catalogue's), so its prices keep theirs.
        let renamed = try Self.text(.tmf620, Self.catalogue(name: "KPN EEN Zakelijk Mobiel 10GB"))
        for id in ids { #expect(renamed.contains("\"id\": \"\(id)\"")) }
    }

    @Test func validFromIsMidnightInTheNetherlands() {
        #expect(StartDateTime.of("2027-03-01") == "2027-03-01T00:00:00+01:00")
        #expect(StartDateTime.of("2027-07-01") == "2027-07-01T00:00:00+02:00")
        // The days the clocks change: midnight is still on the old time.
        #expect(StartDateTime.of("2027-03-28") == "2027-03-28T00:00:00+01:00")
        #expect(StartDateTime.of("2027-03-29") == "2027-03-29T00:00:00+02:00")
        #expect(StartDateTime.of("2027-10-31") == "2027-10-31T00:00:00+02:00")
        #expect(StartDateTime.of("2027-11-01") == "2027-11-01T00:00:00+01:00")
        for bad in ["2027-02-30", "1 maart 2027", "2027-3-1", "", "2027-03-01T00:00"] { #expect(StartDateTime.of(bad) == nil, "\(bad)") }
    }

    @Test func aValidFromThatIsNoDateIsAnError() {
        #expect(throws: ExportError.self) { try TMF620Writer().write(Self.catalogue(validFrom: "maart 2027")) }
    }

    @Test func whatTheSheetSaysOfVATAndNothingWhenItSaysNothing() throws {
        #expect(try Self.text(.tmf620).contains("\"included\": false"))
        #expect(try Self.text(.tmf620, Self.catalogue(vatIncluded: true)).contains("\"included\": true"))
        let silent = try Self.text(.tmf620, Self.catalogue(validFrom: nil, vatIncluded: nil))
        #expect(!silent.contains("\"tax\"") && !silent.contains("\"validFor\"") && silent.contains("\"vatIncluded\": null"))
    }

    /// The hand-made catalogue's export, with the features the samples lack (per user, rounding,
    /// notes, a transposed table), against TM Forum's definitions and the extensions' schema.
    @Test func everyFeatureValidatesAgainstTMF620() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, catalogue) in [Self.catalogue(), Self.catalogue(validFrom: nil, vatIncluded: nil)].enumerated() {
            let path = folder.appendingPathComponent("\(index).json").path
            try TMF620Writer().write(catalogue).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let files = try ExportCheck.tmf620(paths)
        #expect(files.map(\.errors) == [[], []])
        let prices = try #require(files.first).prices
        #expect(prices.map(\.amount) == ["19.00", "17.10", nil, "1250.00", "0.0050", nil])
        #expect(prices.map(\.min) == [nil, nil, nil, nil, nil, "0.22"] && prices.map(\.max).last == "0.43")
        #expect(prices.map(\.onRequest) == [false, false, true, false, false, false])
        #expect(prices.map(\.termMonths) == ["12", "24", nil, nil, nil, nil])
        #expect(prices.map(\.unit) == ["month", "month", nil, nil, "MB", "minute"])
        #expect(prices[3].per == "user")
    }

    /// The extension schema catches what TMF620's own definitions let through.
    @Test func theExtensionSchemaRejectsAPriceWithoutAmount() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = try Self.text(.tmf620).replacingOccurrences(of: "\"onRequest\": true", with: "\"onRequest\": false")
            .replacingOccurrences(of: "\"value\": 1250.00", with: "\"value\": \"1250.00\"")
        let path = folder.appendingPathComponent("broken.json").path
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        let errors = try #require(try ExportCheck.tmf620([path]).first).errors
        #expect(errors.contains { $0.contains("'1250.00' is not of type 'number'") }, "\(errors)")
        #expect(errors.contains { $0.contains("False is not one of [True]") }, "\(errors)")
    }

    @Test func csvIsRFC4180WithAHeaderAndCRLF() throws {
        let csv = try Self.text(.csv)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.first == CSVExpectation.header.joined(separator: ","))
        #expect(csv.hasSuffix("\r\n") && lines.last == "")
        // A footnote text with a comma and quotes is quoted, its quotes doubled.
        #expect(csv.contains(#","Prijzen per maand, ""excl."" btw","#))
        #expect(csv.contains(",0.0050,,,,"))
        #expect(!csv.contains("\u{FEFF}"))
    }

    @Test func csvWithASemicolonQuotesSemicolonsNotCommas() throws {
        let csv = try Self.text(.csv, Self.catalogue(name: "Zakelijk; Mobiel, 10 GB"), delimiter: ";")
        #expect(csv.contains(#";"Zakelijk; Mobiel, 10 GB";"#))
        #expect(csv.contains(#";"Prijzen per maand, ""excl."" btw";"#))
        #expect(csv.contains(";Mobiele abonnementen;Bundels;"))
    }

    @Test func csvTextThatASpreadsheetWouldRunAsAFormulaIsQuotedAsText() throws {
        let csv = try Self.text(.csv, Self.catalogue(name: "=HYPERLINK(\"http://x\",\"10 GB\")"))
        #expect(csv.contains(#",kpn-een-zakelijk-mobiel-10-gb,"'=HYPERLINK(""http://x"",""10 GB"")",monthly,"#))
        #expect(!csv.contains(#","=HYPERLINK"#))
        // Any text that begins so is guarded, plain words too; a sign further in is not, nor an amount.
        #expect(FormulaGuard.guarded("-5% korting") == "'-5% korting")
        #expect(FormulaGuard.guarded("@home") == "'@home")
        #expect(FormulaGuard.guarded("Zakelijk = Mobiel") == "Zakelijk = Mobiel")
        #expect(FormulaGuard.guarded("") == "")
        #expect(csv.contains(",1250.00,"))
    }

    @Test func csvParsesBackToEveryPrice() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalogue = Self.catalogue(name: "Zakelijk \"Mobiel\",\n10 GB")
        let path = folder.appendingPathComponent("hand.csv").path
        try CSVPriceWriter().write(catalogue).write(to: URL(fileURLWithPath: path))
        let rows = try #require(try ExportCheck.csv([path]).first).rows
        #expect(rows == CSVExpectation.rows(of: catalogue))
        #expect(rows.map { $0["requires"] } == ["Pro", "Pro", "Pro", "Pro", "", ""])
    }

    func temporaryFolder() throws -> URL {
        try ScratchFolder.folder("writer")
    }
}
