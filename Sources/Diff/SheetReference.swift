/// One of the two compared sheets as the diff names it: the file given on the command line
/// (without its directory) and the SHA-256 of the PDF it was read from.
public struct SheetReference: Sendable, Equatable {
    /// File name without directory: a PDF or a catalogue JSON.
    public var file: String
    /// SHA-256 of the source PDF (for a catalogue JSON, its `source.sha256`).
    public var sha256: String
    /// The date the edition says its prices take effect, when it says so.
    public var validFrom: String?

    /// A sheet reference.
    public init(file: String, sha256: String, validFrom: String? = nil) {
        self.file = file
        self.sha256 = sha256
        self.validFrom = validFrom
    }
}
