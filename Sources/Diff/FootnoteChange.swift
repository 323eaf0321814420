/// A footnote whose text changed, appeared (`old` nil) or disappeared (`new` nil).
public struct FootnoteChange: Sendable, Equatable {
    /// The page-scoped id ("p1.3").
    public var footnote: String
    public var old: String?
    public var new: String?

    public init(footnote: String, old: String?, new: String?) {
        self.footnote = footnote
        self.old = old
        self.new = new
    }
}
