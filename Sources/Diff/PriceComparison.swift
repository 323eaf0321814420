import Catalogue

/// Compares the prices of one product in two editions, label by label.
///
/// Labels are visited in the new edition's column order, then labels only the old one had,
/// so the changes of a product read like its row. Two single amounts give at most one change;
/// when either side is a range, min and max are compared separately (a single amount counts as
/// both bounds), each change naming its bound.
struct PriceComparison {
    let old: Product
    let new: Product

    func changes() -> [PriceChange] {
        labels().flatMap { label in
            compare(old.prices.first { $0.label.rawValue == label }, new.prices.first { $0.label.rawValue == label })
        }
    }

    private func labels() -> [String] {
        var labels: [String] = []
        for price in new.prices + old.prices where !labels.contains(price.label.rawValue) {
            labels.append(price.label.rawValue)
        }
        return labels
    }

    private func compare(_ before: Price?, _ after: Price?) -> [PriceChange] {
        guard let either = after ?? before else { return [] }
        let bounded = before.map(isRange) == true || after.map(isRange) == true
        guard bounded else {
            let old = before.map(lowerBound), new = after.map(lowerBound)
            return old == new ? [] : [change(either, bound: nil, old: old, new: new)]
        }
        var changes: [PriceChange] = []
        let (oldLow, newLow) = (before.map(lowerBound), after.map(lowerBound))
        if oldLow != newLow { changes.append(change(either, bound: .min, old: oldLow, new: newLow)) }
        let (oldHigh, newHigh) = (before.map(upperBound), after.map(upperBound))
        if oldHigh != newHigh { changes.append(change(either, bound: .max, old: oldHigh, new: newHigh)) }
        return changes
    }

    private func change(_ price: Price, bound: PriceChange.Bound?, old: Money?, new: Money?) -> PriceChange {
        PriceChange(product: self.new.name, table: self.new.table, label: price.label.rawValue,
                    column: price.column, bound: bound, old: old, new: new)
    }

    private func isRange(_ price: Price) -> Bool {
        if case .range = price.value { true } else { false }
    }

    private func lowerBound(_ price: Price) -> Money {
        switch price.value {
        case .amount(let amount): amount
        case .range(let low, _): low
        }
    }

    private func upperBound(_ price: Price) -> Money {
        switch price.value {
        case .amount(let amount): amount
        case .range(_, let high): high
        }
    }
}
