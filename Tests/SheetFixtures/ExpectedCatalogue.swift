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
///   printed on that physical page (remark, paragraph or footnote) and the product has a usage price
///   (per call, minute, sms, MB or GB); notes: the remarks.
///
/// The KPN family (the contract's second part):
/// - columns: a column whose cells hold text other than amounts and price words is an attribute
///   column (header as printed, no label); its cells go to `attributes` in column order, value as
///   printed (markers out), "10,5 GB" → quantity 10.5 GB, "Onbeperkt" → unlimited. A two-level
///   header is "group label"; its price label is the inner label's own once its contract term is
///   removed, else the group's; the term ("24 maanden", "2 jaar") gives `termMonths`.
/// - cells: "€ 45,-" → 45.00, bare "0,0050" → 0.0050 (every printed decimal), "Gratis" → 0.00,
///   "op aanvraag" → on request, "n.v.t." / "–" / "-" → no price.
/// - markers: `{n}` raised, or "*" / "**" printed at the end of a name or an attribute cell; a
///   footnote id is "p{page}.{marker}" in a page's first footnote block, "p{page}.{block}.{marker}"
///   in later ones (counted top down); a product reads its table's block: the first block under
///   its table on its page, else the last one above it.
/// - caption: a caption string ending in a caption note ("Connext Voice Door KPN te factureren")
///   is the caption and the note.
/// - names: a soft hyphen before a line break ("Ser\u{00AD}\nvice") joins the word ("Service").
/// - validFrom / vatIncluded: what the sheet's paragraphs, bullets, remarks and footnotes say
///   ("Geldig vanaf 1 maart 2027", "exclusief btw"); a caption note is the table's note, not a
///   statement of the sheet (the parser reads no facts there, and 27 pinned cases print
///   "Prijzen exclusief btw" beside a caption), so it sets neither.
public struct ExpectedCatalogue: Sendable {
    /// The sheet's title (running header and PDF metadata).
    public var title: String
    /// Physical pages drawn.
    public var pageCount: Int
    /// The date the sheet's paragraphs say its prices take effect, ISO; nil for none.
    public var validFrom: String?
    /// What the sheet's paragraphs say of VAT; nil for nothing.
    public var vatIncluded: Bool?
    public var tables: [TableInfo]
    /// Products in document order, ids made unique.
    public var products: [Product]
    /// Footnotes in page, block, then marker order.
    public var footnotes: [Footnote]

    /// The catalogue `spec` must read back as, given where the renderer put things (`report`)
    /// and the sheet's rounding sentence.
    public init(spec: SheetSpec, report: RenderReport, rounding: RoundingStatement?) {
        title = spec.title
        pageCount = report.pageCount
        let blocks = FootnoteBlocks(report)
        footnotes = Self.footnotes(spec, report, blocks)
        let roundingPages = rounding.map { Self.pages(printing: $0.sentence, spec, report) } ?? []
        (validFrom, vatIncluded) = SheetFacts.read(spec)
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
                let context = TableContext(table: table, specPage: p, block: b, pages: rowPages, footnoteBlocks: blocks,
                                           report: report, rounding: rounding, roundingPages: roundingPages)
                products += context.products()
            }
        }
        let ids = Slug.unique(products.map(\.id))
        for i in products.indices { products[i].id = ids[i] }
    }

    private mutating func addTable(_ table: TableSpec, pages: [Int]) {
        let (caption, note) = Self.captionAndNote(table)
        let columns = table.columns.indices.map { ColumnMeaning(table, column: $0).info }
        let ordered = pages.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        let products = table.rows.filter(\.isProduct).count
        if let i = tables.firstIndex(where: { $0.caption == caption && $0.columns == columns }) {
            for page in ordered where !tables[i].pages.contains(page) { tables[i].pages.append(page) }
            tables[i].rows += products
        } else {
            tables.append(TableInfo(caption: caption, pages: ordered, note: note, columns: columns,
                                    transposed: table.transposed, rows: products))
        }
    }

    /// The table's caption and note: the caption line (or the name header when the caption is
    /// printed there), split where a caption note printed in the caption string begins.
    static func captionAndNote(_ table: TableSpec) -> (caption: String, note: String?) {
        let caption = SpecText.printed(table.caption ?? table.nameHeader)
        guard table.caption != nil else { return (caption, nil) }
        if table.captionNote == nil, let note = Lexicon.inlineCaptionNotes.first(where: { caption.hasSuffix(" " + $0) }) {
            return (String(caption.dropLast(note.count + 1)), note)
        }
        return (caption, table.captionNote.map(SpecText.printed))
    }

    /// Every footnote on the physical page and in the block it was printed in, in page, block,
    /// then marker order.
    private static func footnotes(_ spec: SheetSpec, _ report: RenderReport, _ blocks: FootnoteBlocks) -> [Footnote] {
        report.footnotes.map { placed in
            Footnote(page: placed.physicalPage, block: blocks.number(of: placed), marker: placed.marker,
                     text: SpecText.printed(notes(of: placed, spec)[placed.index].text))
        }.sorted { markerOrder(($0.page, $0.block, $0.marker), ($1.page, $1.block, $1.marker)) }
    }

    static func notes(of placed: FootnotePlacement, _ spec: SheetSpec) -> [FootnoteSpec] {
        if let block = placed.block, case .footnotes(let inPlace) = spec.pages[placed.page].blocks[block] { return inPlace }
        return spec.pages[placed.page].footnotes
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
        for placed in report.footnotes where notes(of: placed, spec)[placed.index].text.contains(sentence) {
            pages.insert(placed.physicalPage)
        }
        return pages
    }

    /// Markers in number order ("2" before "10"), page first: the catalogue's footnote order.
    static func markerOrder(_ a: (page: Int, marker: String), _ b: (page: Int, marker: String)) -> Bool {
        markerOrder((a.page, 1, a.marker), (b.page, 1, b.marker))
    }

    /// Page, then block, then markers in number order, stars after numbers.
    static func markerOrder(_ a: (page: Int, block: Int, marker: String), _ b: (page: Int, block: Int, marker: String)) -> Bool {
        (a.page, a.block, Int(a.marker) ?? Int.max, a.marker) < (b.page, b.block, Int(b.marker) ?? Int.max, b.marker)
    }
}

/// The footnote blocks of each physical page, top down: in-place `.footnotes` blocks where
/// they stand, the spec page's own footnotes at the foot of the page where its blocks end.
struct FootnoteBlocks {
    /// A block: its spec page and `.footnotes` block index, nil for the page footnotes.
    struct Key: Hashable {
        var specPage: Int
        var block: Int?
    }

    /// Per physical page, its blocks in drawing order, with the markers each prints.
    private(set) var pages: [Int: [(key: Key, markers: Set<String>)]] = [:]

    init(_ report: RenderReport) {
        for placed in report.footnotes {
            let key = Key(specPage: placed.page, block: placed.block)
            var list = pages[placed.physicalPage] ?? []
            if let i = list.firstIndex(where: { $0.key == key }) {
                list[i].markers.insert(placed.marker)
            } else {
                list.append((key, [placed.marker]))
            }
            pages[placed.physicalPage] = list
        }
    }

    /// The block number (from 1, top down on its physical page) a footnote was printed in.
    func number(of placed: FootnotePlacement) -> Int {
        let key = Key(specPage: placed.page, block: placed.block)
        return (pages[placed.physicalPage]?.firstIndex { $0.key == key } ?? 0) + 1
    }

    /// The block a table (block `block` of spec page `specPage`) reads on physical page `page`:
    /// the first printed under it on that page, else the last one above it; nil for none.
    func own(page: Int, specPage: Int, block: Int) -> Int? {
        guard let list = pages[page] else { return nil }
        if let under = list.firstIndex(where: { $0.key.specPage == specPage && ($0.key.block.map { $0 > block } ?? true) }) {
            return under + 1
        }
        if let above = list.lastIndex(where: { $0.key.specPage < specPage || ($0.key.specPage == specPage && ($0.key.block ?? Int.max) < block) }) {
            return above + 1
        }
        return nil
    }

    /// The first block on `page` that prints `marker`.
    func first(printing marker: String, page: Int) -> Int? {
        pages[page]?.firstIndex { $0.markers.contains(marker) }.map { $0 + 1 }
    }

    func prints(_ marker: String, page: Int, block: Int) -> Bool {
        guard let list = pages[page], block >= 1, block <= list.count else { return false }
        return list[block - 1].markers.contains(marker)
    }
}

/// What a column is, by the contract: its header, label, kind and contract term.
struct ColumnMeaning {
    var header: String
    var label: PriceLabel?
    var kind: TableInfo.Column.Kind
    var termMonths: Int?

    init(_ table: TableSpec, column c: Int) {
        let spec = table.columns[c]
        let own = SpecText.printed(spec.label)
        header = spec.group.map { SpecText.printed($0) + " " + own } ?? own
        let cells = table.productRows.compactMap { c < $0.cells.count ? $0.cells[c] : nil }
        kind = cells.contains(where: { !CellText.isPriceCell($0) }) ? .attribute : .price
        guard kind == .price else { return }
        let term = HeaderTerm.contractTerm(in: own)
        termMonths = term?.months
        let rest = term?.rest ?? own
        label = HeaderTerm.term(header: rest)?.label
            ?? spec.group.flatMap { HeaderTerm.term(header: SpecText.printed($0))?.label }
        // A header the generator knows no label for (a generator slip the soak found once)
        // expects none: the case then fails on the parser's unknown-header warning, visibly,
        // instead of stopping the whole run.
    }

    var info: TableInfo.Column {
        TableInfo.Column(header: header, label: kind == .price ? label?.rawValue : nil, kind: kind, termMonths: termMonths)
    }
}

/// The contract's reading of a cell's text.
enum CellText {
    /// Cell words that stand for a price or its absence.
    static let priceWords = ["gratis", "op aanvraag", "n.v.t.", "–", "-"]

    /// An amount ("€ 5,00", "0,0050", "€ 45,-", a range, "(per gebruiker)") or a price word.
    static func isPriceCell(_ cell: String) -> Bool {
        let text = SpecText.withoutMarkers(cell).trimmingCharacters(in: .whitespaces)
        if priceWords.contains(text.lowercased()) || text.hasPrefix("€") { return true }
        return text.wholeMatch(of: #/[0-9]{1,3}(\.[0-9]{3})*,([0-9]{2,4}|-)/#) != nil
    }

    /// A trailing plain star marker ("Onbeperkt*" → "Onbeperkt", "*").
    static func stars(_ text: String) -> (plain: String, star: String?) {
        for star in ["**", "*"] where text.hasSuffix(star) {
            return (String(text.dropLast(star.count)), star)
        }
        return (text, nil)
    }

    /// An attribute cell as the contract reads it.
    static func attribute(_ cell: String, column: String) -> (Attribute, [String]) {
        let (plain, star) = stars(SpecText.printed(cell))
        let markers = SpecText.markers(in: cell) + (star.map { [$0] } ?? [])
        if ["onbeperkt", "unlimited"].contains(plain.lowercased()) {
            return (Attribute(column: column, value: plain, unlimited: true), markers)
        }
        var quantity: Attribute.Quantity?
        if let match = plain.wholeMatch(of: #/([0-9]+(?:,[0-9]+)?) ([A-Za-z][A-Za-z\/]*)/#) {
            quantity = Attribute.Quantity(amount: String(match.1).replacingOccurrences(of: ",", with: "."), unit: String(match.2))
        }
        return (Attribute(column: column, value: plain, quantity: quantity), markers)
    }
}

/// The sheet's statements of itself, read from the sentences the generator writes for them.
enum SheetFacts {
    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                         "oktober", "november", "december"]

    static func read(_ spec: SheetSpec) -> (validFrom: String?, vatIncluded: Bool?) {
        var texts: [String] = []
        for page in spec.pages {
            texts += page.footnotes.map(\.text)
            for block in page.blocks {
                switch block {
                case .paragraph(let text, _): texts.append(text)
                case .bullets(let items): texts += items
                case .footnotes(let notes): texts += notes.map(\.text)
                case .table(let table): texts += table.productRows.flatMap(\.remarks)
                case .sectionTitle, .spacer: break
                }
            }
        }
        var dates = Set<String>()
        var vat = Set<Bool>()
        for text in texts.map({ SpecText.printed($0).lowercased() }) {
            for phrase in Lexicon.validityPhrases.map({ $0.lowercased() }) {
                guard let range = text.range(of: phrase + " ") else { continue }
                if let date = date(String(text[range.upperBound...])) { dates.insert(date) }
            }
            if text.contains("exclusief btw") || text.contains("excl. btw") { vat.insert(false) }
            if text.contains("inclusief btw") || text.contains("incl. btw") || text.contains("inclusief 21% btw") { vat.insert(true) }
        }
        return (dates.count == 1 ? dates.first : nil, vat.count == 1 ? vat.first : nil)
    }

    /// "1 maart 2027" or "01-03-2027" at the start of `text`, as an ISO date.
    static func date(_ text: String) -> String? {
        if let m = text.prefixMatch(of: #/([0-9]{2})-([0-9]{2})-([0-9]{4})/#) {
            return "\(m.3)-\(m.2)-\(m.1)"
        }
        if let m = text.prefixMatch(of: #/([0-9]{1,2}) ([a-z]+) ([0-9]{4})/#), let month = months.firstIndex(of: String(m.2)),
           let day = Int(m.1) {
            return "\(m.3)-\(month < 9 ? "0" : "")\(month + 1)-\(day < 10 ? "0" : "")\(day)"
        }
        return nil
    }
}

/// One table's products, with what they inherit from the table.
private struct TableContext {
    let table: TableSpec
    let specPage: Int
    let block: Int
    /// Physical page of each row.
    let pages: [Int]
    let footnoteBlocks: FootnoteBlocks
    let report: RenderReport
    let rounding: RoundingStatement?
    let roundingPages: Set<Int>

    func products() -> [Product] {
        let caption = ExpectedCatalogue.captionAndNote(table).caption
        let captionMarkers = SpecText.markers(in: table.caption ?? table.nameHeader)
        let columns = table.columns.indices.map { ColumnMeaning(table, column: $0) }
        var group: (text: String, markers: [String])?
        var result: [Product] = []
        for (r, row) in table.rows.enumerated() {
            switch row {
            case .group(let text):
                group = (SpecText.printed(text), SpecText.markers(in: text))
            case .product(let spec):
                let page = pages[r]
                let joined = spec.name.replacingOccurrences(of: "\u{00AD}\n", with: "").replacingOccurrences(of: "\u{00AD}", with: "")
                let (name, star) = CellText.stars(SpecText.printed(joined))
                var markers = SpecText.markers(in: spec.name) + (star.map { [$0] } ?? []) + (group?.markers ?? []) + captionMarkers
                var prices: [Price] = []
                var attributes: [Attribute] = []
                for (c, cell) in spec.cells.enumerated() {
                    guard let cell else { continue }
                    let column = columns[c]
                    if column.kind == .attribute {
                        let (attribute, cellMarkers) = CellText.attribute(cell, column: column.header)
                        attributes.append(attribute)
                        markers += cellMarkers + SpecText.markers(in: table.columns[c].label)
                        continue
                    }
                    guard let label = column.label, let price = Self.price(cell, label: label, column: column) else { continue }
                    markers += SpecText.markers(in: table.columns[c].label)
                    prices.append(price)
                }
                let ordered = Set(markers).sorted { ExpectedCatalogue.markerOrder((0, $0), (0, $1)) }
                // A usage price of any unit (call, minute, sms, MB, GB): what the rounding governs.
                let usage = prices.contains { if case .usage = $0.type { true } else { false } }
                result.append(Product(
                    id: Slug.make(name), name: name, table: caption, group: group?.text,
                    requires: spec.annotation.map(Self.requirement) ?? [],
                    footnotes: ordered.map { footnoteID($0, page: page, row: r) }, page: page,
                    rounding: usage && roundingPages.contains(page) ? rounding?.rounding : nil,
                    notes: spec.remarks.map(SpecText.printed), attributes: attributes, prices: prices))
            }
        }
        return result
    }

    /// The footnote a marker on row `row` (printed on `page`) refers to: in its table's block on
    /// its own page, else in another block of that page, else on the table's next page that
    /// prints one, else (never drawn by the generator) the spec page's.
    private func footnoteID(_ marker: String, page: Int, row: Int) -> String {
        if let own = footnoteBlocks.own(page: page, specPage: specPage, block: block),
           footnoteBlocks.prints(marker, page: page, block: own) {
            return Footnote.id(page: page, block: own, marker: marker)
        }
        if let other = footnoteBlocks.first(printing: marker, page: page) {
            return Footnote.id(page: page, block: other, marker: marker)
        }
        let later = Set(pages.filter { $0 > page }).sorted()
        for next in later {
            if let other = footnoteBlocks.first(printing: marker, page: next) {
                return Footnote.id(page: next, block: other, marker: marker)
            }
        }
        if let placed = report.footnotes.first(where: { $0.page == specPage && $0.marker == marker }) {
            return Footnote.id(page: placed.physicalPage, block: footnoteBlocks.number(of: placed), marker: marker)
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
    static func price(_ cell: String, label: PriceLabel, column: ColumnMeaning) -> Price? {
        let header = column.header
        let term = column.termMonths
        switch cell.lowercased() {
        case "gratis": return Price(label: label, value: .amount(Money("0.00")!), termMonths: term, column: header)
        case "op aanvraag": return Price(label: label, value: .onRequest, termMonths: term, column: header)
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
        return Price(label: label, value: value, termMonths: term, per: per, column: header)
    }

    /// "€ 1.250,00" → 1250.00, "€ 45,-" → 45.00, "0,0050" → 0.0050.
    static func money(_ printed: String) -> Money {
        let digits = printed.replacingOccurrences(of: ",-", with: ",00")
            .filter { $0.isNumber || $0 == "," }.replacingOccurrences(of: ",", with: ".")
        guard let money = Money(digits) else { preconditionFailure("unreadable amount \(printed)") }
        return money
    }
}

extension TableSpec {
    /// The product rows, in order (group rows left out).
    var productRows: [ProductRowSpec] {
        rows.compactMap { if case .product(let product) = $0 { product } else { nil } }
    }
}
