/// A product that changed place: its order among the table's products, its group, or its table.
///
/// A page change alone is not a move: pages differ whenever the layout does.
public struct Move: Sendable, Equatable {
    /// A table change: captions in the old and the new edition.
    public struct TableChange: Sendable, Equatable {
        /// The caption in the old edition.
        public var old: String
        /// The caption in the new edition.
        public var new: String
        /// A table change.
        public init(old: String, new: String) {
            self.old = old
            self.new = new
        }
    }

    /// A group change: the group rows in the old and the new edition (nil: no group).
    public struct GroupChange: Sendable, Equatable {
        /// The group in the old edition.
        public var old: String?
        /// The group in the new edition.
        public var new: String?
        /// A group change.
        public init(old: String?, new: String?) {
            self.old = old
            self.new = new
        }
    }

    /// The product's name in the new edition.
    public var product: String
    /// Its table in the new edition.
    public var table: String
    /// Its group in the new edition.
    public var group: String?
    /// Set when the product is in another table.
    public var tableChange: TableChange?
    /// Set when the product is under another group row.
    public var groupChange: GroupChange?

    /// A move; without table or group change it is a reorder within the table.
    public init(product: String, table: String, group: String?, tableChange: TableChange? = nil,
                groupChange: GroupChange? = nil) {
        self.product = product
        self.table = table
        self.group = group
        self.tableChange = tableChange
        self.groupChange = groupChange
    }

    /// True when only the product's order among its table's products changed.
    public var isReorderOnly: Bool { tableChange == nil && groupChange == nil }
}
