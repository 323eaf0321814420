import Catalogue

/// The diff for a person at a terminal: a summary line, then the changes grouped by table, one
/// line each, amounts as the sheet prints them ("€ 7,50 → € 7,95 (+6,00%)"); footnotes last.
public struct TextFormat: DiffFormat {
    /// The text format; it has no options.
    public init() {}

    /// Summary line, then a block per table, then footnotes.
    public func render(_ report: DiffReport) -> String {
        var lines = ["\(report.old.file) → \(report.new.file): \(ChangeWording.summary(report))"]
        var heading: String?
        for change in report.changes {
            let section = change.table ?? "Footnotes"
            if heading != section {
                lines += ["", section]
                heading = section
            }
            lines += Self.lines(change)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A kind word in a fixed-width column, then what happened.
    static func lines(_ change: Change) -> [String] {
        switch change {
        case .priceChanged(let price):
            return [row("price", "\(price.product), \(ChangeWording.price(price)): \(ChangeWording.amounts(price))")]
        case .attributeChanged(let change):
            return [row("attribute", "\(change.product), \(change.column): \(change.old ?? "—") → \(change.new ?? "—")")]
        case .added(let entry):
            return [row("added", entry.product + group(entry.group))]
        case .removed(let entry):
            return [row("removed", entry.product + group(entry.group))]
        case .renamed(let rename):
            return [row("renamed", "\(rename.old) → \(rename.new)")]
        case .moved(let move):
            return [row("moved", "\(move.product) (\(ChangeWording.move(move)))")]
        case .footnoteChanged(let note):
            return [row(note.footnote, "was: \(note.old ?? "(none)")"), row("", "now: \(note.new ?? "(none)")")]
        }
    }

    private static func row(_ tag: String, _ text: String) -> String {
        "  " + tag.padding(toLength: max(tag.count, 9), withPad: " ", startingAt: 0) + text
    }

    private static func group(_ group: String?) -> String { group.map { " (\($0))" } ?? "" }
}

extension Change {
    /// The change as the text diff prints it, on one line ("price    Basis, Maandprijs: € 7,50 →
    /// € 7,95 (+6,00%)"): what a review report lists for it.
    public var line: String {
        TextFormat.lines(self).map { String($0.drop(while: { $0 == " " })) }.joined(separator: "; ")
    }
}
