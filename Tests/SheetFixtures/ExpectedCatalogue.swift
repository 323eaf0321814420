import Foundation
import Catalogue
import Renderer
import Tables

/// The catalogue reading a drawn sheet must give, computed from the spec and where the renderer
/// put things, by the contract's rules (shared/CONTRACT.md):
///
/// - name: printed text, `\n` lines joined, markers and "(alleen bij X user)" taken out;
///   `requires` from the annotation; id: the slug of the name, unique in document order.
/// - table: the caption, or the name header when the caption is printed there; group: the last
///   group row above the product in the same table (also across a page break), or nil.
/// - prices: one per filled cell, label from the header (`HeaderTerm`), column: the header with
///   its lines joined; "€ 1.250,00" → 1250.00, a range → min/max, "(per gebruiker)" → per user.
/// - footnotes: the markers on the name, its group row, its caption and the headers of the
///   columns it has a price in, each as the id "p<page>.<marker>" of the footnote with that marker
///   on the product's physical page, else on the next physical page of the same table that prints
///   one (a page's footnotes go where its blocks end).
/// - tables: caption, pages, note, columns and the number of product rows, a table continued
///   under the same caption and columns counting as one (its confidence counts are not checked:
///   any doubt also raises a warning, and warnings must be empty).
/// - page: the physical page of the row; rounding: the sheet's rounding sentence when it is
///   printed on that physical page (remark, paragraph or footnote) and the product has a usage price;
///   notes: the remarks.
public struct ExpectedCatalogue: Sendable {
    /// The sheet's title (running header and PDF metadata).
    public var title: String
    /// Physical pages drawn.
    public var pageCount: Int
    public var tables: [TableInfo]
    /// Products in document order, ids made unique.
    public var products: [Product]
    /// Footnotes in page, then marker order.
    public var footnotes: [Footnote]

    /// The catalogue `spec` must read back as, given where the renderer put things (`report`)
    /// and the sheet's rounding sentence.
    public init(spec: SheetSpec, report: RenderReport, rounding: RoundingStatement?) {
        title = spec.title
        pageCount = report.pageCount
        footnotes = Self.footnotes(spec, report)
        let printedMarkers = Dictionary(grouping: footnotes, by: \.page).mapValues { Set($0.map(\.marker)) }
        let roundingPages = rounding.map { Self.pages(printing: $0.sentence, spec, report) } ?? []
        tables = []
        products = []
        for (p, page) in spec.pages.enumerated() {
            for (b, block) in page.blocks.enumerated() {
                guard case .table(let table) = block else { continue }
                let rowPages = table.rows.indices.map { r in
                    guard let page = report.physicalPage(page: p, block: b, row: r) else {
                        preconditionFailure("row \(r) of block \(b) on spec page \(p) was not drawn")
                    }
                    return page
                }
                addTable(table, pages: rowPages)
                let context = TableContext(table: table, specPage: p, pages: rowPages, printedMarkers: printedMarkers,
                                           report: report, rounding: rounding, roundingPages: roundingPages)
                products += context.products()
            }
        }
        let ids = Slug.unique(products.map(\.id))
        for i in products.indices { products[i].id = ids[i] }
    }

    private mutating func addTable(_ table: TableSpec, pages: [Int]) {
        let caption = SpecText.printed(table.caption ?? table.nameHeader)
        let columns = table.columns.map { column -> TableInfo.Column in
            let term = HeaderTerm.term(printed: column.label)!
            return TableInfo.Column(header: term.header, label: term.label.rawValue)
        }
        let note = table.caption == nil ? nil : table.captionNote.map(SpecText.printed)
        let ordered = pages.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        let products = table.rows.filter(\.isProduct).count
        if let i = tables.firstIndex(where: { $0.caption == caption && $0.columns == columns }) {
            for page in ordered where !tables[i].pages.contains(page) { tables[i].pages.append(page) }
            tables[i].rows += products
        } else {
            tables.append(TableInfo(caption: caption, pages: ordered, note: note, columns: columns, rows: products))
        }
    }

    /// Every footnote on the physical page it was printed on, in page then marker order.
    private static func footnotes(_ spec: SheetSpec, _ report: RenderReport) -> [Footnote] {
        report.footnotes.map { placed in
            let notes: [FootnoteSpec]
            if let block = placed.block, case .footnotes(let inPlace) = spec.pages[placed.page].blocks[block] {
                notes = inPlace
            } else {
                notes = spec.pages[placed.page].footnotes
            }
            return Footnote(page: placed.physicalPage, marker: placed.marker,
                            text: SpecText.printed(notes[placed.index].text))
        }.sorted { markerOrder(($0.page, $0.marker), ($1.page, $1.marker)) }
    }

    /// Physical pages where `sentence` is printed: in a remark, a paragraph or a footnote.
    private static func pages(printing sentence: String, _ spec: SheetSpec, _ report: RenderReport) -> Set<Int> {
        var pages = Set<Int>()
        for (p, page) in spec.pages.enumerated() {
            for (b, block) in page.blocks.enumerated() {
                switch block {
                case .paragraph(let text, _) where text.contains(sentence):
                    if let placed = report.physicalPages(page: p, block: b) { pages.insert(placed.lowerBound) }
                case .table(let table):
                    for (r, row) in table.rows.enumerated() {
                        guard case .product(let product) = row, product.remarks.contains(where: { $0.contains(sentence) }),
                              let placed = report.physicalPage(page: p, block: b, row: r) else { continue }
                        pages.insert(placed)
                    }
                default: break
                }
            }
        }
        for placed in report.footnotes {
            let notes: [FootnoteSpec]
            if let block = placed.block, case .footnotes(let inPlace) = spec.pages[placed.page].blocks[block] {
                notes = inPlace
            } else {
                notes = spec.pages[placed.page].footnotes
            }
            if notes[placed.index].text.contains(sentence) { pages.insert(placed.physicalPage) }
        }
        return pages
    }

    /// Markers in number order ("2" before "10"), page first: the catalogue's footnote order.
    static func markerOrder(_ a: (page: Int, marker: String), _ b: (page: Int, marker: String)) -> Bool {
        (a.page, Int(a.marker) ?? Int.max, a.marker) < (b.page, Int(b.marker) ?? Int.max, b.marker)
    }
}

/// One table's products, with what they inherit from the table.
private struct TableContext {
    let table: TableSpec
    let specPage: Int
    /// Physical page of each row.
    let pages: [Int]
    let printedMarkers: [Int: Set<String>]
    let report: RenderReport
    let rounding: RoundingStatement?
    let roundingPages: Set<Int>

    func products() -> [Product] {
        let caption = SpecText.printed(table.caption ?? table.nameHeader)
        let captionMarkers = SpecText.markers(in: table.caption ?? table.nameHeader)
        let terms = table.columns.map { HeaderTerm.term(printed: $0.label)! }
        var group: (text: String, markers: [String])?
        var result: [Product] = []
        for (r, row) in table.rows.enumerated() {
            switch row {
            case .group(let text):
                group = (SpecText.printed(text), SpecText.markers(in: text))
            case .product(let spec):
                let page = pages[r]
                var markers = SpecText.markers(in: spec.name) + (group?.markers ?? []) + captionMarkers
                var prices: [Price] = []
                for (c, cell) in spec.cells.enumerated() {
                    guard let cell, let price = Self.price(cell, term: terms[c]) else { continue }
                    markers += SpecText.markers(in: table.columns[c].label)
                    prices.append(price)
                }
                let ordered = Set(markers).sorted { ExpectedCatalogue.markerOrder((0, $0), (0, $1)) }
                let name = SpecText.printed(spec.name)
                let usage = prices.contains { [.setupFee, .perMinute, .perMinuteMobile].contains($0.label) }
                result.append(Product(
                    id: Slug.make(name), name: name, table: caption, group: group?.text,
                    requires: spec.annotation.map(Self.requirement) ?? [],
                    footnotes: ordered.map { footnoteID($0, page: page, row: r) }, page: page,
                    rounding: usage && roundingPages.contains(page) ? rounding?.rounding : nil,
                    notes: spec.remarks.map(SpecText.printed), prices: prices))
            }
        }
        return result
    }

    /// The footnote a marker on row `row` (printed on `page`) refers to: on its own page, else on
    /// the table's next page that prints one, else (never drawn by the generator) the spec page's.
    private func footnoteID(_ marker: String, page: Int, row: Int) -> String {
        if printedMarkers[page]?.contains(marker) == true { return Footnote.id(page: page, marker: marker) }
        let later = Set(pages.filter { $0 > page }).sorted()
        if let next = later.first(where: { printedMarkers[$0]?.contains(marker) == true }) {
            return Footnote.id(page: next, marker: marker)
        }
        if let placed = report.footnotes.first(where: { $0.page == specPage && $0.marker == marker }) {
            return Footnote.id(page: placed.physicalPage, marker: marker)
        }
        preconditionFailure("marker \(marker) of row \(row) has no footnote (generator bug)")
    }

    /// "(alleen bij Pro user)" → ["Pro"].
    static func requirement(_ annotation: String) -> [String] {
        let words = annotation.trimmingCharacters(in: ["(", ")"]).split(separator: " ")
        return words.count == 4 ? [String(words[2])] : []
    }

    /// A printed cell as the contract's price: "Gratis" is 0.00, "op aanvraag" on request,
    /// "n.v.t." and a dash no price at all.
    static func price(_ cell: String, term: HeaderTerm) -> Price? {
        switch cell.lowercased() {
        case "gratis": return Price(label: term.label, value: .amount(Money("0.00")!), column: term.header)
        case "op aanvraag": return Price(label: term.label, value: .onRequest, column: term.header)
        case "n.v.t.", "–", "-": return nil
        default: break
        }
        var text = cell
        var per: String?
        if text.contains("(per gebruiker)") {
            per = "user"
            text = text.replacingOccurrences(of: "(per gebruiker)", with: "")
        }
        let amounts = text.components(separatedBy: " - ").map(money)
        let value: Price.Value = amounts.count == 2 ? .range(min: amounts[0], max: amounts[1]) : .amount(amounts[0])
        return Price(label: term.label, value: value, per: per, column: term.header)
    }

    /// "€ 1.250,00" → 1250.00.
    static func money(_ printed: String) -> Money {
        let digits = printed.filter { $0.isNumber || $0 == "," }.replacingOccurrences(of: ",", with: ".")
        guard let money = Money(digits) else { preconditionFailure("unreadable amount \(printed)") }
        return money
    }
}
