import Catalogue

/// The catalogue JSON as it was written before `JSONWriter`: a `JSONValue` tree rendered
/// with string appends. Kept verbatim as the oracle for the byte-for-byte checks.
extension Reference {
    static func rendered(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out, indent: 0)
        out.append("\n")
        return out
    }

    private static func write(_ value: JSONValue, into out: inout String, indent: Int) {
        switch value {
        case .object(let members):
            guard !members.isEmpty else { return out.append("{}") }
            out.append("{\n")
            for (i, (key, value)) in members.enumerated() {
                out.append(String(repeating: "  ", count: indent + 1))
                quote(key, into: &out)
                out.append(": ")
                write(value, into: &out, indent: indent + 1)
                out.append(i + 1 < members.count ? ",\n" : "\n")
            }
            out.append(String(repeating: "  ", count: indent) + "}")
        case .array(let items):
            guard !items.isEmpty else { return out.append("[]") }
            out.append("[\n")
            for (i, item) in items.enumerated() {
                out.append(String(repeating: "  ", count: indent + 1))
                write(item, into: &out, indent: indent + 1)
                out.append(i + 1 < items.count ? ",\n" : "\n")
            }
            out.append(String(repeating: "  ", count: indent) + "]")
        case .string(let text): quote(text, into: &out)
        case .number(let literal): out.append(literal)
        case .bool(let value): out.append(value ? "true" : "false")
        case .null: out.append("null")
        }
    }

    private static func quote(_ text: String, into out: inout String) {
        out.append("\"")
        defer { out.append("\"") }
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return out.append(text)
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    static func json(_ catalogue: Catalogue) -> String { rendered(value(catalogue)) }

    static func value(_ c: Catalogue) -> JSONValue {
        .object([
            ("schemaVersion", .int(Catalogue.schemaVersion)),
            ("source", .object([
                ("file", .string(c.source.file)), ("sha256", .string(c.source.sha256)),
                ("pages", .int(c.source.pages)), ("title", .optional(c.source.title)),
            ])),
            ("currency", .string(c.currency)),
            ("tables", .array(c.tables.map(table))),
            ("products", .array(c.products.map(product))),
            ("footnotes", .array(c.footnotes.map(footnote))),
            ("warnings", .array(c.warnings.map(warning))),
            ("accounting", accounting(c.accounting)),
        ])
    }

    static func table(_ t: TableInfo) -> JSONValue {
        .object([
            ("caption", .string(t.caption)), ("pages", .array(t.pages.map(JSONValue.int))), ("note", .optional(t.note)),
            ("columns", .array(t.columns.map { .object([("header", .string($0.header)), ("label", .optional($0.label))]) })),
            ("rows", .int(t.rows)), ("confidence", .string(t.confidence)),
        ])
    }

    static func product(_ p: Product) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(p.id)), ("name", .string(p.name)), ("table", .string(p.table)), ("group", .optional(p.group)),
            ("requires", .array(p.requires.map(JSONValue.string))),
            ("footnotes", .array(p.footnotes.map(JSONValue.string))), ("page", .int(p.page)),
        ]
        if let rounding = p.rounding {
            var parts: [(String, JSONValue)] = []
            if let minutes = rounding.minutes { parts.append(("minutes", .string(minutes.rawValue))) }
            if let cents = rounding.cents { parts.append(("cents", .string(cents.rawValue))) }
            members.append(("rounding", .object(parts)))
        }
        if !p.notes.isEmpty { members.append(("notes", .array(p.notes.map(JSONValue.string)))) }
        members.append(("prices", .array(p.prices.map(price))))
        return .object(members)
    }

    static func price(_ p: Price) -> JSONValue {
        var members: [(String, JSONValue)] = [("label", .string(p.label.rawValue)), ("type", .string(p.type.name))]
        switch p.type {
        case .recurring(let period): members.append(("period", .string(period)))
        case .usage(let unit): members.append(("unit", .string(unit)))
        case .oneTime: break
        }
        switch p.value {
        case .amount(let amount): members.append(("amount", .string(description(amount))))
        case .range(let low, let high): members += [("min", .string(description(low))), ("max", .string(description(high)))]
        }
        if let per = p.per { members.append(("per", .string(per))) }
        members.append(("column", .string(p.column)))
        return .object(members)
    }

    static func footnote(_ f: Footnote) -> JSONValue {
        .object([("id", .string(f.id)), ("page", .int(f.page)), ("marker", .string(f.marker)), ("text", .string(f.text))])
    }

    static func warning(_ w: Warning) -> JSONValue {
        .object([("page", w.page.map(JSONValue.int) ?? .null), ("message", .string(w.message)), ("text", .string(w.text))])
    }

    static func accounting(_ a: Accounting) -> JSONValue {
        .object([
            ("lines", .int(a.lines)), ("catalogue", .int(a.catalogue)), ("runningText", .int(a.runningText)),
            ("footnotes", .int(a.footnotes)), ("prose", .int(a.prose)), ("unaccounted", .int(a.unaccounted)),
        ])
    }
}
