import Renderer

extension TableSpec {
    /// Removes the last product (and a group row left last), as fitting a page does, keeping
    /// `FormatLimits.attributesShowText`: where the removed product held the only text of an
    /// attribute column, the first product takes that text over (without its markers), so the
    /// shorter table still shows what kind of column it is.
    mutating func removeLastProduct() {
        guard let last = rows.lastIndex(where: \.isProduct), case .product(let removed) = rows[last] else { return }
        rows.removeSubrange(last...)
        if case .group = rows.last { rows.removeLast() }
        guard let first = rows.firstIndex(where: \.isProduct), case .product(var kept) = rows[first] else { return }
        for (c, cell) in removed.cells.enumerated() where c < kept.cells.count {
            guard let cell, Self.showsText(cell), !rows.contains(where: { Self.showsText(in: $0, column: c) }) else { continue }
            kept.cells[c] = SpecText.withoutMarkers(cell)
        }
        rows[first] = .product(kept)
    }

    private static func showsText(in row: RowSpec, column c: Int) -> Bool {
        guard case .product(let product) = row, c < product.cells.count, let cell = product.cells[c] else { return false }
        return showsText(cell)
    }

    /// Text that says the column is an attribute column: not a price nor the word for none.
    private static func showsText(_ cell: String) -> Bool {
        !CellText.isPriceCell(cell)
    }
}
