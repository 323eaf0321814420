import Catalogue
import Foundation
import Testing
import TestSupport

/// Every sample sheet, read by poppler and exported by the built tool, read back by other
/// tools: TMF620 against TM Forum's definitions, CSV by Python's csv module and by LibreOffice.
@Suite struct SampleExportTests {
    @Test func everyTMF620ExportValidatesAndDecodesBackToItsPrices() throws {
        let samples = try SampleExports.samples()
        let files = try ExportCheck.tmf620(samples.map(\.tmf620))
        try #require(files.count == samples.count)
        for (sample, file) in zip(samples, files) {
            #expect(file.errors == [], "\(sample.name)")
            let expected = sample.catalogue.products.flatMap { product in product.prices.map { Self.decoded($0, of: product, in: sample.catalogue) } }
            #expect(!expected.isEmpty)
            #expect(file.prices.count == expected.count, "\(sample.name): price count")
            for (got, want) in zip(file.prices, expected) {
                // The offset of the day is the writer's unit tests' business; here, the day itself.
                #expect(got.startDateTime?.hasPrefix(want.startDateTime ?? "") ?? (want.startDateTime == nil), "\(sample.name)")
                var got = got
                got.startDateTime = want.startDateTime
                #expect(got == want, "\(sample.name)")
            }
            // Catalog, categories, offerings, prices, terms, taxes: each checked against its extension.
            #expect(file.typed >= 1 + sample.catalogue.tables.count + sample.catalogue.products.count + expected.count)
        }
    }

    /// What the TMF620 document must say of a price, from the catalogue alone.
    static func decoded(_ price: Price, of product: Product, in catalogue: Catalogue) -> ExportCheck.DecodedPrice {
        let texts = price.amountTexts
        let ids = [product.id, price.label.rawValue] + (price.termMonths.map { ["\($0)m"] } ?? [])
        let repeats = product.prices.prefix { $0 != price }.filter { $0.label == price.label && $0.termMonths == price.termMonths }.count
        let start = catalogue.validFrom.map { $0 + "T00:00:00+0" }
        return ExportCheck.DecodedPrice(
            product: product.id, id: ids.joined(separator: ".") + (repeats > 0 ? ".\(repeats + 1)" : ""),
            name: price.column, label: price.label.rawValue, priceType: price.type.name, unit: price.unitText,
            periodLength: price.type == .recurring(period: "month") ? "1" : nil, termMonths: price.termMonths.map(String.init),
            currency: texts.amount == nil ? nil : "EUR", amount: texts.amount, min: texts.min, max: texts.max,
            onRequest: price.value == .onRequest, per: price.per, vatIncluded: catalogue.vatIncluded, startDateTime: start)
    }

    @Test func aCatalogueJSONExportsToTheSameBytesAsItsPDFAndRunsRepeat() throws {
        for sample in try SampleExports.samples() {
            let json = "Output/\(sample.name).json"
            for (format, file) in [("tmf620", sample.tmf620), ("csv", sample.csv)] {
                let fromPDF = try Data(contentsOf: URL(fileURLWithPath: file))
                let fromJSON = try ToolRun.tariff(["export", json, "--format", format])
                let again = try ToolRun.tariff(["export", sample.pdf, "--format", format])
                #expect(fromJSON.status == 0 && again.status == 0)
                #expect(Data(fromJSON.stdout.utf8) == fromPDF, "\(sample.name) \(format): from \(json)")
                #expect(Data(again.stdout.utf8) == fromPDF, "\(sample.name) \(format): a second run")
            }
        }
    }

    /// Output/export holds every sample's exports (`make run`): a change to either writer shows there.
    @Test func freshExportsEqualTheCommittedOnes() throws {
        for sample in try SampleExports.samples() {
            for (file, committed) in [(sample.tmf620, "\(sample.name).tmf620.json"), (sample.csv, "\(sample.name).csv")] {
                let fresh = try Data(contentsOf: URL(fileURLWithPath: file))
                let kept = try Data(contentsOf: SampleExports.root.appendingPathComponent("Output/export/\(committed)"))
                #expect(fresh == kept, "Output/export/\(committed) is stale or a writer changed: run `make run` and review the diff")
            }
        }
    }

    @Test func idsAreTheCataloguesAndStayAcrossEditions() throws {
        let samples = try SampleExports.samples()
        let files = try ExportCheck.tmf620(samples.map(\.tmf620))
        for (sample, file) in zip(samples, files) {
            #expect(file.prices.map(\.product) == sample.catalogue.products.flatMap { p in p.prices.map { _ in p.id } })
        }
        // The 2027 edition adds and drops prices: a price the two editions share (same product,
        // label and term) keeps its id, wherever it stands among the product's prices.
        let byName = Dictionary(uniqueKeysWithValues: zip(samples.map(\.name), files))
        let first = try #require(byName["connext-voice"]), second = try #require(byName["connext-voice-2027"])
        func ids(_ file: ExportCheck.TMF620File) -> [String: String] {
            Dictionary(file.prices.map { ("\($0.product ?? "") \($0.label ?? "") \($0.termMonths ?? "")", $0.id ?? "") }) { a, _ in a }
        }
        let before = ids(first), after = ids(second)
        let shared = Set(before.keys).intersection(after.keys)
        #expect(shared.count >= 100 && shared.count < before.count + after.count)
        for key in shared { #expect(before[key] == after[key], "\(key)") }
        #expect(Set(first.prices.map(\.id)).count == first.prices.count)
    }

    @Test func everyCSVExportParsesToExactlyItsPrices() throws {
        let samples = try SampleExports.samples()
        let files = try ExportCheck.csv(samples.map(\.csv))
        for (sample, file) in zip(samples, files) {
            let expected = CSVExpectation.rows(of: sample.catalogue)
            #expect(file.rows.count == expected.count && !expected.isEmpty, "\(sample.name)")
            for (got, want) in zip(file.rows, expected) { #expect(got == want, "\(sample.name)") }
        }
    }

    @Test func aSemicolonCSVForDutchSpreadsheets() throws {
        let sample = try #require(try SampleExports.samples().first { $0.name == "zakelijk-mobiel" })
        let target = SampleExports.folder.appendingPathComponent("semicolon.csv").path
        let run = try ToolRun.tariff(["export", sample.pdf, "--format", "csv", "--csv-delimiter", ";", "-o", target])
        #expect(run.status == 0)
        let text = try String(contentsOfFile: target, encoding: .utf8)
        #expect(text.hasPrefix("sheet;table;group;productId;"))
        let rows = try #require(try ExportCheck.csv([target], delimiter: ";").first).rows
        #expect(rows == CSVExpectation.rows(of: sample.catalogue))
    }

    /// LibreOffice Calc opens every sample's CSV, saves it as .xlsx, and the .xlsx saved back
    /// as CSV holds every amount at its value and every text as written.
    @Test func everyCSVSurvivesLibreOfficeCalcAsXLSX() throws {
        let samples = try SampleExports.samples()
        let started = Date()
        let files = try ExportCheck.calc(samples.map(\.csv))
        print("LibreOffice: \(samples.count) CSV → xlsx → CSV in \(Int(Date().timeIntervalSince(started) * 1000)) ms")
        for (sample, file) in zip(samples, files) {
            let expected = CSVExpectation.rows(of: sample.catalogue)
            #expect(file.rows.count == expected.count, "\(sample.name)")
            for (index, (got, want)) in zip(file.rows, expected).enumerated() {
                for column in CSVExpectation.header {
                    let back = got[column] ?? "", sent = want[column] ?? ""
                    switch column {
                    case "amount", "min", "max":
                        #expect(back.isEmpty == sent.isEmpty && (sent.isEmpty || Money(back) == Money(sent)),
                                "\(sample.name) row \(index + 1) \(column): \(sent) came back as \(back)")
                    case "onRequest":
                        #expect(back.lowercased() == sent, "\(sample.name) row \(index + 1)")
                    default:
                        #expect(back == sent, "\(sample.name) row \(index + 1) \(column)")
                    }
                }
            }
        }
    }
}

/// The CSV rows the catalogue must give, built from the catalogue alone.
enum CSVExpectation {
    static let header = ["sheet", "table", "group", "productId", "name", "label", "type", "unit", "column", "currency",
                         "amount", "min", "max", "onRequest", "per", "termMonths", "requires", "footnotes", "page"]

    static func rows(of catalogue: Catalogue) -> [[String: String]] {
        catalogue.products.flatMap { product in
            product.prices.map { price in
                let texts = price.amountTexts
                let footnotes = product.footnotes.map { id in catalogue.footnotes.first { $0.id == id }?.text ?? "?" }
                return ["sheet": catalogue.source.file, "table": product.table, "group": product.group ?? "", "productId": product.id,
                        "name": product.name, "label": price.label.rawValue, "type": price.type.name, "unit": price.unitText ?? "",
                        "column": price.column, "currency": catalogue.currency, "amount": texts.amount ?? "", "min": texts.min ?? "",
                        "max": texts.max ?? "", "onRequest": price.value == .onRequest ? "true" : "", "per": price.per ?? "",
                        "termMonths": price.termMonths.map(String.init) ?? "", "requires": product.requires.joined(separator: "\n"),
                        "footnotes": footnotes.joined(separator: "\n"), "page": String(product.page)]
            }
        }
    }
}
