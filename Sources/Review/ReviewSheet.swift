import Catalogue
import Diff
import Tables

/// Everything a review report shows of one sheet: the catalogue, how the parser read each
/// page (every line's role, each table's place and columns), and, against an older edition,
/// the changes.
public struct ReviewSheet: Sendable {
    public var catalogue: Catalogue
    /// Every line of every page with the role the parser gave it, first page first.
    public var verdicts: [[LineVerdict]]
    /// The tables as parsed, one per table and page, with their columns' places.
    public var tables: [ParsedTable]
    /// The older edition compared with, if any.
    public var against: Comparison?

    /// An older edition and what changed since.
    public struct Comparison: Sendable {
        /// The older edition's file name, as the report names it.
        public var file: String
        public var changes: [Change]

        public init(file: String, changes: [Change]) {
            self.file = file
            self.changes = changes
        }
    }

    public init(catalogue: Catalogue, verdicts: [[LineVerdict]], tables: [ParsedTable], against: Comparison? = nil) {
        self.catalogue = catalogue
        self.verdicts = verdicts
        self.tables = tables
        self.against = against
    }
}
