import Extraction

/// Why a file could not be turned into a catalogue: one line naming the file and the reason.
public struct TariffError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    /// A file poppler could not open, in the words of `ExtractionError`.
    public init(file: String, _ error: ExtractionError) {
        self.init(file: file, reason: error.description)
    }

    public var description: String { "\(file): \(reason)" }
}
