/// A product whose name changed while its table, group and prices stayed the same.
public struct Rename: Sendable, Equatable {
    /// The name in the old edition.
    public var old: String
    /// The name in the new edition.
    public var new: String
    public var table: String
    public var group: String?

    public init(old: String, new: String, table: String, group: String?) {
        self.old = old
        self.new = new
        self.table = table
        self.group = group
    }
}
