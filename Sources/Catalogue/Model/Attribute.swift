/// A fact of a product printed in a column of text rather than amounts ("10 GB", "Onbeperkt"):
/// the text as printed, and what it says when it is a quantity or "unlimited".
public struct Attribute: Sendable, Equatable {
    /// The column header as printed ("Data"), both levels of a two-level header joined.
    public var column: String
    /// The cell as printed, footnote markers taken out (they apply to the product).
    public var value: String
    /// "10 GB" → 10 GB: the amount as a decimal string and the unit as printed.
    public var quantity: Quantity?
    /// True when the cell says "Onbeperkt" (unlimited).
    public var unlimited: Bool

    public struct Quantity: Sendable, Equatable {
        public var amount: String
        public var unit: String

        public init(amount: String, unit: String) {
            self.amount = amount
            self.unit = unit
        }
    }

    public init(column: String, value: String, quantity: Quantity? = nil, unlimited: Bool = false) {
        self.column = column
        self.value = value
        self.quantity = quantity
        self.unlimited = unlimited
    }
}
