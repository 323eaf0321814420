/// Why a sheet could not be drawn or written.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// The spec cannot be laid out (no pages, a name column wider than the page, ...).
    case invalidSpec(String)
    /// cairo reported a failure; the text is cairo's own status message.
    case cairo(String)
    /// The PDF could not be written to the given path.
    case write(path: String, reason: String)

    /// One line, fit for stderr.
    public var description: String {
        switch self {
        case .invalidSpec(let why): return "invalid sheet: \(why)"
        case .cairo(let why): return "cairo: \(why)"
        case .write(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
