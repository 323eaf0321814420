import Catalogue

/// The order changes are listed in, the same for the same input: by table (the new edition's
/// table order, then tables only the old one had), then kind (`ChangeKind` order), then product
/// name; the prices of one product keep their column order. Footnotes come last, by page and marker.
struct ChangeOrder {
    let tables: [String]

    init(old: Catalogue, new: Catalogue) {
        var tables: [String] = []
        let captions = new.tables.map(\.caption) + new.products.map(\.table) + old.tables.map(\.caption)
            + old.products.map(\.table)
        for caption in captions where !tables.contains(caption) { tables.append(caption) }
        self.tables = tables
    }

    /// A stable sort: equal keys keep the order they were produced in (column order for prices).
    func sorted(_ changes: [Change]) -> [Change] {
        changes.enumerated()
            .sorted { a, b in
                let (x, y) = (key(a.element), key(b.element))
                if x.table != y.table { return x.table < y.table }
                if x.kind != y.kind { return x.kind < y.kind }
                if x.name != y.name { return x.name < y.name }
                if x.footnote != y.footnote { return x.footnote.lexicographicallyPrecedes(y.footnote) }
                return a.offset < b.offset
            }
            .map(\.element)
    }

    private func key(_ change: Change) -> (table: Int, kind: ChangeKind, name: String, footnote: [Int]) {
        let table = change.table.flatMap { tables.firstIndex(of: $0) } ?? tables.count
        let name = change.product.map { ProductKey.normalize($0) + "\u{0}" + $0 } ?? ""
        var footnote: [Int] = []
        if case .footnoteChanged(let note) = change { footnote = Self.footnoteOrder(note.footnote) }
        return (table, change.kind, name, footnote)
    }

    /// "p4.12" → [4, 12]; a marker that is no number ("*") sorts after the numbered ones.
    static func footnoteOrder(_ id: String) -> [Int] {
        let parts = id.dropFirst().split(separator: ".", maxSplits: 1)
        let page = parts.first.flatMap { Int($0) } ?? Int.max
        let marker = parts.count > 1 ? Int(parts[1]) ?? Int.max : Int.max
        return [page, marker]
    }
}
