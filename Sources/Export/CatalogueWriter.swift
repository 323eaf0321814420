import Catalogue
import Foundation

/// Writes a catalogue in another system's format.
public protocol CatalogueWriter: Sendable {
    /// The whole document, bytes as they go to the file.
    func write(_ catalogue: Catalogue) throws(ExportError) -> Data
}

/// Why a catalogue could not be written in a format.
public struct ExportError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
