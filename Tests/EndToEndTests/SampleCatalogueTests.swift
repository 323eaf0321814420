import Catalogue
import Foundation
import TariffKit
import Testing
import TestSupport

/// The sample sheet, PDF to catalogue, against the catalogue typed by hand from the seed text.
@Suite struct SampleCatalogueTests {
    let catalogue: Catalogue
    let json: String

    init() throws {
        catalogue = try Ingestor().ingest(path: Paths.sample).catalogue
        json = CatalogueEncoder.json(catalogue)
    }

    @Test func matchesTheHandTypedCatalogueExactly() throws {
        try ExpectedCatalogue.expectMatch(json)
    }

    @Test func hasThirtyFiveProductRowsAndSevenCallRates() {
        let callRates = catalogue.products.filter { $0.prices.contains { if case .usage = $0.type { true } else { false } } }
        #expect(catalogue.products.count - callRates.count == 35)
        #expect(callRates.count == 7)
        #expect(catalogue.products.filter { $0.page == 4 }.count == 7)
    }

    @Test func describesTheSource() {
        #expect(catalogue.source.file == "connext-voice.pdf")
        #expect(catalogue.source.pages == 5)
        #expect(catalogue.source.title == "Tarieven KPN EEN MKB Connext Voice")
        #expect(catalogue.source.sha256.count == 64)
    }

    @Test func accountsForEveryLine() {
        let a = catalogue.accounting
        #expect(a.unaccounted == 0)
        #expect(a.lines == a.catalogue + a.runningText + a.footnotes + a.prose)
        #expect(a.runningText >= 10, "a running header and a page number on each of 5 pages")
        #expect(a.prose > 0, "the disclaimer page is prose")
    }

    @Test func validatesAgainstTheShippedSchema() throws {
        let errors = try SchemaValidation.errors(in: json, schema: .catalogue)
        #expect(errors == [])
    }

    @Test func isByteIdenticalRunToRun() throws {
        let again = try Ingestor().ingest(path: Paths.sample).catalogue
        #expect(CatalogueEncoder.json(again) == json)
    }
}

/// The family's samples (a mobile and an internet sheet of the same house style), each against
/// its own hand-typed catalogue: attribute columns, two-level headers with terms, bare and
/// four-decimal amounts, cell words, star markers, footnote blocks, a transposed table.
@Suite struct FamilySampleCatalogueTests {
    @Test(arguments: ["zakelijk-mobiel", "zakelijk-internet"])
    func matchesTheHandTypedCatalogueExactly(sample: String) throws {
        let catalogue = try Ingestor().ingest(path: Paths.root.appendingPathComponent("Samples/\(sample).pdf").path).catalogue
        try ExpectedCatalogue.expectMatch(CatalogueEncoder.json(catalogue), expected: Paths.expected(of: sample))
        #expect(catalogue.accounting.unaccounted == 0)
        #expect(catalogue.warnings.isEmpty)
    }
}

/// The same sheets printed by other producers read to the same catalogues.
@Suite struct ForeignProducerTests {
    @Test(arguments: ["connext-voice", "zakelijk-mobiel", "zakelijk-internet"], ["libreoffice", "chromium"])
    func readsToTheHandTypedCatalogue(sample: String, producer: String) throws {
        let path = Paths.root.appendingPathComponent("Tests/EndToEndTests/Fixtures/foreign/\(sample)-\(producer).pdf").path
        try ExpectedCatalogue.expectMatch(CatalogueEncoder.json(try Ingestor().ingest(path: path).catalogue), expected: Paths.expected(of: sample))
    }
}

/// Output/ holds the catalogue of every sample: any parser change that alters one shows here.
@Suite struct OutputRegressionTests {
    static let samples: [String] = {
        let folder = Paths.root.appendingPathComponent("Samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".pdf") }.sorted()
    }()

    @Test func everySampleHasACommittedCatalogue() {
        #expect(!Self.samples.isEmpty)
    }

    @Test(arguments: samples)
    func freshIngestEqualsCommittedOutput(sample: String) throws {
        let pdf = Paths.root.appendingPathComponent("Samples/\(sample)").path
        let output = Paths.root.appendingPathComponent("Output/\(sample.dropLast(4)).json")
        let committed = try String(contentsOf: output, encoding: .utf8)
        let fresh = CatalogueEncoder.json(try Ingestor().ingest(path: pdf).catalogue)
        #expect(fresh == committed, "Output/\(output.lastPathComponent) is stale or the parser changed: run `make run` and review the diff")
    }

    @Test(arguments: samples)
    func committedOutputValidates(sample: String) throws {
        let output = Paths.root.appendingPathComponent("Output/\(sample.dropLast(4)).json")
        let errors = try SchemaValidation.errors(inFileAt: output, schema: .catalogue)
        #expect(errors == [], "Output/\(output.lastPathComponent)")
    }
}
