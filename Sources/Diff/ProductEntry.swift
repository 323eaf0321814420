/// A product that is only in one edition (added or removed): where to find it.
public struct ProductEntry: Sendable, Equatable {
    /// The product's name, as printed.
    public var product: String
    /// The caption of its table.
    public var table: String
    /// Its group row, or nil.
    public var group: String?

    /// An added or removed product.
    public init(product: String, table: String, group: String?) {
        self.product = product
        self.table = table
        self.group = group
    }
}
