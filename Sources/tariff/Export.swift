import ArgumentParser
import AtomicFile
import Export
import Foundation
import TariffKit

/// `tariff export SHEET.pdf|CATALOGUE.json --format tmf620|csv [-o FILE] [--csv-delimiter ';']`
///
/// The catalogue in the formats billers' and analysts' systems read. The input is read as
/// `diff` reads it; the document goes to stdout or, whole or not at all, to FILE.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a sheet's catalogue as TM Forum TMF620 JSON or as CSV.",
        discussion: """
            INPUT is a tariff sheet PDF or a catalogue JSON (as `tariff ingest` writes). tmf620: the sheet's \
            catalog, categories (tables), product offerings and their prices, TMF620 v4.1.0, money as exact \
            decimals. csv: one row a price under a header row, RFC 4180, UTF-8.

            Exit status: 0 written, 2 error (nothing written).
            """)

    @Argument(help: "A tariff sheet PDF or a catalogue JSON.")
    var input: String

    @Option(help: "tmf620 (TM Forum Product Catalog JSON) or csv (one row a price).")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "Write the document to this file (default: stdout).")
    var output: String?

    @Option(name: .customLong("csv-delimiter"), help: ArgumentHelp("The CSV field separator, one character (';' for Dutch spreadsheets).",
                                                                 valueName: "char"))
    var csvDelimiter: String?

    func validate() throws {
        guard let csvDelimiter else { return }
        guard format == .csv else { throw ValidationError("--csv-delimiter is for --format csv") }
        guard csvDelimiter.count == 1, csvDelimiter.unicodeScalars.allSatisfy({ !"\"\r\n".unicodeScalars.contains($0) }) else {
            throw ValidationError("--csv-delimiter takes one character other than a quote or a line break")
        }
    }

    func run() throws {
        do {
            let catalogue = try CatalogueInput.catalogue(at: input)
            let writer = format.writer(delimiter: csvDelimiter?.first ?? CSVPriceWriter.standardDelimiter)
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
