import Foundation
import Renderer
import Testing
import TestSupport

/// `--vocabulary FILE`: a header the shipped words do not know stays a warning with no guessed
/// label, until a user's file teaches it; a file that is no vocabulary is one line and exit 2.
@Suite struct VocabularyOptionTests {
    /// A one-page sheet with a column header no vocabulary rule knows ("Dagbundel").
    static func roamingSheet(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("roaming.pdf").path
        let table = TableSpec(caption: "Roaming", columns: [ColumnSpec("Prijs / maand"), ColumnSpec("Dagbundel")], rows: [
            .product(ProductRowSpec(name: "KPN EEN Roaming Europa", cells: ["€ 5,00", "€ 2,50"])),
            .product(ProductRowSpec(name: "KPN EEN Roaming Wereld", cells: ["€ 10,00", "€ 7,50"])),
        ])
        try SheetRenderer.render(SheetSpec(title: "Tarieven KPN EEN Roaming", pages: [PageSpec(blocks: [.table(table)])]), to: path)
        return path
    }

    @Test func anUnknownHeaderIsAWarningUntilAVocabularyTeachesIt() throws {
        let folder = try Paths.temporaryDirectory()
        let sheet = try Self.roamingSheet(in: folder)
        let plain = try ToolRun.tariff(["ingest", sheet])
        #expect(plain.status == 0)
        #expect(plain.stderr.contains("Dagbundel → ?"))
        #expect(plain.stderr.contains("warning p1: unknown column header: no price label fits; its amounts are left out: Dagbundel"))
        #expect(!plain.stdout.contains("\"oneTime\""), "no guessed label")

        let words = folder.appendingPathComponent("roaming-words.json")
        try Data(#"{ "priceLabels": [{ "label": "oneTime", "keywords": ["dagbundel"] }] }"#.utf8).write(to: words)
        let taught = try ToolRun.tariff(["ingest", sheet, "--vocabulary", words.path])
        #expect(taught.status == 0)
        #expect(taught.stderr.contains("Dagbundel → oneTime"))
        #expect(taught.stderr.contains("0 warnings"))
        #expect(try SchemaValidation.errors(in: taught.stdout, schema: .catalogue) == [])
        #expect(taught.stdout.contains(#""amount": "2.50""#))
    }

    @Test func aFileThatIsNoVocabularyIsOneLineAndExitTwo() throws {
        let folder = try Paths.temporaryDirectory()
        let sheet = try Self.roamingSheet(in: folder)
        let bad = folder.appendingPathComponent("bad.json")
        try Data(#"{ "priceLabels": [{ "label": "weekly", "keywords": ["week"] }] }"#.utf8).write(to: bad)
        let target = folder.appendingPathComponent("out.json").path
        let run = try ToolRun.tariff(["ingest", sheet, "--vocabulary", bad.path, "-o", target])
        #expect(run.status == 2)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderr.hasPrefix("tariff: \(bad.path): is not a vocabulary"))
        #expect(!FileManager.default.fileExists(atPath: target))
        let missing = try ToolRun.tariff(["ingest", sheet, "--vocabulary", folder.appendingPathComponent("none.json").path])
        #expect(missing.status == 2 && missing.stderrLines.count == 1)
    }
}
