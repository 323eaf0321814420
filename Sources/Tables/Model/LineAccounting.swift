/// What each text line of the sheet became. Every line gets exactly one role, so nothing is
/// dropped without being counted.
public enum LineRole: String, Sendable, CaseIterable {
    case caption, tableHeader, groupRow, productRow, remark
    case footnote, runningText, prose
    /// Inside a table but used for nothing: each such line is also a warning.
    case unaccounted
}

/// Line counts by role over the whole sheet.
public struct LineAccounting: Sendable, Equatable {
    public private(set) var counts: [LineRole: Int] = [:]

    public init() {}

    /// The counts of `roles`, tallied role by role: a page's few dozen lines are counted in
    /// fewer steps than a dictionary update (a hash) each.
    init(counting roles: [LineRole]) {
        for role in LineRole.allCases {
            let count = roles.reduce(0) { $1 == role ? $0 + 1 : $0 }
            if count > 0 { add(role, count) }
        }
    }

    public mutating func add(_ role: LineRole, _ count: Int = 1) { counts[role, default: 0] += count }
    public func count(_ role: LineRole) -> Int { counts[role] ?? 0 }
    public var total: Int { counts.values.reduce(0, +) }
    /// Lines that are part of the catalogue (captions, headers, rows, remarks).
    public var catalogue: Int {
        [LineRole.caption, .tableHeader, .groupRow, .productRow, .remark].reduce(0) { $0 + count($1) }
    }
}
