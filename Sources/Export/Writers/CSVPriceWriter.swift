import CSV
import Catalogue
import Foundation

/// The catalogue as CSV, one row a price under a header row (RFC 4180: CRLF line ends, fields
/// quoted where they hold the delimiter, a quote or a line break; UTF-8 without a byte-order
/// mark), written by CSV.swift's writer.
public struct CSVPriceWriter: CatalogueWriter {
    /// A comma, as RFC 4180 has it; Dutch spreadsheet locales read a semicolon.
    public static let standardDelimiter: Character = ","

    /// The field separator; not a quote or a line break (the command line refuses those).
    public let delimiter: Character

    /// A writer separating fields with `delimiter`.
    public init(delimiter: Character = standardDelimiter) {
        self.delimiter = delimiter
    }

    /// The header row and one row a price, in the catalogue's order, as UTF-8 bytes.
    public func write(_ catalogue: Catalogue) throws(ExportError) -> Data {
        let stream = OutputStream(toMemory: ())
        do {
            let writer = try CSVWriter(stream: stream, delimiter: String(delimiter), newline: .crlf)
            try writer.write(row: PriceRow.header)
            for row in PriceRow.rows(of: catalogue) { try writer.write(row: row.cells) }
        } catch {
            throw ExportError("the CSV could not be written (\(error))")
        }
        guard var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw ExportError("the CSV could not be written (no data in memory)")
        }
        // The writer ends each row but the last: the last one ends as well, as a file of lines does.
        data.append(contentsOf: [0x0D, 0x0A])
        return data
    }
}
