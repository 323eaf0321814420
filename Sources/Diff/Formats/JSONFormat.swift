import Catalogue

/// The contract's diff document (shared/CONTRACT.md, schemas/diff.schema.json), keys in a fixed
/// order through Catalogue's `JSONValue`; money as decimal strings, signed deltas and percents.
public struct JSONFormat: DiffFormat {
    /// The JSON format; it has no options.
    public init() {}

    /// The document, pretty-printed with a final newline.
    public func render(_ report: DiffReport) -> String { Self.value(report).rendered() }

    /// The document as a `JSONValue`.
    public static func value(_ report: DiffReport) -> JSONValue {
        .object([
            ("schemaVersion", .int(DiffReport.schemaVersion)),
            ("old", sheet(report.old)),
            ("new", sheet(report.new)),
            ("summary", .object(report.summary.counts.map { ($0.kind.rawValue, .int($0.count)) })),
            ("changes", .array(report.changes.map(change))),
        ])
    }

    private static func sheet(_ sheet: SheetReference) -> JSONValue {
        .object([("file", .string(sheet.file)), ("sha256", .string(sheet.sha256)), ("validFrom", .optional(sheet.validFrom))])
    }

    static func change(_ change: Change) -> JSONValue {
        let kind: (String, JSONValue) = ("kind", .string(change.kind.rawValue))
        switch change {
        case .priceChanged(let price):
            return .object([kind] + self.price(price))
        case .attributeChanged(let change):
            return .object([kind, ("product", .string(change.product)), ("table", .string(change.table)),
                            ("column", .string(change.column)), ("old", .optional(change.old)), ("new", .optional(change.new))])
        case .added(let entry), .removed(let entry):
            return .object([kind, ("product", .string(entry.product)), ("table", .string(entry.table)),
                            ("group", .optional(entry.group))])
        case .renamed(let rename):
            return .object([kind, ("old", .string(rename.old)), ("new", .string(rename.new)),
                            ("table", .string(rename.table)), ("group", .optional(rename.group))])
        case .moved(let move):
            return .object([kind] + self.move(move))
        case .footnoteChanged(let note):
            return .object([kind, ("footnote", .string(note.footnote)), ("old", .optional(note.old)),
                            ("new", .optional(note.new))])
        }
    }

    private static func price(_ price: PriceChange) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
            ("product", .string(price.product)), ("table", .string(price.table)), ("label", .string(price.label)),
            ("column", .string(price.column)),
        ]
        if let term = price.termMonths { members.append(("termMonths", .int(term))) }
        if let bound = price.bound { members.append(("bound", .string(bound.rawValue))) }
        members += [("old", .optional(price.old?.description)), ("new", .optional(price.new?.description))]
        if price.oldOnRequest { members.append(("oldOnRequest", .bool(true))) }
        if price.newOnRequest { members.append(("newOnRequest", .bool(true))) }
        members += [("delta", .optional(price.delta.map(signed))), ("percent", .optional(price.percent.map(signed)))]
        return members
    }

    private static func move(_ move: Move) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
            ("product", .string(move.product)), ("table", .string(move.table)), ("group", .optional(move.group)),
        ]
        if let table = move.tableChange { members += [("oldTable", .string(table.old)), ("newTable", .string(table.new))] }
        if let group = move.groupChange { members += [("oldGroup", .optional(group.old)), ("newGroup", .optional(group.new))] }
        return members
    }

    /// "+0.45", "-1.00", "+6.00": the sign is always written, so a reader never guesses.
    static func signed(_ value: Money) -> String {
        value.units < 0 ? value.description : "+" + value.description
    }
}
