/// One price of a product: what it is for (label, type, period or unit) and how much.
public struct Price: Sendable, Equatable {
    public var label: PriceLabel
    /// A single amount, or a range.
    public var value: Value
    /// "user" when the price is per user ("(per gebruiker)").
    public var per: String?
    /// The column header as printed.
    public var column: String

    public enum Value: Sendable, Equatable {
        case amount(Money)
        case range(min: Money, max: Money)
    }

    public init(label: PriceLabel, value: Value, per: String? = nil, column: String) {
        self.label = label
        self.value = value
        self.per = per
        self.column = column
    }

    public var type: PriceType { PriceType(label) }
}

/// How a price is charged, derived from its label.
public enum PriceType: Sendable, Equatable {
    case recurring(period: String)
    case oneTime
    case usage(unit: String)

    public init(_ label: PriceLabel) {
        switch label {
        case .monthly: self = .recurring(period: "month")
        case .firstInstallation, .extensionActivation, .oneTime: self = .oneTime
        case .setupFee: self = .usage(unit: "call")
        case .perMinute, .perMinuteMobile: self = .usage(unit: "minute")
        }
    }

    public var name: String {
        switch self {
        case .recurring: "recurring"
        case .oneTime: "oneTime"
        case .usage: "usage"
        }
    }
}
