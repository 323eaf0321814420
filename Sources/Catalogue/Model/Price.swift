/// One price of a product: what it is for (label, type, period or unit), for which contract
/// term, and how much.
public struct Price: Sendable, Equatable {
    public var label: PriceLabel
    /// A single amount, a range, or "op aanvraag".
    public var value: Value
    /// The contract term in months the price holds for ("Maandprijs 24 maanden" → 24); nil
    /// when the column names none.
    public var termMonths: Int?
    /// "user" when the price is per user ("(per gebruiker)").
    public var per: String?
    /// The column header as printed, both levels of a two-level header joined outer first.
    public var column: String
    /// The cell's extent on the product's page: its amount and the text beside it.
    public var box: Box?
    /// The amount as the sheet prints it ("€ 1.250,00"), for a reviewer to hold against the
    /// typed value. Provenance only: not written to the JSON, nil in a catalogue read from one.
    public var printed: String?

    public enum Value: Sendable, Equatable {
        case amount(Money)
        case range(min: Money, max: Money)
        /// "op aanvraag": a price the sheet does not print, given on request.
        case onRequest
    }

    public init(label: PriceLabel, value: Value, termMonths: Int? = nil, per: String? = nil, column: String, box: Box? = nil) {
        self.label = label
        self.value = value
        self.termMonths = termMonths
        self.per = per
        self.column = column
        self.box = box
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
        case .perSms: self = .usage(unit: "sms")
        case .perMB: self = .usage(unit: "MB")
        case .perGB: self = .usage(unit: "GB")
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
