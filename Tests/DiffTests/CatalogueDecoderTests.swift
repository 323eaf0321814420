import Catalogue
import Foundation
import Renderer
import Testing
import TestSupport

/// Reading a catalogue JSON back: exact money from strings, and clear errors.
@Suite struct CatalogueDecoderTests {
    static let committed = packageRootDirectory().appendingPathComponent("Output/connext-voice.json")

    @Test func encodeThenDecodeGivesTheSameCatalogue() throws {
        for catalogue in [try Editions.first(), try Editions.catalogue(ConnextVoice2027Sample.sheet())] {
            let json = CatalogueEncoder.json(catalogue)
            let errors = try SchemaValidation.errors(in: json, schema: .catalogue)
            #expect(errors == [])
            // Boxes are written to a tenth of a point and prices as printed not at all: the
            // content reads back equal, and the document writes back byte for byte.
            let decoded = try CatalogueDecoder.decode(json)
            #expect(decoded.withoutProvenance == catalogue.withoutProvenance)
            #expect(CatalogueEncoder.json(decoded) == json)
            #expect(decoded.products.allSatisfy { $0.box != nil && $0.prices.allSatisfy { $0.box != nil } })
        }
    }

    @Test func theCommittedCatalogueReadsBackByteForByte() throws {
        let text = try String(contentsOf: Self.committed, encoding: .utf8)
        let catalogue = try CatalogueDecoder.decode(text)
        #expect(CatalogueEncoder.json(catalogue) == text)
    }

    @Test func everyFieldSurvivesARoundTrip() throws {
        let product = Product(id: "p", name: "P", table: "T", group: nil, requires: ["Pro"], footnotes: ["p1.1"], page: 2,
                              rounding: Rounding(minutes: .up, cents: .down), notes: ["Let op."], prices: [
                                  Price(label: .perMinuteMobile, value: .range(min: Money("0.22")!, max: Money("0.43")!),
                                        column: "Kosten per minuut mobiele nummer"),
                                  Price(label: .firstInstallation, value: .amount(Money("1250.005")!), per: "user", column: "E"),
                              ])
        let catalogue = Catalogue(
            source: Source(file: "a.pdf", sha256: String(repeating: "ab", count: 32), pages: 2, title: nil),
            tables: [TableInfo(caption: "T", pages: [1, 2], note: nil, columns: [.init(header: "E", label: nil)], rows: 1),
                     TableInfo(caption: "U", pages: [2], note: "n", columns: [], rows: 7, doubtfulRows: 2, strayLines: 0)],
            products: [product], footnotes: [Footnote(page: 1, marker: "1", text: "Voetnoot \"1\"\n.")],
            warnings: [Warning(page: nil, message: "m", text: "t")],
            accounting: Accounting(lines: 5, catalogue: 1, runningText: 1, footnotes: 1, prose: 1, unaccounted: 1))
        #expect(try CatalogueDecoder.decode(CatalogueEncoder.json(catalogue)) == catalogue)
    }

    @Test func aTablesDoubtIsReadBackFromItsConfidence() {
        for (rows, doubtful, stray) in [(7, 2, 0), (6, 0, 1), (13, 1, 2), (1, 0, 60), (0, 0, 3), (40, 40, 0)] {
            let table = TableInfo(caption: "T", pages: [1], note: nil, columns: [], rows: rows, doubtfulRows: doubtful,
                                  strayLines: stray)
            let json = CatalogueEncoder.json(Self.catalogue(tables: [table]))
            let decoded = try? CatalogueDecoder.decode(json)
            #expect(decoded?.tables.first?.confidence == table.confidence, "\(rows) \(doubtful) \(stray)")
            #expect(decoded.map { CatalogueEncoder.json($0) } == json)
        }
    }

    static func catalogue(tables: [TableInfo]) -> Catalogue {
        Catalogue(source: Source(file: "a.pdf", sha256: String(repeating: "0", count: 64), pages: 1, title: nil),
                  tables: tables, products: [], footnotes: [], warnings: [],
                  accounting: Accounting(lines: 0, catalogue: 0, runningText: 0, footnotes: 0, prose: 0, unaccounted: 0))
    }

    @Test func moneyIsOnlyReadFromStrings() throws {
        let text = try String(contentsOf: Self.committed, encoding: .utf8)
        let number = text.replacingOccurrences(of: #""amount": "5.00""#, with: #""amount": 5.00"#)
        #expect(number != text)
        #expect(throws: CatalogueDecodingError.self) { try CatalogueDecoder.decode(number) }
        let comma = text.replacingOccurrences(of: #""amount": "5.00""#, with: #""amount": "5,00""#)
        #expect(reason { try CatalogueDecoder.decode(comma) }?.contains(#""5,00" is not a decimal amount"#) == true)
    }

    @Test func wrongVersionsAndShapesAreNamed() {
        #expect(reason { try CatalogueDecoder.decode(#"{"schemaVersion": 2, "products": []}"#) }
                == "schemaVersion 2 is not supported (expected 1)")
        #expect(reason { try CatalogueDecoder.decode("{") }?.hasPrefix("is not a catalogue JSON") == true)
        #expect(reason { try CatalogueDecoder.decode(#"{"schemaVersion": 1}"#) } == "is not a catalogue JSON (missing source)")
    }

    private func reason(_ body: () throws -> Any) -> String? {
        do { _ = try body(); return nil } catch let error as CatalogueDecodingError { return error.reason } catch { return "\(error)" }
    }
}
