/// Why a file could not be read as a PDF with a text layer. Each case reads as the reason
/// in the one error line the CLI prints.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound
    case isDirectory
    case unreadable(String)
    case empty
    case notPDF
    case truncated
    case encrypted
    case damaged(String)
    case noTextLayer
    /// No text on the pages, but some in form fields or annotations (named).
    case textOutsidePages(String)

    public var description: String {
        switch self {
        case .fileNotFound: "no such file"
        case .isDirectory: "is a directory, not a PDF"
        case .unreadable(let why): "cannot be read (\(why))"
        case .empty: "is empty"
        case .notPDF: "is not a PDF (no %PDF- header)"
        case .truncated: "is truncated (no %%EOF end marker)"
        case .encrypted: "is encrypted (password protected)"
        case .damaged(let why): "is damaged (\(why))"
        case .noTextLayer: "has no text layer (scanned image? run OCR first)"
        case .textOutsidePages(let place): "its text is in \(place), not on the page"
        }
    }
}
