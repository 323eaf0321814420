import Catalogue

/// An attribute of a product in both editions whose text changed ("5 GB" → "10 GB"), appeared
/// (`old` nil) or disappeared (`new` nil), by its column.
public struct AttributeChange: Sendable, Equatable {
    /// The product's name and table in the new edition.
    public var product: String
    public var table: String
    /// The attribute's column header ("Data").
    public var column: String
    public var old: String?
    public var new: String?

    public init(product: String, table: String, column: String, old: String?, new: String?) {
        self.product = product
        self.table = table
        self.column = column
        self.old = old
        self.new = new
    }
}

/// Compares the attributes of one product in two editions, column by column (the new
/// edition's column order, then columns only the old one had).
struct AttributeComparison {
    let old: Product
    let new: Product

    func changes() -> [AttributeChange] {
        var columns: [String] = []
        for attribute in new.attributes + old.attributes where !columns.contains(attribute.column) {
            columns.append(attribute.column)
        }
        return columns.compactMap { column in
            let before = old.attributes.first { $0.column == column }?.value
            let after = new.attributes.first { $0.column == column }?.value
            return before == after ? nil : AttributeChange(product: new.name, table: new.table, column: column, old: before, new: after)
        }
    }
}
