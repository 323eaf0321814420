import Renderer

/// Keeps a page-limited sheet on one physical page a spec page, by the renderer's own account.
enum SheetFitter {
    /// Shortens the first spec page that ran over more than one physical page; false when every
    /// page fits (or nothing is left to remove).
    static func trimOverflow(_ spec: inout SheetSpec, report: RenderReport) -> Bool {
        for p in spec.pages.indices {
            var pages = Set(report.blocks.filter { $0.page == p }.flatMap { Array($0.physicalPages) })
            pages.formUnion(report.footnotes.filter { $0.page == p }.map(\.physicalPage))
            guard pages.count > 1 else { continue }
            return trim(&spec.pages[p])
        }
        return false
    }

    /// Removes the last product of the longest table (and a group row left last), else the last
    /// prose block.
    private static func trim(_ page: inout PageSpec) -> Bool {
        var best: (index: Int, table: TableSpec)?
        for (b, block) in page.blocks.enumerated() {
            guard case .table(let table) = block, table.rows.filter(\.isProduct).count > 1 else { continue }
            if best.map({ table.rows.count > $0.table.rows.count }) ?? true { best = (b, table) }
        }
        if let best {
            var table = best.table
            table.dropLastProduct()
            page.blocks[best.index] = .table(table)
            return true
        }
        if let b = page.blocks.lastIndex(where: { block in
            switch block {
            case .paragraph, .bullets, .sectionTitle, .spacer: return true
            case .table, .footnotes: return false
            }
        }) {
            page.blocks.remove(at: b)
            return true
        }
        return false
    }
}

extension TableSpec {
    /// Removes the last product, and a group row it leaves last (a group row has products,
    /// FormatLimits.groupHasProducts). A column that showed text only in that product (its
    /// other cells "n.v.t." or empty) would read as a price column with no prices as much as an
    /// attribute column (FormatLimits.attributesShowText): its first product gets that text.
    mutating func dropLastProduct() {
        let removed = rows.removeLast()
        if case .group = rows.last { rows.removeLast() }
        guard case .product(let gone) = removed else { return }
        for (c, cell) in gone.cells.enumerated() {
            guard let cell, !CellText.isPriceCell(cell), !showsText(inColumn: c),
                  let r = rows.firstIndex(where: \.isProduct), case .product(var product) = rows[r] else { continue }
            product.cells[c] = cell
            rows[r] = .product(product)
        }
    }

    /// Whether a product's cell in column `c` holds text other than a price cell's.
    private func showsText(inColumn c: Int) -> Bool {
        productRows.contains { row in c < row.cells.count && row.cells[c].map { !CellText.isPriceCell($0) } == true }
    }
}
