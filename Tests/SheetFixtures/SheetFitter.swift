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
            table.removeLastProduct()
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
