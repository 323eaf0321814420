import ArgumentParser
import AtomicFile
import Export
import Foundation
import TariffKit

/// `tariff export SHEET.pdf|CATALOGUE.json --format tmf620 [-o FILE]`
///
/// The catalogue in the formats billers' systems read. The input is read as
/// `diff` reads it; the document goes to stdout or, whole or not at all, to FILE.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a sheet's catalogue as TM Forum TMF620 JSON.",
        discussion: """
            INPUT is a tariff sheet PDF or a catalogue JSON (as `tariff ingest` writes). tmf620: the sheet's \
            catalog, categories (tables), product offerings and their prices, TMF620 v4.1.0, money as exact \
            decimals.

            Exit status: 0 written, 2 error (nothing written).
            """)

    @Argument(help: "A tariff sheet PDF or a catalogue JSON.")
    var input: String

    @Option(help: "tmf620 (TM Forum Product Catalog JSON).")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "Write the document to this file (default: stdout).")
    var output: String?

    func run() throws {
        do {
            let catalogue = try CatalogueInput.catalogue(at: input)
            let writer = format.writer()
            let document: Data
            do { document = try writer.write(catalogue) } catch { throw TariffError(file: input, reason: "cannot be exported: \(error)") }
            if let output {
                do { try AtomicFile.write(document, to: output) } catch {
                    throw TariffError(file: output, reason: "cannot be written (\(error.reason))")
                }
            } else {
                FileHandle.standardOutput.write(document)
            }
            if !catalogue.warnings.isEmpty {
                let count = catalogue.warnings.count
                StandardError.print("tariff: \(input): \(count) warning\(count == 1 ? "" : "s") (tariff ingest shows them); exported as read")
            }
        } catch let error as TariffError {
            StandardError.print("tariff: \(error)")
            throw ExitCode(2)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
