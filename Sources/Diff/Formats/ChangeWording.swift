import Catalogue

/// The short phrases the text and markdown formats share, so both tell a change the same way.
enum ChangeWording {
    /// "Prijs / maand", or "Kosten per minuut mobiele nummer (max)" for one bound of a range.
    static func price(_ change: PriceChange) -> String {
        let column = change.column.isEmpty ? change.label : change.column
        return change.bound.map { "\(column) (\($0.rawValue))" } ?? column
    }

    /// The effect in brackets' words: "+6,00%"; "+€ 5,00" from a zero price; "new price"; "price dropped".
    static func effect(_ change: PriceChange) -> String {
        if let percent = change.percent { return SheetAmount.signedPercent(percent) }
        if let delta = change.delta { return SheetAmount.signedMoney(delta) }
        if change.oldOnRequest || change.newOnRequest { return change.new == nil && !change.newOnRequest ? "price dropped" : "price given" }
        return change.old == nil ? "new price" : "price dropped"
    }

    /// "€ 7,50 → € 7,95 (+6,00%)".
    static func amounts(_ change: PriceChange) -> String {
        "\(old(change)) → \(new(change)) (\(effect(change)))"
    }

    /// A side of a change as the sheet prints it: "€ 7,50", "op aanvraag", or "—" for none.
    static func old(_ change: PriceChange) -> String { change.oldOnRequest ? "op aanvraag" : SheetAmount.money(change.old) }
    static func new(_ change: PriceChange) -> String { change.newOnRequest ? "op aanvraag" : SheetAmount.money(change.new) }

    /// Where a moved product went: "new place in the table", "group Centrale → Gebruikers", "table A → B".
    static func move(_ move: Move) -> String {
        var parts: [String] = []
        if let table = move.tableChange { parts.append("table \(table.old) → \(table.new)") }
        if let group = move.groupChange { parts.append("group \(groupName(group.old)) → \(groupName(group.new))") }
        return parts.isEmpty ? "new place in the table" : parts.joined(separator: ", ")
    }

    static func groupName(_ group: String?) -> String { group ?? "(no group)" }

    /// "10 changes: 5 price changes, 1 added, …" without the kinds that did not occur; money first.
    static func summary(_ report: DiffReport) -> String {
        let total = report.changes.count
        guard total > 0 else { return "no changes" }
        let summary = report.summary
        let parts = ChangeKind.allCases.filter { summary.count($0) > 0 }.map { count(of: $0, summary.count($0)) }
        return "\(total) \(total == 1 ? "change" : "changes"): " + parts.joined(separator: ", ")
    }

    private static func count(of kind: ChangeKind, _ n: Int) -> String {
        switch kind {
        case .priceChanged: "\(n) price \(n == 1 ? "change" : "changes")"
        case .attributeChanged: "\(n) attribute \(n == 1 ? "change" : "changes")"
        case .footnoteChanged: "\(n) \(n == 1 ? "footnote" : "footnotes") changed"
        default: "\(n) \(kind.rawValue)"
        }
    }
}
