/// A product whose name changed while its table, group and prices stayed the same.
public struct Rename: Sendable, Equatable {
    /// The name in the old edition.
    public var old: String
    /// The name in the new edition.
    public var new: String
    /// The caption of its table (the same in both editions).
    public var table: String
    /// Its group row (the same in both editions).
    public var group: String?

    /// A rename.
    public init(old: String, new: String, table: String, group: String?) {
        self.old = old
        self.new = new
        self.table = table
        self.group = group
    }
}
