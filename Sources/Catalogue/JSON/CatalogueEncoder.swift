/// Writes a catalogue as the contract's JSON (shared/CONTRACT.md, schemas/catalogue.schema.json),
/// keys in a fixed, documented order.
///
/// Written straight into bytes with `JSONWriter`, with no `JSONValue` tree in between: the
/// catalogue of a long sheet is megabytes, and encoding is a serial stage of the pipeline.
public enum CatalogueEncoder {
    public static func json(_ catalogue: Catalogue) -> String {
        json(catalogue, workers: 1)
    }

    /// `workers`: threads the products are written on (a long sheet's thousands); the text
    /// is the same for any number.
    public static func json(_ catalogue: Catalogue, workers: Int) -> String {
        var writer = JSONWriter(expectedSize: estimatedSize(catalogue))
        writer.catalogue(catalogue, workers: workers)
        return writer.finish()
    }

    /// Bytes to reserve for the text: a little over what a product, footnote or warning takes
    /// in the samples, so the text is seldom copied while it grows.
    static func estimatedSize(_ c: Catalogue) -> Int {
        4096 + 1024 * c.products.count + 512 * (c.footnotes.count + c.warnings.count)
    }
}

/// Each object of the catalogue, its members in the contract's order.
extension JSONWriter {
    mutating func catalogue(_ c: Catalogue, workers: Int) {
        object { w in
            w.member("schemaVersion", Catalogue.schemaVersion)
            w.member("source") { $0.source(c.source) }
            w.member("currency", c.currency)
            w.member("tables", c.tables) { $0.table($1) }
            w.key("products")
            w.products(c.products, workers: workers)
            w.member("footnotes", c.footnotes) { $0.footnote($1) }
            w.member("warnings", c.warnings) { $0.warning($1) }
            w.member("accounting") { $0.accounting(c.accounting) }
        }
    }

    /// The products array, its parts written on several threads and joined: each part is the
    /// text a single writer would have written for its products at this depth.
    mutating func products(_ products: [Product], workers: Int) {
        array { w in
            let depth = w.depth
            let parts = Chunked.map(count: products.count, parts: workers) { range in
                var part = JSONWriter(expectedSize: 1024 * range.count, fragmentAt: depth, afterElements: range.lowerBound > 0)
                for product in products[range] {
                    part.element()
                    part.product(product)
                }
                return part.fragment()
            }
            w.elements(parts, any: !products.isEmpty)
        }
    }

    mutating func source(_ s: Source) {
        object { w in
            w.member("file", s.file)
            w.member("sha256", s.sha256)
            w.member("pages", s.pages)
            w.member("title", s.title)
        }
    }

    mutating func table(_ t: TableInfo) {
        object { w in
            w.member("caption", t.caption)
            w.member("pages", t.pages) { $0.int($1) }
            w.member("note", t.note)
            w.member("columns", t.columns) { $0.column($1) }
            w.member("rows", t.rows)
            w.member("confidence", t.confidence)
        }
    }

    mutating func column(_ c: TableInfo.Column) {
        object { w in
            w.member("header", c.header)
            w.member("label", c.label)
        }
    }

    mutating func product(_ p: Product) {
        object { w in
            w.member("id", p.id)
            w.member("name", p.name)
            w.member("table", p.table)
            w.member("group", p.group)
            w.member("requires", p.requires) { $0.string($1) }
            w.member("footnotes", p.footnotes) { $0.string($1) }
            w.member("page", p.page)
            if let rounding = p.rounding { w.member("rounding") { $0.rounding(rounding) } }
            if !p.notes.isEmpty { w.member("notes", p.notes) { $0.string($1) } }
            w.member("prices", p.prices) { $0.price($1) }
        }
    }

    mutating func rounding(_ r: Rounding) {
        object { w in
            if let minutes = r.minutes { w.member("minutes", minutes.rawValue) }
            if let cents = r.cents { w.member("cents", cents.rawValue) }
        }
    }

    mutating func price(_ p: Price) {
        object { w in
            let type = p.type
            w.member("label", p.label.rawValue)
            w.member("type", type.name)
            switch type {
            case .recurring(let period): w.member("period", period)
            case .usage(let unit): w.member("unit", unit)
            case .oneTime: break
            }
            switch p.value {
            case .amount(let amount): w.member("amount", amount)
            case .range(let low, let high):
                w.member("min", low)
                w.member("max", high)
            }
            if let per = p.per { w.member("per", per) }
            w.member("column", p.column)
        }
    }

    mutating func footnote(_ f: Footnote) {
        object { w in
            w.member("id", f.id)
            w.member("page", f.page)
            w.member("marker", f.marker)
            w.member("text", f.text)
        }
    }

    mutating func warning(_ warning: Warning) {
        object { w in
            w.member("page", warning.page)
            w.member("message", warning.message)
            w.member("text", warning.text)
        }
    }

    mutating func accounting(_ a: Accounting) {
        object { w in
            w.member("lines", a.lines)
            w.member("catalogue", a.catalogue)
            w.member("runningText", a.runningText)
            w.member("footnotes", a.footnotes)
            w.member("prose", a.prose)
            w.member("unaccounted", a.unaccounted)
        }
    }
}
