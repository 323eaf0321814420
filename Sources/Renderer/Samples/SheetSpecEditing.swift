/// Edits of a sheet spec by the words a reader sees (product names, table captions, footnote
/// markers), so a new edition or a test variant is written as "what changed" against an existing
/// spec instead of a copy of it.
///
/// Products are found by their plain name: the spec's name with `{n}` markers taken out and
/// `\n` breaks read as spaces ("KPN EEN Connext Centrale{2}" is "KPN EEN Connext Centrale").
/// An edit that names nothing in the spec is a programming error and traps, so a typo in a
/// test or a sample cannot silently leave the sheet unchanged.
extension SheetSpec {
    /// The sheet with the product's row changed by `edit`.
    public func updatingProduct(_ name: String, _ edit: (inout ProductRowSpec) -> Void) -> SheetSpec {
        var sheet = self
        let place = sheet.place(ofProduct: name)
        sheet.withRows(place.page, place.block) { rows in
            guard case .product(var row) = rows[place.row] else { return }
            edit(&row)
            rows[place.row] = .product(row)
        }
        return sheet
    }

    /// The sheet with one price cell of the product replaced (nil empties the cell).
    public func settingCell(_ name: String, column: Int, to text: String?) -> SheetSpec {
        updatingProduct(name) { $0.cells[column] = text }
    }

    /// The sheet with the product renamed (the new name may carry markers and breaks).
    public func renamingProduct(_ name: String, to newName: String) -> SheetSpec {
        updatingProduct(name) { $0.name = newName }
    }

    /// The sheet without the product's row.
    public func removingProduct(_ name: String) -> SheetSpec {
        var sheet = self
        let place = sheet.place(ofProduct: name)
        sheet.withRows(place.page, place.block) { $0.remove(at: place.row) }
        return sheet
    }

    /// The sheet with `row` inserted right after the product named `anchor` (same table).
    public func insertingRow(_ row: RowSpec, after anchor: String) -> SheetSpec {
        var sheet = self
        let place = sheet.place(ofProduct: anchor)
        sheet.withRows(place.page, place.block) { $0.insert(row, at: place.row + 1) }
        return sheet
    }

    /// The sheet with `row` inserted right before the product named `anchor` (same table).
    public func insertingRow(_ row: RowSpec, before anchor: String) -> SheetSpec {
        var sheet = self
        let place = sheet.place(ofProduct: anchor)
        sheet.withRows(place.page, place.block) { $0.insert(row, at: place.row) }
        return sheet
    }

    /// The sheet with the product's row taken out and put back right before `anchor`.
    public func movingProduct(_ name: String, before anchor: String) -> SheetSpec {
        let row = productRow(name)
        return removingProduct(name).insertingRow(.product(row), before: anchor)
    }

    /// The sheet with the product's row taken out and put back right after `anchor`.
    public func movingProduct(_ name: String, after anchor: String) -> SheetSpec {
        let row = productRow(name)
        return removingProduct(name).insertingRow(.product(row), after: anchor)
    }

    /// The product's row as the spec has it.
    public func productRow(_ name: String) -> ProductRowSpec {
        let place = place(ofProduct: name)
        guard case .table(let table) = pages[place.page].blocks[place.block],
              case .product(let row) = table.rows[place.row] else { preconditionFailure("no product \"\(name)\"") }
        return row
    }

    /// The sheet with the text of footnote `marker` on page `page` (1-based) replaced.
    public func settingFootnote(page: Int, marker: String, to text: String) -> SheetSpec {
        var sheet = self
        guard let index = sheet.pages[page - 1].footnotes.firstIndex(where: { $0.marker == marker }) else {
            preconditionFailure("no footnote \(marker) on page \(page)")
        }
        sheet.pages[page - 1].footnotes[index].text = text
        return sheet
    }

    /// The sheet with a footnote added at the bottom of page `page` (1-based).
    public func addingFootnote(page: Int, _ footnote: FootnoteSpec) -> SheetSpec {
        var sheet = self
        sheet.pages[page - 1].footnotes.append(footnote)
        return sheet
    }

    /// The sheet without footnote `marker` of page `page` (1-based).
    public func removingFootnote(page: Int, marker: String) -> SheetSpec {
        var sheet = self
        let before = sheet.pages[page - 1].footnotes.count
        sheet.pages[page - 1].footnotes.removeAll { $0.marker == marker }
        precondition(sheet.pages[page - 1].footnotes.count < before, "no footnote \(marker) on page \(page)")
        return sheet
    }

    /// The sheet drawn in another style (same content).
    public func styled(_ style: SheetStyle) -> SheetSpec {
        var sheet = self
        sheet.style = style
        return sheet
    }

    /// A spec name as printed: markers out, breaks as spaces, runs of spaces as one.
    public static func plainName(_ name: String) -> String {
        var plain = ""
        var inMarker = false
        for character in name {
            switch character {
            case "{": inMarker = true
            case "}": inMarker = false
            case _ where inMarker: continue
            case "\n": plain.append(" ")
            default: plain.append(character)
            }
        }
        return plain.split(separator: " ").joined(separator: " ")
    }

    /// Page, block and row index of the product, searched in sheet order.
    private func place(ofProduct name: String) -> (page: Int, block: Int, row: Int) {
        for (p, page) in pages.enumerated() {
            for (b, block) in page.blocks.enumerated() {
                guard case .table(let table) = block else { continue }
                for (r, row) in table.rows.enumerated() {
                    if case .product(let product) = row, Self.plainName(product.name) == name { return (p, b, r) }
                }
            }
        }
        preconditionFailure("no product \"\(name)\" in the sheet")
    }

    /// Runs `edit` on the rows of the table at page `page`, block `block`.
    private mutating func withRows(_ page: Int, _ block: Int, _ edit: (inout [RowSpec]) -> Void) {
        guard case .table(var table) = pages[page].blocks[block] else { return }
        edit(&table.rows)
        pages[page].blocks[block] = .table(table)
    }
}
