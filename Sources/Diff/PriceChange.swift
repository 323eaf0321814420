import Catalogue

/// A price of a kept product that changed, appeared (`old` nil) or disappeared (`new` nil).
///
/// Ranges ("€ 0,22 - € 0,43") are compared bound by bound, so a change to a range names the
/// bound it is about; a single amount compared with a range counts as both bounds.
public struct PriceChange: Sendable, Equatable {
    /// Which end of a range changed.
    public enum Bound: String, Sendable, Equatable {
        /// The lower (`min`) or upper (`max`) end of the range.
        case min, max
    }

    /// The product's name in the new edition.
    public var product: String
    /// The caption of its table in the new edition.
    public var table: String
    /// The contract's price label ("monthly").
    public var label: String
    /// The column header as printed ("Prijs / maand"), for people: the sheet's own words.
    public var column: String
    /// The contract term the price holds for, when its column names one.
    public var termMonths: Int?
    /// The range bound, nil when both sides are single amounts.
    public var bound: Bound?
    /// The amount in the old edition; nil when the price is new.
    public var old: Money?
    /// The amount in the new edition; nil when the price is gone.
    public var new: Money?
    /// A side that is "op aanvraag" (its amount then nil): no amount printed, but a price.
    public var oldOnRequest = false
    public var newOnRequest = false

    /// A price change; delta and percent are derived, never stored, so they cannot disagree.
    public init(product: String, table: String, label: String, column: String, termMonths: Int? = nil, bound: Bound? = nil,
                old: Money?, new: Money?) {
        self.product = product
        self.table = table
        self.label = label
        self.column = column
        self.termMonths = termMonths
        self.bound = bound
        self.old = old
        self.new = new
    }

    /// new − old, exact; nil when either side is missing.
    public var delta: Money? {
        guard let old, let new else { return nil }
        return new - old
    }

    /// The change in percent of old, rounded half away from zero to two decimals; nil when
    /// either side is missing or old is zero (no meaningful percentage of nothing).
    public var percent: Money? {
        guard let old, let new else { return nil }
        return new.percentChange(from: old)
    }

    /// True when the customer pays more: the amount went up, or a charge appeared.
    public var isIncrease: Bool {
        guard let new else { return false }
        guard let old else { return true }
        return old < new
    }
}
