import Catalogue
import Foundation

/// Writes a catalogue in another system's format: one writer a format (Writers/), each one
/// method, so the command line picks a format without knowing how it is written.
public protocol CatalogueWriter: Sendable {
    /// The whole document, bytes as they go to the file.
    func write(_ catalogue: Catalogue) throws(ExportError) -> Data
}

/// Why a catalogue could not be written in a format (a catalogue JSON whose `validFrom` is no
/// date, say): one line, worded to follow "FILE: cannot be exported: ".
public struct ExportError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var description: String
    /// An error saying `description`.
    public init(_ description: String) { self.description = description }
}
