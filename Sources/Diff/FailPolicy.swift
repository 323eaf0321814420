/// When a diff should fail a CI build (`--fail-on`): the exit status for a finished diff.
///
/// Statuses follow diff(1): 0 nothing to flag, 1 changes to flag. Errors (2) are decided
/// before there is a report, so no policy can turn them into success.
public enum FailPolicy: String, Sendable, CaseIterable {
    /// Any change at all exits 1 (the default, like diff(1)).
    case any
    /// Only a price that went up, or a charge that appeared on a kept product, exits 1.
    case priceIncrease = "price-increase"
    /// Always exits 0: report changes, never fail on them.
    case none

    /// 0 or 1 for `report` under this policy.
    public func exitStatus(for report: DiffReport) -> Int32 {
        switch self {
        case .any: report.isEmpty ? 0 : 1
        case .priceIncrease: report.priceChanges.contains(where: \.isIncrease) ? 1 : 0
        case .none: 0
        }
    }
}
