import Catalogue
import Diff
import Foundation
import Renderer
import TariffKit
import TestSupport

/// Real PDFs for the diff tests: a spec is drawn with the project's renderer into a temporary
/// folder and read back with the ingestor, exactly as `tariff diff` reads a sheet.
enum Editions {
    /// The first edition of the sample, drawn and read once for all tests.
    static let firstResult = Result { try catalogue(ConnextVoiceSample.sheet()) }

    static func first() throws -> Catalogue { try firstResult.get() }

    /// Draws `sheet` to a temporary PDF and ingests it.
    static func catalogue(_ sheet: SheetSpec) throws -> Catalogue {
        let path = try pdf(sheet)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try Ingestor().ingest(path: path).catalogue
    }

    /// Draws `sheet` to a new temporary PDF and returns its path; the caller removes it.
    static func pdf(_ sheet: SheetSpec, name: String = "sheet") throws -> String {
        let path = temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).pdf").path
        try SheetRenderer.render(sheet, to: path)
        return path
    }

    /// The changes from the first edition to `sheet`.
    static func changes(to sheet: SheetSpec) throws -> [Change] {
        CatalogueDiff(old: try first(), new: try catalogue(sheet)).changes()
    }

    static let temporaryDirectory: URL = (try? ScratchFolder.folder("diff")) ?? ScratchFolder.root

    /// The first edition's spec.
    static var sample: SheetSpec { ConnextVoiceSample.sheet() }
}
