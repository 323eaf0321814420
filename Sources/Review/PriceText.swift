import Catalogue

/// A price as the report shows it: what it is for, as printed and as typed
/// ("Maandprijs 24 maanden: € 1.250,00 → 1250.00").
enum PriceText {
    /// The typed value: the catalogue's decimal text.
    static func typed(_ value: Price.Value) -> String {
        switch value {
        case .amount(let money): money.description
        case .range(let low, let high): "\(low.description)–\(high.description)"
        case .onRequest: "on request"
        }
    }

    /// "column: printed → typed", with the term and "per user" when the price has them.
    static func line(_ price: Price) -> String {
        let term = price.termMonths.map { " (\($0) months)" } ?? ""
        let per = price.per.map { " per \($0)" } ?? ""
        let printed = price.printed.map { "\($0) → " } ?? ""
        return "\(price.column)\(term): \(printed)\(typed(price.value))\(per)"
    }
}
