import Catalogue
import Foundation
import Renderer
import TariffKit
import Testing
import TestSupport

/// The streaming, parallel page pipeline gives the same catalogue whatever the thread count
/// and wherever its chunk and window boundaries fall; the catalogue is built and written the
/// same on one thread as on several.
@Suite struct PipelineTests {
    /// 45 pages: two chunks of 32, and more pages than the running-text window on either side.
    @Test func threadCountNeverChangesTheResult() throws {
        let path = try Paths.temporaryDirectory().appendingPathComponent("archive-45.pdf").path
        try SheetRenderer.render(ConnextVoiceSample.archive(pages: 45), to: path)
        let one = try Ingestor(workers: 1).ingest(path: path).catalogue
        let two = try Ingestor(workers: 2).ingest(path: path).catalogue
        let four = try Ingestor(workers: 4).ingest(path: path).catalogue
        let json = CatalogueEncoder.json(one)
        #expect(json == CatalogueEncoder.json(two, workers: 2))
        #expect(json == CatalogueEncoder.json(four, workers: 4))
        let errors = try SchemaValidation.errors(in: json, schema: .catalogue)
        #expect(errors == [])
        #expect(one.products.count == 9 * 42)
        #expect(one.warnings == [])
        #expect(one.source.title == "Tarieven KPN EEN MKB Connext Voice")
        #expect(one.accounting.unaccounted == 0)
        #expect(one.accounting.runningText == 45 * 2, "a running header and a page number on every page")
    }

    /// Every 5-page edition inside the archive reads like the sample on its own.
    @Test func eachEditionInAnArchiveReadsLikeTheSample() throws {
        let path = try Paths.temporaryDirectory().appendingPathComponent("archive-20.pdf").path
        try SheetRenderer.render(ConnextVoiceSample.archive(pages: 20), to: path)
        let archive = try Ingestor().ingest(path: path).catalogue
        let sample = try Ingestor().ingest(path: Paths.sample).catalogue
        for edition in 0..<4 {
            let products = archive.products.filter { ($0.page - 1) / 5 == edition }
            #expect(products.map(\.name) == sample.products.map(\.name))
            #expect(products.map(\.prices) == sample.products.map(\.prices))
            #expect(products.map { $0.footnotes.map { $0.dropFirst(1).split(separator: ".")[1] } }
                == sample.products.map { $0.footnotes.map { $0.dropFirst(1).split(separator: ".")[1] } })
        }
    }
}
