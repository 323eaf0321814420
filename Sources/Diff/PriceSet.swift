import Catalogue

/// A product's prices as label → value, independent of column order and of how the amount
/// was printed ("5.0" equals "5.00"): what "the prices did not change" means for a rename.
struct PriceSet: Equatable {
    private let entries: [(label: String, value: Price.Value)]

    init(_ prices: [Price]) {
        entries = prices.map { ($0.label.rawValue, $0.value) }.sorted { $0.label < $1.label }
    }

    static func == (a: PriceSet, b: PriceSet) -> Bool {
        a.entries.count == b.entries.count
            && zip(a.entries, b.entries).allSatisfy { $0.label == $1.label && $0.value == $1.value }
    }
}
