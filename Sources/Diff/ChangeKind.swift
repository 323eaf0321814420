/// The kinds of change the diff document knows (shared/CONTRACT.md, "Diff document").
///
/// The case order is the order changes of one table are listed in: money first, because that
/// is what the analyst and the CI job look for.
public enum ChangeKind: String, Sendable, CaseIterable, Comparable {
    /// The kinds, named as the diff document's `kind` field.
    case priceChanged, attributeChanged, added, removed, renamed, moved, footnoteChanged

    /// The order of the summary object in the contract: added, removed, renamed, priceChanged,
    /// attributeChanged, footnoteChanged, moved.
    public static let summaryOrder: [ChangeKind] = [.added, .removed, .renamed, .priceChanged, .attributeChanged,
                                                    .footnoteChanged, .moved]

    /// Listing order: the order of the cases.
    public static func < (a: ChangeKind, b: ChangeKind) -> Bool { a.rank < b.rank }

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
}
