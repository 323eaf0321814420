/// A product that is only in one edition (added or removed): where to find it.
public struct ProductEntry: Sendable, Equatable {
    public var product: String
    public var table: String
    public var group: String?

    public init(product: String, table: String, group: String?) {
        self.product = product
        self.table = table
        self.group = group
    }
}
