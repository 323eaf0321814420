/// A footnote whose text changed, appeared (`old` nil) or disappeared (`new` nil).
public struct FootnoteChange: Sendable, Equatable {
    /// The page-scoped id ("p1.3").
    public var footnote: String
    /// The text in the old edition; nil when the footnote is new.
    public var old: String?
    /// The text in the new edition; nil when the footnote is gone.
    public var new: String?

    /// A footnote change.
    public init(footnote: String, old: String?, new: String?) {
        self.footnote = footnote
        self.old = old
        self.new = new
    }
}
