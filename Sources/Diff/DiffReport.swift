import Catalogue

/// A finished diff: which two sheets, and what changed between them. What the formats render
/// and what `FailPolicy` judges.
public struct DiffReport: Sendable, Equatable {
    /// Version of the diff document (`--format json`); bumped only when a field is renamed or dropped.
    public static let schemaVersion = 1

    /// The older sheet (OLD on the command line).
    public var old: SheetReference
    /// The newer sheet (NEW on the command line).
    public var new: SheetReference
    /// Every change, in `CatalogueDiff`'s deterministic order.
    public var changes: [Change]

    /// A report of changes already computed.
    public init(old: SheetReference, new: SheetReference, changes: [Change]) {
        self.old = old
        self.new = new
        self.changes = changes
    }

    /// Compares two catalogues; `oldFile` and `newFile` are the names shown for them.
    public init(old: Catalogue, oldFile: String, new: Catalogue, newFile: String) {
        self.init(old: SheetReference(file: oldFile, sha256: old.source.sha256, validFrom: old.validFrom),
                  new: SheetReference(file: newFile, sha256: new.source.sha256, validFrom: new.validFrom),
                  changes: CatalogueDiff(old: old, new: new).changes())
    }

    /// Counts per kind.
    public var summary: DiffSummary { DiffSummary(changes) }

    /// True when nothing changed.
    public var isEmpty: Bool { changes.isEmpty }

    /// The price changes, in order: the part CI policies look at.
    public var priceChanges: [PriceChange] {
        changes.compactMap { if case .priceChanged(let change) = $0 { change } else { nil } }
    }
}
