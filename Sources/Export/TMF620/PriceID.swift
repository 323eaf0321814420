import Catalogue

/// Ids of a product's prices, stable across runs and editions: the product's id, the label and
/// the contract term ("kpn-een-zakelijk-mobiel-10-gb.monthly.24m"). A slug never holds a dot,
/// so no price id can be a product's. Two prices of one label and term get ".2", ".3" in order.
enum PriceID {
    static func ids(of product: Product) -> [String] {
        var seen: [String: Int] = [:]
        return product.prices.map { price in
            let base = [product.id, price.label.rawValue] + (price.termMonths.map { ["\($0)m"] } ?? [])
            let id = base.joined(separator: ".")
            seen[id, default: 0] += 1
            return seen[id]! > 1 ? "\(id).\(seen[id]!)" : id
        }
    }
}
