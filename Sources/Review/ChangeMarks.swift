import Catalogue
import Diff

/// Which products of the new edition a comparison changed, by product id: a change names its
/// product by table and name (the new name of a rename), which finds the product on the page.
struct ChangeMarks {
    /// Kinds of change ("priceChanged", "added", …) by product id, each kind once.
    private(set) var kinds: [String: [String]] = [:]
    /// The product id each change points at, in the changes' order; nil for a removed product
    /// or a footnote, which have no box on the new pages.
    private(set) var targets: [String?] = []

    init(changes: [Change], products: [Product]) {
        var index: [ProductKey: String] = [:]
        for product in products where index[ProductKey(table: product.table, name: product.name)] == nil {
            index[ProductKey(table: product.table, name: product.name)] = product.id
        }
        for change in changes {
            var target: String?
            if change.kind != .removed, let table = change.table, let name = change.product {
                target = index[ProductKey(table: table, name: name)]
            }
            if let target, !(kinds[target] ?? []).contains(change.kind.rawValue) { kinds[target, default: []].append(change.kind.rawValue) }
            targets.append(target)
        }
    }

    private struct ProductKey: Hashable {
        var table: String
        var name: String
    }
}
