/// One difference between two editions of a sheet: what a reader of the diff acts on.
public enum Change: Sendable, Equatable {
    /// A price of a product in both editions changed, appeared or disappeared.
    case priceChanged(PriceChange)
    /// An attribute of a product in both editions changed, appeared or disappeared.
    case attributeChanged(AttributeChange)
    /// A product only in the new edition.
    case added(ProductEntry)
    /// A product only in the old edition.
    case removed(ProductEntry)
    /// A product whose name changed while its table, group and prices did not.
    case renamed(Rename)
    /// A product that changed place: its order in the table, its group or its table.
    case moved(Move)
    /// A footnote whose text changed, appeared or disappeared.
    case footnoteChanged(FootnoteChange)

    /// Which kind this is.
    public var kind: ChangeKind {
        switch self {
        case .priceChanged: .priceChanged
        case .attributeChanged: .attributeChanged
        case .added: .added
        case .removed: .removed
        case .renamed: .renamed
        case .moved: .moved
        case .footnoteChanged: .footnoteChanged
        }
    }

    /// The table the change is listed under (the new one for a move); nil for footnotes,
    /// which belong to pages, not tables.
    public var table: String? {
        switch self {
        case .priceChanged(let change): change.table
        case .attributeChanged(let change): change.table
        case .added(let entry), .removed(let entry): entry.table
        case .renamed(let rename): rename.table
        case .moved(let move): move.table
        case .footnoteChanged: nil
        }
    }

    /// The product's name as the change is sorted and shown (the new name of a rename).
    public var product: String? {
        switch self {
        case .priceChanged(let change): change.product
        case .attributeChanged(let change): change.product
        case .added(let entry), .removed(let entry): entry.product
        case .renamed(let rename): rename.new
        case .moved(let move): move.product
        case .footnoteChanged: nil
        }
    }
}
