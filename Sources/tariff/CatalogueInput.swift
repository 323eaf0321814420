import Catalogue
import Foundation
import TariffKit

/// What `diff` and `export` read: a tariff sheet PDF, ingested on the fly, or a catalogue JSON
/// as `tariff ingest` writes it. Either way a bad file is a `TariffError` naming it.
enum CatalogueInput {
    /// A catalogue JSON when the file starts with "{" (after whitespace), otherwise a PDF to ingest.
    static func catalogue(at path: String) throws(TariffError) -> Catalogue {
        guard looksLikeJSON(path) else { return try Ingestor().ingest(path: path).catalogue }
        guard let data = FileManager.default.contents(atPath: path) else { throw TariffError(file: path, reason: "cannot be read") }
        do { return try CatalogueDecoder.decode(data) } catch {
            throw TariffError(file: path, reason: error.reason)
        }
    }

    /// Sniffs the first bytes; a file that cannot be opened goes to the ingestor, whose
    /// preflight names the reason (no such file, a directory, permission denied).
    static func looksLikeJSON(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        let first = head.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "{")
    }
}
