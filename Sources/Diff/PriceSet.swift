import Catalogue

/// A product's prices as (label, term) → value, independent of column order and of how the
/// amount was printed ("5.0" equals "5.00"): what "the prices did not change" means for a rename.
struct PriceSet: Equatable {
    private struct Entry {
        var label: String
        var termMonths: Int
        var value: Price.Value
    }

    private let entries: [Entry]

    init(_ prices: [Price]) {
        entries = prices.map { Entry(label: $0.label.rawValue, termMonths: $0.termMonths ?? 0, value: $0.value) }
            .sorted { ($0.label, $0.termMonths) < ($1.label, $1.termMonths) }
    }

    static func == (a: PriceSet, b: PriceSet) -> Bool {
        a.entries.count == b.entries.count
            && zip(a.entries, b.entries).allSatisfy { $0.label == $1.label && $0.termMonths == $1.termMonths && $0.value == $1.value }
    }
}
