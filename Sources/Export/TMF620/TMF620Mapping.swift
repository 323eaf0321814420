import Catalogue

/// One catalogue as TMF620 v4.1.0 resources: a `Catalog` naming the sheet, a `Category` a
/// table, a `ProductOffering` a product and a `ProductOfferingPrice` a price, each offering
/// referring to its prices and its table by id. The README's table "TMF620 mapping" lists
/// where every catalogue field goes.
struct TMF620Mapping {
    let catalogue: Catalogue
    /// `validFor` of every resource: from the sheet's `validFrom`; absent when it says none.
    let validFor: JSONValue?
    /// The category id of each table caption (the first table of a caption, when two share one).
    let categoryIDs: [String: String]
    let tableIDs: [String]

    init(_ catalogue: Catalogue) throws(ExportError) {
        self.catalogue = catalogue
        if let validFrom = catalogue.validFrom {
            guard let start = StartDateTime.of(validFrom) else {
                throw ExportError("validFrom \"\(validFrom)\" is not a date (YYYY-MM-DD)")
            }
            validFor = .sorted(["startDateTime": .string(start)])
        } else {
            validFor = nil
        }
        tableIDs = Slug.unique(catalogue.tables.map { Slug.make($0.caption) })
        var categoryIDs: [String: String] = [:]
        for (table, id) in zip(catalogue.tables, tableIDs) where categoryIDs[table.caption] == nil { categoryIDs[table.caption] = id }
        self.categoryIDs = categoryIDs
    }

    /// The whole document: `catalog`, `category`, `productOffering`, `productOfferingPrice`.
    func document() throws(ExportError) -> JSONValue {
        var offerings: [JSONValue] = [], prices: [JSONValue] = []
        for product in catalogue.products {
            let ids = PriceID.ids(of: product)
            offerings.append(offering(product, priceIDs: ids))
            for (price, id) in zip(product.prices, ids) { prices.append(try self.price(price, id: id, of: product)) }
        }
        return .sorted(["catalog": catalog(), "category": .array(zip(catalogue.tables, tableIDs).map(category)),
                        "productOffering": .array(offerings), "productOfferingPrice": .array(prices)])
    }

    /// The sheet: its title, its tables as categories, and what holds for all of it (source,
    /// VAT, footnotes, warnings).
    func catalog() -> JSONValue {
        let source = catalogue.source
        let name = source.title ?? source.file
        return .sorted(TMF620Extension.catalog.members.merging([
            "id": .string(Slug.make(source.title ?? Self.stem(source.file))),
            "name": .string(name),
            "catalogType": .string("productCatalog"),
            "validFor": validFor,
            "category": .array(zip(catalogue.tables, tableIDs).map { table, id in reference(id, table.caption, "Category") }),
            "source": .sorted(["file": .string(source.file), "sha256": .string(source.sha256), "pages": .int(source.pages)]),
            "currency": .string(catalogue.currency),
            "vatIncluded": catalogue.vatIncluded.map(JSONValue.bool) ?? .null,
            "footnote": .array(catalogue.footnotes.map { footnote in
                .sorted(["id": .string(footnote.id), "page": .int(footnote.page), "marker": .string(footnote.marker),
                         "text": .string(footnote.text)])
            }),
            "warning": .array(catalogue.warnings.map { warning in
                .sorted(["page": .optional(warning.page), "message": .string(warning.message), "text": .string(warning.text)])
            }),
        ]) { $1 })
    }

    /// A table: caption, note, pages, and its products.
    func category(_ table: TableInfo, id: String) -> JSONValue {
        let products = catalogue.products.filter { categoryIDs[$0.table] == id }
        return .sorted(TMF620Extension.category.members.merging([
            "id": .string(id),
            "name": .string(table.caption),
            "description": table.note.map(JSONValue.string),
            "isRoot": .bool(true),
            "validFor": validFor,
            "productOffering": .array(products.map { reference($0.id, $0.name, "ProductOffering") }),
            "pages": .array(table.pages.map(JSONValue.int)),
            "transposed": .bool(table.transposed),
        ]) { $1 })
    }

    /// A product: name, table, its prices by reference, the contract terms they hold for, and
    /// what TMF620 has no member for (group, requires, footnotes, attributes, notes, rounding).
    func offering(_ product: Product, priceIDs: [String]) -> JSONValue {
        let terms = Set(product.prices.compactMap(\.termMonths)).sorted()
        let footnotes = product.footnotes.map { id in
            JSONValue.sorted(["id": .string(id), "text": catalogue.footnotes.first { $0.id == id }.map { .string($0.text) }])
        }
        return .sorted(TMF620Extension.productOffering.members.merging([
            "id": .string(product.id),
            "name": .string(product.name),
            "isBundle": .bool(false),
            "validFor": validFor,
            "category": categoryIDs[product.table].map { .array([reference($0, product.table, "Category")]) },
            "productOfferingPrice": .array(zip(product.prices, priceIDs).map { price, id in
                reference(id, price.column.isEmpty ? price.label.rawValue : price.column, "ProductOfferingPrice")
            }),
            "productOfferingTerm": terms.isEmpty ? nil : .array(terms.map(term)),
            "table": .string(product.table),
            "group": .optional(product.group),
            "requires": .array(product.requires.map(JSONValue.string)),
            "footnote": .array(footnotes),
            "page": .int(product.page),
            "attribute": product.attributes.isEmpty ? nil : .array(product.attributes.map(attribute)),
            "note": product.notes.isEmpty ? nil : .array(product.notes.map(JSONValue.string)),
            "rounding": product.rounding.map { rounding in
                .sorted(["minutes": rounding.minutes.map { .string($0.rawValue) }, "cents": rounding.cents.map { .string($0.rawValue) }])
            },
        ]) { $1 })
    }

    /// A price: its type, period or unit of measure, amount as Money, term and tax; a range or
    /// "op aanvraag" in the extension's `priceRange` / `onRequest` (TMF620's Money holds one amount).
    func price(_ price: Price, id: String, of product: Product) throws(ExportError) -> JSONValue {
        var members: [String: JSONValue?] = [
            "id": .string(id),
            "name": .string(price.column.isEmpty ? price.label.rawValue : price.column),
            "isBundle": .bool(false),
            "priceType": .string(price.type.name),
            "validFor": validFor,
            "productOfferingTerm": price.termMonths.map { .array([term($0)]) },
            "tax": catalogue.vatIncluded.map { included in .array([tax(included: included)]) },
            "label": .string(price.label.rawValue),
            "per": price.per.map(JSONValue.string),
        ]
        switch price.type {
        case .recurring(let period):
            members["recurringChargePeriodType"] = .string(period)
            members["recurringChargePeriodLength"] = .int(1)
        case .usage(let unit):
            members["unitOfMeasure"] = .sorted(["amount": .int(1), "units": .string(unit)])
        case .oneTime:
            break
        }
        switch price.value {
        case .amount(let amount):
            members["price"] = try money(amount, at: id)
        case .range(let low, let high):
            members["priceRange"] = .sorted(["min": try money(low, at: id), "max": try money(high, at: id)])
        case .onRequest:
            members["onRequest"] = .bool(true)
        }
        return .sorted(TMF620Extension.productOfferingPrice.members.merging(members) { $1 })
    }

    /// TMF620's Money: the currency and the exact decimal as a JSON number literal.
    func money(_ amount: Money, at id: String) throws(ExportError) -> JSONValue {
        guard let value = JSONValue.decimal(amount.description) else { throw ExportError("\(id): \(amount) is not a decimal") }
        return .sorted(["unit": .string(catalogue.currency), "value": value])
    }

    /// A contract term: "24 months", its duration in months.
    func term(_ months: Int) -> JSONValue {
        .sorted(TMF620Extension.productOfferingTerm.members.merging([
            "name": .string("\(months) months"),
            "duration": .sorted(["amount": .int(months), "units": .string("month")]),
            "termMonths": .int(months),
        ]) { $1 })
    }

    /// What the sheet states of VAT: the prices include it or not. The sheet names no rate, so
    /// none is written.
    func tax(included: Bool) -> JSONValue {
        .sorted(TMF620Extension.taxItem.members.merging(["taxCategory": .string("VAT"), "included": .bool(included)]) { $1 })
    }

    /// A product's text fact: the column as `name`, the cell as printed, a quantity as TMF620's
    /// Quantity, "Onbeperkt" as `unlimited`.
    func attribute(_ attribute: Attribute) -> JSONValue {
        .sorted([
            "name": .string(attribute.column),
            "value": .string(attribute.value),
            "quantity": attribute.quantity.flatMap { quantity in
                JSONValue.decimal(quantity.amount).map { .sorted(["amount": $0, "units": .string(quantity.unit)]) }
            },
            "unlimited": attribute.unlimited ? .bool(true) : nil,
        ])
    }

    /// A reference to another resource of the document by id.
    func reference(_ id: String, _ name: String, _ type: String) -> JSONValue {
        .sorted(["id": .string(id), "name": .string(name), "@referredType": .string(type)])
    }

    static func stem(_ file: String) -> String {
        file.lowercased().hasSuffix(".pdf") ? String(file.dropLast(4)) : file
    }
}
