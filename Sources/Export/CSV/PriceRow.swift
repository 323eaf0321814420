import Catalogue

/// One price of the catalogue as a spreadsheet row: the product's facts repeated on each of
/// its prices, so a row can be filtered and sorted on its own.
struct PriceRow {
    /// The header row, in column order.
    static let header = ["sheet", "table", "group", "productId", "name", "label", "type", "unit", "column", "currency",
                         "amount", "min", "max", "onRequest", "per", "termMonths", "requires", "footnotes", "page"]

    /// The cells, in `header` order. Money as the catalogue's decimal text ("7.50", "0.0050");
    /// an empty cell where the price has no such fact; several values (requires, footnote
    /// texts) one a line. Text taken from the sheet is guarded against being read as a formula.
    let cells: [String]

    init(_ price: Price, of product: Product, in catalogue: Catalogue) {
        let unit: String = switch price.type {
        case .recurring(let period): period
        case .usage(let unit): unit
        case .oneTime: ""
        }
        var amount = "", low = "", high = "", onRequest = ""
        switch price.value {
        case .amount(let money): amount = money.description
        case .range(let min, let max): (low, high) = (min.description, max.description)
        case .onRequest: onRequest = "true"
        }
        let footnotes = product.footnotes.compactMap { id in catalogue.footnotes.first { $0.id == id }?.text }
        let text = FormulaGuard.guarded
        cells = [text(catalogue.source.file), text(product.table), text(product.group ?? ""), product.id, text(product.name),
                 price.label.rawValue, price.type.name, unit, text(price.column), catalogue.currency, amount, low, high, onRequest,
                 text(price.per ?? ""), price.termMonths.map(String.init) ?? "",
                 text(product.requires.joined(separator: "\n")), text(footnotes.joined(separator: "\n")), String(product.page)]
    }

    /// Every price of the catalogue, in document order.
    static func rows(of catalogue: Catalogue) -> [PriceRow] {
        catalogue.products.flatMap { product in product.prices.map { PriceRow($0, of: product, in: catalogue) } }
    }
}
