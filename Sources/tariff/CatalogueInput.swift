import Catalogue
import Foundation
import TariffKit

/// What `diff` and `export` read: a tariff sheet PDF, ingested on the fly, or a catalogue JSON
/// as `tariff ingest` writes it. Either way a bad file is a `TariffError` naming it.
enum CatalogueInput {
    /// A catalogue JSON when the file starts with "{" (after whitespace), otherwise a PDF to ingest.
    static func catalogue(at path: String) throws(TariffError) -> Catalogue {
        guard looksLikeJSON(path) else { return try ingested(path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw TariffError(file: path, reason: "cannot be read") }
        do { return try CatalogueDecoder.decode(data) } catch {
            throw TariffError(file: path, reason: error.reason)
        }
    }

    /// A PDF read by a worker process under `ingest`'s default bounds (time per page, memory, a
    /// crash), so a hostile sheet given to `diff` or `export` ends in the same one line as it
    /// would with `ingest`, never a hang or the kernel's OOM killer.
    static func ingested(_ path: String) throws(TariffError) -> Catalogue {
        let outcome = Supervisor(timeout: Limits.standard.time.fixedSeconds, maxMemory: Limits.standard.maxMemory)
            .run(sheet: path, arguments: ["ingest", path, "--worker"], relayStdout: true)
        guard !outcome.failed, let json = outcome.stdout else {
            throw TariffError(file: path, reason: reason(in: outcome.report, of: path))
        }
        do { return try CatalogueDecoder.decode(json) } catch {
            throw TariffError(file: path, reason: "gave a catalogue that cannot be read back (\(error.reason))")
        }
    }

    /// The reason in a worker's or supervisor's "tariff: FILE: reason" line.
    static func reason(in report: String, of path: String) -> String {
        let line = report.split(separator: "\n").last.map(String.init) ?? "could not be read"
        let prefix = "tariff: \(path): "
        if line.hasPrefix(prefix) { return String(line.dropFirst(prefix.count)) }
        return line.hasPrefix("tariff: ") ? String(line.dropFirst("tariff: ".count)) : line
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
