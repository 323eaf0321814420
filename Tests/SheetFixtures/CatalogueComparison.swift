import Foundation
import Catalogue

/// An ingested catalogue checked against the expected one: every difference, named by the field
/// that differs, and a readable report of the first few.
public struct CatalogueComparison: Sendable {
    /// One way the catalogue differs, with the kind used to group failures into causes.
    public struct Difference: Sendable, Equatable {
        /// What differs, without the particulars ("name: text lost", "warning: …"), for grouping.
        public var kind: String
        /// The particulars: which product, expected and got.
        public var detail: String
    }

    /// Every difference, warnings first, then products, tables and footnotes.
    public private(set) var differences: [Difference] = []

    /// True when the catalogue is exactly what was drawn and has no warnings.
    public var isMatch: Bool { differences.isEmpty }

    /// The kinds of difference, deduplicated, in order of first appearance.
    public var kinds: [String] {
        differences.map(\.kind).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// Compares an ingested catalogue with the expected one. Provenance (boxes, prices
    /// as printed) is what the expected catalogue does not state: it is left out of the comparison.
    public init(expected: ExpectedCatalogue, actual: Catalogue) {
        let actual = actual.withoutProvenance
        for warning in actual.warnings {
            // A short footnote whose text holds a header word ("² Minimale contractduur is twaalf
            // maanden.") has two segments like a header line: name that cause apart.
            let fromFootnote = warning.message.contains("column header")
                && warning.text.range(of: #"(^|\. )[0-9]{1,2} [A-Z]"#, options: .regularExpression) != nil
            add("warning: " + Self.shape(warning.message) + (fromFootnote ? " [a footnote line]" : ""),
                "warning p\(warning.page.map(String.init) ?? "-"): \(warning.message) — \"\(warning.text)\"")
        }
        if actual.source.pages != expected.pageCount {
            add("source.pages", "source.pages: expected \(expected.pageCount), got \(actual.source.pages)")
        }
        if actual.source.title != expected.title {
            add("source.title", "source.title: expected \"\(expected.title)\", got \"\(actual.source.title ?? "nil")\"")
        }
        if actual.validFrom != expected.validFrom {
            add("validFrom", "validFrom: expected \(Self.quoted(expected.validFrom)), got \(Self.quoted(actual.validFrom))")
        }
        if actual.vatIncluded != expected.vatIncluded {
            add("vatIncluded", "vatIncluded: expected \(expected.vatIncluded.map(String.init) ?? "nil"), got \(actual.vatIncluded.map(String.init) ?? "nil")")
        }
        compareProducts(expected.products, actual.products)
        compareTables(expected.tables, actual.tables)
        compareFootnotes(expected.footnotes, actual.footnotes)
    }

    private mutating func add(_ kind: String, _ detail: String) {
        differences.append(Difference(kind: kind, detail: detail))
    }

    // MARK: Products

    private mutating func compareProducts(_ expected: [Product], _ actual: [Product]) {
        for step in Alignment.align(expected.map(\.name), actual.map(\.name)) {
            switch step {
            case .pair(let e, let a): compare(expected[e], actual[a], index: e)
            case .missing(let e):
                add(missingKind(expected[e], actual, expected), "product #\(e) missing: \(Self.line(expected[e]))")
            case .extra(let a):
                add(extraKind(actual[a], expected), "unexpected product: \(Self.line(actual[a]))")
            }
        }
    }

    /// Why a product is missing: its name glued into another one, or gone.
    private func missingKind(_ product: Product, _ actual: [Product], _ expected: [Product]) -> String {
        let expectedNames = Set(expected.map(\.name))
        return actual.contains { !expectedNames.contains($0.name) && $0.name.contains(product.name) }
            ? "product missing (name glued into another)" : "product missing"
    }

    private func extraKind(_ product: Product, _ expected: [Product]) -> String {
        expected.contains { $0.name != product.name && $0.name.contains(product.name) }
            ? "extra product (piece of a name)" : "extra product"
    }

    private mutating func compare(_ e: Product, _ a: Product, index: Int) {
        let who = "product #\(index) \"\(e.name)\" (p\(e.page))"
        if e.name != a.name {
            let kind: String
            if a.name.hasPrefix(e.name) { kind = "name: extra text after" }
            else if a.name.hasSuffix(e.name) { kind = "name: extra text before" }
            else if e.name.hasPrefix(a.name) || e.name.hasSuffix(a.name) { kind = "name: text lost" }
            else if e.name.replacingOccurrences(of: " ", with: "") == a.name.replacingOccurrences(of: " ", with: "") {
                kind = "name: spacing"
            } else { kind = "name: different" }
            add(kind, "\(who) name: expected \"\(e.name)\", got \"\(a.name)\"")
        }
        if e.id != a.id, e.name == a.name { add("id", "\(who) id: expected \(e.id), got \(a.id)") }
        if e.table != a.table { add("table", "\(who) table: expected \"\(e.table)\", got \"\(a.table)\"") }
        if e.group != a.group {
            add("group", "\(who) group: expected \(Self.quoted(e.group)), got \(Self.quoted(a.group))")
        }
        if e.requires != a.requires { add("requires", "\(who) requires: expected \(e.requires), got \(a.requires)") }
        if Set(e.footnotes) != Set(a.footnotes) {
            add("footnotes", "\(who) footnotes: expected \(e.footnotes), got \(a.footnotes)")
        }
        if e.page != a.page { add("page", "\(who) page: expected \(e.page), got \(a.page)") }
        if e.rounding != a.rounding {
            add("rounding", "\(who) rounding: expected \(Self.text(e.rounding)), got \(Self.text(a.rounding))")
        }
        if e.notes != a.notes { add("notes", "\(who) notes: expected \(e.notes), got \(a.notes)") }
        if e.attributes != a.attributes {
            add(attributeKind(e.attributes, a.attributes),
                "\(who) attributes:\n      expected \(e.attributes.map(Self.text))\n      got      \(a.attributes.map(Self.text))")
        }
        if e.prices != a.prices || e.prices.map(Self.text) != a.prices.map(Self.text) {
            add(priceKind(e.prices, a.prices),
                "\(who) prices:\n      expected \(e.prices.map(Self.text))\n      got      \(a.prices.map(Self.text))")
        }
    }

    /// Which part of the attributes differs first: count, value, quantity or unlimited, column.
    private func attributeKind(_ e: [Attribute], _ a: [Attribute]) -> String {
        guard e.count == a.count else { return e.count > a.count ? "attributes: missing" : "attributes: extra" }
        for (x, y) in zip(e, a) {
            if x.value != y.value { return "attributes: value" }
            if x.quantity != y.quantity { return "attributes: quantity" }
            if x.unlimited != y.unlimited { return "attributes: unlimited" }
            if x.column != y.column { return "attributes: column" }
        }
        return "attributes"
    }

    /// Which part of the prices differs first: count, label, amount (to the last printed
    /// decimal: 0.0050 is not 0.005), term, per or column.
    private func priceKind(_ e: [Price], _ a: [Price]) -> String {
        guard e.count == a.count else { return e.count > a.count ? "prices: missing" : "prices: extra" }
        for (x, y) in zip(e, a) {
            if x.label != y.label { return "prices: label" }
            if x.value != y.value { return "prices: amount" }
            if Self.text(x) != Self.text(y), x.termMonths == y.termMonths, x.per == y.per, x.column == y.column {
                return "prices: decimals"
            }
            if x.termMonths != y.termMonths { return "prices: termMonths" }
            if x.per != y.per { return "prices: per" }
            if x.column != y.column { return "prices: column" }
        }
        return "prices"
    }

    // MARK: Tables and footnotes

    private mutating func compareTables(_ expected: [TableInfo], _ actual: [TableInfo]) {
        for step in Alignment.align(expected.map(\.caption), actual.map(\.caption)) {
            switch step {
            case .pair(let e, let a):
                guard !Self.same(expected[e], actual[a]) else { continue }
                add(tableKind(expected[e], actual[a]), "table \"\(expected[e].caption)\":\n      expected \(Self.text(expected[e]))\n"
                    + "      got      \(Self.text(actual[a]))")
            case .missing(let e): add("tables: table missing", "table missing: \(Self.text(expected[e]))")
            case .extra(let a): add("tables: unexpected table", "unexpected table: \(Self.text(actual[a]))")
            }
        }
    }

    /// Which part of a table differs: merged header labels, columns, pages or note.
    private func tableKind(_ e: TableInfo, _ a: TableInfo) -> String {
        // Two labels read as one cell: some header holds every word of two expected ones
        // (interleaved when the labels wrap: "Kosten per Eerste installatie / … minuut mobiele nummer").
        if a.columns.count < e.columns.count, a.columns.contains(where: { column in
            let words = Set(column.header.split(separator: " "))
            return e.columns.filter { Set($0.header.split(separator: " ")).isSubset(of: words) }.count >= 2
        }) { return "tables: adjacent header labels merged" }
        if e.columns.map(\.header) != a.columns.map(\.header) { return "tables: columns" }
        if e.columns.map(\.kind) != a.columns.map(\.kind) { return "tables: column kind" }
        if e.columns.map(\.termMonths) != a.columns.map(\.termMonths) { return "tables: column termMonths" }
        if e.columns != a.columns { return "tables: column label" }
        if e.transposed != a.transposed { return "tables: transposed" }
        if e.pages != a.pages { return "tables: pages" }
        if e.note != a.note { return "tables: note" }
        return "tables: row count"
    }

    /// Equal in what the contract and the expected catalogue state: caption, pages, note,
    /// columns (header, label, kind, term), transposed and product rows (not the confidence counts).
    static func same(_ e: TableInfo, _ a: TableInfo) -> Bool {
        e.caption == a.caption && e.pages == a.pages && e.note == a.note && e.columns == a.columns && e.rows == a.rows
            && e.transposed == a.transposed
    }

    private mutating func compareFootnotes(_ expected: [Footnote], _ actual: [Footnote]) {
        guard expected != actual else { return }
        for step in Alignment.align(expected.map(\.id), actual.map(\.id)) {
            switch step {
            case .pair(let e, let a):
                guard expected[e] != actual[a] else { continue }
                add("footnote text", "footnote \(expected[e].id): expected \"\(expected[e].text)\", got \"\(actual[a].text)\"")
            case .missing(let e):
                add("footnote missing", "footnote missing: \(expected[e].id) \"\(expected[e].text)\"")
            case .extra(let a):
                add("footnote extra", "unexpected footnote: \(actual[a].id) \"\(actual[a].text)\"")
            }
        }
    }

    // MARK: Report

    /// The first `limit` differences, one a line (prices over three lines).
    public func report(limit: Int = 12) -> String {
        var lines = differences.prefix(limit).map { "  - " + $0.detail }
        if differences.count > limit { lines.append("  … and \(differences.count - limit) more") }
        return lines.joined(separator: "\n")
    }

    /// A warning's message with quoted text and numbers blanked, so like warnings group together.
    static func shape(_ message: String) -> String {
        var result = ""
        var quoted = false
        for ch in message {
            if ch == "\"" { quoted.toggle(); if !quoted { result += "\"…\"" }; continue }
            if quoted { continue }
            if ch.isNumber {
                if result.last != "#" { result.append("#") }
            } else {
                result.append(ch)
            }
        }
        return result
    }

    /// A product on one line.
    public static func line(_ p: Product) -> String {
        var parts = ["\"\(p.name)\"", "table \"\(p.table)\"", "group \(quoted(p.group))", "p\(p.page)"]
        if !p.requires.isEmpty { parts.append("requires \(p.requires)") }
        if !p.footnotes.isEmpty { parts.append("footnotes \(p.footnotes)") }
        if let rounding = p.rounding { parts.append("rounding \(text(rounding))") }
        if !p.notes.isEmpty { parts.append("notes \(p.notes)") }
        if !p.attributes.isEmpty { parts.append("attributes \(p.attributes.map(text))") }
        parts.append("prices \(p.prices.map(text))")
        return parts.joined(separator: ", ")
    }

    static func text(_ price: Price) -> String {
        let value: String
        switch price.value {
        case .amount(let amount): value = amount.description
        case .range(let low, let high): value = "\(low)–\(high)"
        case .onRequest: value = "on request"
        }
        return "\(price.label.rawValue) \(value)\(price.termMonths.map { " \($0) months" } ?? "")"
            + "\(price.per.map { " per " + $0 } ?? "") [\(price.column)]"
    }

    static func text(_ attribute: Attribute) -> String {
        let reading = attribute.unlimited ? " unlimited" : attribute.quantity.map { " \($0.amount) \($0.unit)" } ?? ""
        return "\"\(attribute.value)\"\(reading) [\(attribute.column)]"
    }

    static func text(_ rounding: Rounding?) -> String {
        guard let rounding else { return "nil" }
        return "minutes \(rounding.minutes?.rawValue ?? "nil"), cents \(rounding.cents?.rawValue ?? "nil")"
    }

    static func text(_ table: TableInfo) -> String {
        "\"\(table.caption)\" pages \(table.pages) note \(quoted(table.note)) rows \(table.rows)"
            + (table.transposed ? " transposed" : "") + " columns "
            + table.columns.map { column in
                "\(column.header)→\(column.kind == .attribute ? "attribute" : column.label ?? "nil")"
                    + (column.termMonths.map { " (\($0) months)" } ?? "")
            }.joined(separator: " | ")
    }

    static func quoted(_ text: String?) -> String { text.map { "\"\($0)\"" } ?? "nil" }
}
