/// Writes a catalogue as the contract's JSON (shared/CONTRACT.md, schemas/catalogue.schema.json),
/// keys in a fixed, documented order; money as decimal strings.
public enum CatalogueEncoder {
    /// The catalogue's JSON text; with `workers` above 1, its products are encoded and written
    /// on that many threads at once (the same text).
    public static func json(_ catalogue: Catalogue, workers: Int = 1) -> String {
        value(catalogue).rendered(workers: workers)
    }

    /// The catalogue as a JSON value, members in the contract's order; its products are made
    /// as they are written.
    public static func value(_ c: Catalogue) -> JSONValue {
        .object([
            ("schemaVersion", .int(Catalogue.schemaVersion)),
            ("source", source(c.source)),
            ("currency", .string(c.currency)),
            ("validFrom", .optional(c.validFrom)),
            ("vatIncluded", c.vatIncluded.map(JSONValue.bool) ?? .null),
            ("tables", .array(c.tables.map(table))),
            ("products", .generated(count: c.products.count) { product(c.products[$0]) }),
            ("footnotes", .array(c.footnotes.map(footnote))),
            ("warnings", .array(c.warnings.map(warning))),
            ("accounting", accounting(c.accounting)),
        ])
    }

    static func source(_ s: Source) -> JSONValue {
        .object([("file", .string(s.file)), ("sha256", .string(s.sha256)), ("pages", .int(s.pages)),
                 ("title", .optional(s.title))])
    }

    static func table(_ t: TableInfo) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("caption", .string(t.caption)),
            ("pages", .array(t.pages.map(JSONValue.int))),
            ("note", .optional(t.note)),
            ("columns", .array(t.columns.map(column))),
        ]
        if t.transposed { members.append(("transposed", .bool(true))) }
        return .object(members + [("rows", .int(t.rows)), ("confidence", .string(t.confidence))])
    }

    static func column(_ c: TableInfo.Column) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("header", .string(c.header)), ("label", .optional(c.label)),
                                                          ("kind", .string(c.kind.rawValue))]
        if let term = c.termMonths { members.append(("termMonths", .int(term))) }
        return .object(members)
    }

    static func product(_ p: Product) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(p.id)),
            ("name", .string(p.name)),
            ("table", .string(p.table)),
            ("group", .optional(p.group)),
            ("requires", .array(p.requires.map(JSONValue.string))),
            ("footnotes", .array(p.footnotes.map(JSONValue.string))),
            ("page", .int(p.page)),
        ]
        if let rounding = p.rounding { members.append(("rounding", self.rounding(rounding))) }
        if !p.notes.isEmpty { members.append(("notes", .array(p.notes.map(JSONValue.string)))) }
        if !p.attributes.isEmpty { members.append(("attributes", .array(p.attributes.map(attribute)))) }
        members.append(("prices", .array(p.prices.map(price))))
        if let box = p.box { members.append(("box", self.box(box))) }
        return .object(members)
    }

    static func rounding(_ r: Rounding) -> JSONValue {
        .object([("minutes", r.minutes), ("cents", r.cents)].compactMap { key, direction in
            direction.map { (key, .string($0.rawValue)) }
        })
    }

    static func price(_ p: Price) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("label", .string(p.label.rawValue)), ("type", .string(p.type.name))]
        switch p.type {
        case .recurring(let period): members.append(("period", .string(period)))
        case .usage(let unit): members.append(("unit", .string(unit)))
        case .oneTime: break
        }
        if let term = p.termMonths { members.append(("termMonths", .int(term))) }
        switch p.value {
        case .amount(let amount): members.append(("amount", .string(amount.description)))
        case .range(let low, let high): members += [("min", .string(low.description)), ("max", .string(high.description))]
        case .onRequest: members.append(("onRequest", .bool(true)))
        }
        if let per = p.per { members.append(("per", .string(per))) }
        members.append(("column", .string(p.column)))
        if let box = p.box { members.append(("box", self.box(box))) }
        return .object(members)
    }

    static func attribute(_ a: Attribute) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("column", .string(a.column)), ("value", .string(a.value))]
        if let quantity = a.quantity {
            members.append(("quantity", .object([("amount", .string(quantity.amount)), ("unit", .string(quantity.unit))])))
        }
        if a.unlimited { members.append(("unlimited", .bool(true))) }
        return .object(members)
    }

    static func footnote(_ f: Footnote) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("id", .string(f.id)), ("page", .int(f.page)),
                                                          ("marker", .string(f.marker)), ("text", .string(f.text))]
        if let box = f.box { members.append(("box", self.box(box))) }
        return .object(members)
    }

    /// Each edge to a tenth of a point: finer than a printer places ink, and the same bytes on
    /// every machine (decimal text from whole tenths, never a float's shortest form).
    static func box(_ b: Box) -> JSONValue {
        let left = tenths(b.x), top = tenths(b.y)
        return .line([("x", tenthsLiteral(left)), ("y", tenthsLiteral(top)),
                        ("width", tenthsLiteral(tenths(b.maxX) - left)), ("height", tenthsLiteral(tenths(b.maxY) - top))])
    }

    /// A coordinate in whole tenths of a point. A damaged PDF may place text anywhere a double
    /// reaches: such a coordinate is held to a billion points (and 0 for one that is no number),
    /// so the catalogue is still written.
    private static func tenths(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        return Int((min(max(value, -maxCoordinate), maxCoordinate) * 10).rounded())
    }

    private static let maxCoordinate = 1e9

    private static func tenthsLiteral(_ tenths: Int) -> JSONValue {
        // Concatenated, not interpolated: a catalogue writes four a product and four a price.
        .number((tenths < 0 ? "-" : "") + String(abs(tenths) / 10) + "." + String(abs(tenths) % 10))
    }

    static func warning(_ w: Warning) -> JSONValue {
        .object([("page", .optional(w.page)), ("message", .string(w.message)), ("text", .string(w.text))])
    }

    static func accounting(_ a: Accounting) -> JSONValue {
        .object([("lines", .int(a.lines)), ("catalogue", .int(a.catalogue)), ("runningText", .int(a.runningText)),
                 ("footnotes", .int(a.footnotes)), ("prose", .int(a.prose)), ("unaccounted", .int(a.unaccounted))])
    }
}
