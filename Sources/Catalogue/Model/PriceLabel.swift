/// The kinds of price a column can hold: the contract's `label` values.
public enum PriceLabel: String, Sendable, CaseIterable, Equatable, Codable {
    case monthly, firstInstallation, extensionActivation, oneTime, setupFee, perMinute, perMinuteMobile
    case perSms, perMB, perGB
}
