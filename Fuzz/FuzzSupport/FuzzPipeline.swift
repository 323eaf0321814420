import Catalogue
import Foundation
import Geometry
import Layout
import Tables

/// Runs decoded pages through layout, table parsing, catalogue building and JSON encoding,
/// the way `Ingestor` does minus poppler, and checks what must hold for any input.
///
/// A broken invariant stops the process (`fatalError`), so libFuzzer records the input as a
/// crash exactly like a trap inside the pipeline.
public enum FuzzPipeline {
    /// The catalogue JSON for a glyph stream.
    @discardableResult
    public static func run(_ bytes: [UInt8]) -> String {
        run(pages: GlyphStreamDecoder.decode(bytes))
    }

    /// The catalogue JSON for pages of glyphs.
    @discardableResult
    public static func run(pages: [TextPage]) -> String {
        let layouts = pages.map { PageLayout(page: $0) }
        let sheet = SheetParser().parse(layouts, metadataTitle: "Fuzz")
        let source = Source(file: "fuzz.pdf", sha256: String(repeating: "0", count: 64), pages: pages.count,
                            title: sheet.title)
        let catalogue = CatalogueBuilder().build(sheet, source: source)
        let json = CatalogueEncoder.json(catalogue)
        check(catalogue, json: json, lineCount: layouts.reduce(0) { $0 + $1.lines.count })
        return json
    }

    /// Every line gets exactly one role, and the JSON the tool would write parses.
    static func check(_ catalogue: Catalogue, json: String, lineCount: Int) {
        let a = catalogue.accounting
        guard a.lines == lineCount, a.lines == a.catalogue + a.runningText + a.footnotes + a.prose + a.unaccounted else {
            fatalError("line accounting does not add up: \(a) for \(lineCount) lines")
        }
        do {
            _ = try JSONSerialization.jsonObject(with: Data(json.utf8))
        } catch {
            fatalError("catalogue JSON does not parse: \(error)")
        }
    }
}
