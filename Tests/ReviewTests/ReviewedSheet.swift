import Catalogue
import Foundation
import TestSupport

/// A sheet as a user reviews it: the report the built `tariff review` writes, the catalogue
/// `tariff ingest` writes for the same sheet, and what Chromium made of the report after a
/// click on a few products and footnotes in its panel.
struct ReviewedSheet: Sendable {
    var name: String
    var report: URL
    var reportBytes: Int
    var catalogue: Catalogue
    /// The products clicked (by default the catalogue's first, middle and last).
    var clicked: [String]
    /// The footnotes clicked: the catalogue's first, middle and last.
    var footnotesClicked: [String]
    var reading: BrowserReading

    /// Reviews `pdf` (against `against`, when given) into `folder`, and reads the report in the
    /// browser after a click on the products `choose` picks from the catalogue.
    static func review(_ pdf: String, against: String? = nil, in folder: URL,
                       clicking choose: (Catalogue) throws -> [String] = { chosen($0.products.map(\.id)) }) throws -> ReviewedSheet {
        let name = URL(fileURLWithPath: pdf).deletingPathExtension().lastPathComponent
        let report = folder.appendingPathComponent("\(name)\(against == nil ? "" : "-against").review.html")
        let written = try ToolRun.tariff(["review", pdf, "-o", report.path] + (against.map { ["--against", $0] } ?? []))
        guard written.status == 0 else { throw ReviewTestFailure("tariff review \(pdf) exited \(written.status): \(written.stderr)") }
        let catalogue = try Self.catalogue(of: pdf)
        let clicked = try choose(catalogue)
        let footnotes = chosen(catalogue.footnotes.map(\.id))
        let bytes = try FileManager.default.attributesOfItem(atPath: report.path)[.size] as? Int ?? 0
        return ReviewedSheet(name: name, report: report, reportBytes: bytes, catalogue: catalogue, clicked: clicked,
                             footnotesClicked: footnotes, reading: try ReviewBrowser.read(report, clicking: clicked, footnotes: footnotes))
    }

    /// The catalogue `tariff ingest` writes for `pdf`.
    static func catalogue(of pdf: String) throws -> Catalogue {
        let ingest = try ToolRun.tariff(["ingest", pdf])
        guard ingest.status == 0 else { throw ReviewTestFailure("tariff ingest \(pdf) exited \(ingest.status): \(ingest.stderr)") }
        return try CatalogueDecoder.decode(ingest.stdout)
    }

    /// The first, middle and last of `ids`, each once.
    static func chosen(_ ids: [String]) -> [String] {
        guard !ids.isEmpty else { return [] }
        var picked: [String] = []
        for id in [ids[0], ids[ids.count / 2], ids[ids.count - 1]] where !picked.contains(id) { picked.append(id) }
        return picked
    }

    /// The page section of `product`'s page.
    func section(of product: Product) -> BrowserReading.PageSection? { reading.page(product.page) }
}

/// The sample sheets, each reviewed once for all the tests, in a folder of their own.
enum ReviewedSamples {
    static let names = ["connext-voice", "connext-voice-2027", "zakelijk-internet", "zakelijk-mobiel"]

    static let folder: URL = (try? ScratchFolder.folder("review")) ?? ScratchFolder.root

    private static let all: [String: Result<ReviewedSheet, any Error>] = Dictionary(uniqueKeysWithValues: names.map { name in
        (name, Result { try ReviewedSheet.review("Samples/\(name).pdf", in: folder) })
    })

    /// The review of Samples/`name`.pdf.
    static func sample(_ name: String) throws -> ReviewedSheet {
        guard let review = all[name] else { throw ReviewTestFailure("\(name) is not a reviewed sample") }
        return try review.get()
    }
}
