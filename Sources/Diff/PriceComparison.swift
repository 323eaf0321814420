import Catalogue

/// Compares the prices of one product in two editions, price by price: a price is its label
/// and its contract term ("monthly" for 12 months and for 24 are two prices).
///
/// Prices are visited in the new edition's column order, then the ones only the old one had,
/// so the changes of a product read like its row. Two single amounts give at most one change;
/// when either side is a range, min and max are compared separately (a single amount counts as
/// both bounds), each change naming its bound. "Op aanvraag" is a value of its own.
struct PriceComparison {
    let old: Product
    let new: Product

    /// What a price is, across editions: its label and term.
    struct Key: Equatable {
        var label: PriceLabel
        var termMonths: Int?
    }

    func changes() -> [PriceChange] {
        keys().flatMap { key in compare(old.prices.first { Self.key($0) == key }, new.prices.first { Self.key($0) == key }) }
    }

    static func key(_ price: Price) -> Key { Key(label: price.label, termMonths: price.termMonths) }

    private func keys() -> [Key] {
        var keys: [Key] = []
        for price in new.prices + old.prices where !keys.contains(Self.key(price)) { keys.append(Self.key(price)) }
        return keys
    }

    private func compare(_ before: Price?, _ after: Price?) -> [PriceChange] {
        guard let either = after ?? before, before?.value != after?.value else { return [] }
        let onRequest = (old: before?.value == .onRequest, new: after?.value == .onRequest)
        guard before.map(isRange) == true || after.map(isRange) == true, !onRequest.old, !onRequest.new else {
            return [change(either, bound: nil, old: before.flatMap(lowerBound), new: after.flatMap(lowerBound), onRequest: onRequest)]
        }
        var changes: [PriceChange] = []
        let (oldLow, newLow) = (before.flatMap(lowerBound), after.flatMap(lowerBound))
        if oldLow != newLow { changes.append(change(either, bound: .min, old: oldLow, new: newLow)) }
        let (oldHigh, newHigh) = (before.flatMap(upperBound), after.flatMap(upperBound))
        if oldHigh != newHigh { changes.append(change(either, bound: .max, old: oldHigh, new: newHigh)) }
        return changes
    }

    private func change(_ price: Price, bound: PriceChange.Bound?, old: Money?, new: Money?,
                        onRequest: (old: Bool, new: Bool) = (false, false)) -> PriceChange {
        var change = PriceChange(product: self.new.name, table: self.new.table, label: price.label.rawValue,
                                 column: price.column, termMonths: price.termMonths, bound: bound, old: old, new: new)
        change.oldOnRequest = onRequest.old
        change.newOnRequest = onRequest.new
        return change
    }

    private func isRange(_ price: Price) -> Bool {
        if case .range = price.value { true } else { false }
    }

    private func lowerBound(_ price: Price) -> Money? {
        switch price.value {
        case .amount(let amount): amount
        case .range(let low, _): low
        case .onRequest: nil
        }
    }

    private func upperBound(_ price: Price) -> Money? {
        switch price.value {
        case .amount(let amount): amount
        case .range(_, let high): high
        case .onRequest: nil
        }
    }
}
