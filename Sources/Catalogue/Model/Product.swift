/// A product of the catalogue: one priced row of a tariff table.
public struct Product: Sendable, Equatable {
    public var id: String
    public var name: String
    public var table: String
    public var group: String?
    /// User types the product needs ("Pro" for "(alleen bij Pro user)").
    public var requires: [String]
    /// Ids of the footnotes that govern it ("p1.3").
    public var footnotes: [String]
    public var page: Int
    public var rounding: Rounding?
    /// Remarks printed under the name.
    public var notes: [String]
    /// Its facts printed as text ("10 GB", "Onbeperkt"), in column order.
    public var attributes: [Attribute]
    public var prices: [Price]
    /// The row's extent on `page`: its name, remark and cell lines. Nil in a catalogue read
    /// from a JSON that has none (an older edition's).
    public var box: Box?

    public init(id: String, name: String, table: String, group: String?, requires: [String], footnotes: [String],
                page: Int, rounding: Rounding? = nil, notes: [String] = [], attributes: [Attribute] = [], prices: [Price],
                box: Box? = nil) {
        self.id = id
        self.name = name
        self.table = table
        self.group = group
        self.requires = requires
        self.footnotes = footnotes
        self.page = page
        self.rounding = rounding
        self.notes = notes
        self.attributes = attributes
        self.prices = prices
        self.box = box
    }
}

/// How usage is rounded when billed, as the sheet states it.
public struct Rounding: Sendable, Equatable {
    public enum Direction: String, Sendable { case up, down }
    public var minutes: Direction?
    public var cents: Direction?

    public init(minutes: Direction? = nil, cents: Direction? = nil) {
        self.minutes = minutes
        self.cents = cents
    }

    public var isEmpty: Bool { minutes == nil && cents == nil }
}
