/// How many changes of each kind a diff has: the first thing a reader or a CI job looks at.
public struct DiffSummary: Sendable, Equatable {
    /// Counts in `ChangeKind.summaryOrder`.
    public let counts: [(kind: ChangeKind, count: Int)]

    /// Counts the changes per kind.
    public init(_ changes: [Change]) {
        counts = ChangeKind.summaryOrder.map { kind in (kind, changes.filter { $0.kind == kind }.count) }
    }

    /// The number of changes of `kind`.
    public func count(_ kind: ChangeKind) -> Int {
        counts.first { $0.kind == kind }?.count ?? 0
    }

    /// Equal when every count is (the kinds are always the same six, in the same order).
    public static func == (a: DiffSummary, b: DiffSummary) -> Bool {
        a.counts.map(\.count) == b.counts.map(\.count)
    }
}
