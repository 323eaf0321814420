/// The six kinds of change the diff document knows (shared/CONTRACT.md, "Diff document").
///
/// The case order is the order changes of one table are listed in: money first, because that
/// is what the analyst and the CI job look for.
public enum ChangeKind: String, Sendable, CaseIterable, Comparable {
    case priceChanged, added, removed, renamed, moved, footnoteChanged

    /// The order of the summary object in the contract: added, removed, renamed, priceChanged,
    /// footnoteChanged, moved.
    public static let summaryOrder: [ChangeKind] = [.added, .removed, .renamed, .priceChanged, .footnoteChanged, .moved]

    public static func < (a: ChangeKind, b: ChangeKind) -> Bool { a.rank < b.rank }

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
}
