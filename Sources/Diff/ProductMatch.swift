/// One product found in both editions: its index in each catalogue's products, and how it was found.
public struct ProductMatch: Sendable, Equatable {
    /// How the two rows were recognised as one product.
    public enum Evidence: Sendable, Equatable {
        /// Same table, same normalized name.
        case sameName
        /// Same normalized name in another table.
        case otherTable
        /// Same table, group and prices under a similar name.
        case renamed
    }

    /// Index in the old catalogue's products.
    public var old: Int
    /// Index in the new catalogue's products.
    public var new: Int
    /// Which pass paired them.
    public var evidence: Evidence

    /// A pairing.
    public init(old: Int, new: Int, evidence: Evidence) {
        self.old = old
        self.new = new
        self.evidence = evidence
    }
}
