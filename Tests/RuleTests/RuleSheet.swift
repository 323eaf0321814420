import Catalogue
import Foundation
import Renderer
import SheetFixtures
import Tables
import TariffKit

/// A small sheet drawn for one parser rule and read back: the catalogue, the catalogue the
/// spec must read as (`ExpectedCatalogue`), and every line's verdict.
struct RuleSheet {
    let spec: SheetSpec
    let result: IngestResult
    /// Nil for a sheet with a header the round-trip generator does not know (`HeaderTerm`).
    let expected: ExpectedCatalogue?

    init(_ spec: SheetSpec, rounding: RoundingStatement? = nil) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rule-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let report = try SheetRenderer.render(spec, to: path)
        self.spec = spec
        result = try Ingestor().ingest(path: path)
        let headers = spec.pages.flatMap(\.blocks).flatMap { block -> [ColumnSpec] in
            if case .table(let table) = block { table.columns } else { [] }
        }
        expected = headers.allSatisfy { HeaderTerm.term(printed: $0.label) != nil }
            ? ExpectedCatalogue(spec: spec, report: report, rounding: rounding) : nil
    }

    /// One page of tables and prose, in the default style unless told otherwise.
    init(_ blocks: [Block], footnotes: [FootnoteSpec] = [], style: SheetStyle = SheetStyle(),
         rounding: RoundingStatement? = nil) throws {
        try self.init(SheetSpec(title: "Tarieven KPN EEN Regels", pages: [PageSpec(blocks: blocks, footnotes: footnotes)],
                                style: style), rounding: rounding)
    }

    var catalogue: Catalogue { result.catalogue }

    /// What differs between the catalogue read and the one drawn (empty: exactly as drawn).
    var differences: [String] {
        guard let expected else { return ["no expected catalogue: a header the generator does not know"] }
        return CatalogueComparison(expected: expected, actual: catalogue).differences.map(\.detail)
    }

    /// Every line's verdict, page after page.
    var verdicts: [LineVerdict] { result.verdicts.flatMap { $0 } }

    /// The verdicts the rule gave.
    func lines(decidedBy rule: ParserRule) -> [LineVerdict] { verdicts.filter { $0.rule == rule } }

    /// The verdict of the first line whose text starts with `text`.
    func verdict(_ text: String) -> LineVerdict? { verdicts.first { $0.text.hasPrefix(text) } }

    /// A table of the given columns and rows under a caption.
    static func table(_ caption: String?, note: String? = nil, nameHeader: String = "Productnaam", columns: [String],
                      _ rows: [RowSpec]) -> Block {
        .table(TableSpec(caption: caption, captionNote: note, nameHeader: nameHeader, columns: columns.map(ColumnSpec.init),
                         rows: rows))
    }

    static func product(_ name: String, _ cells: String?..., annotation: String? = nil, remarks: [String] = []) -> RowSpec {
        .product(ProductRowSpec(name: name, annotation: annotation, cells: cells, remarks: remarks))
    }

    /// A style with the given knobs changed from the sample's.
    static func style(_ change: (inout SheetStyle) -> Void) -> SheetStyle {
        var style = SheetStyle()
        change(&style)
        return style
    }
}
