import Catalogue

/// The `@type` extensions the export uses where TMF620 has no place for a catalogue fact
/// (ranges, "op aanvraag", attributes, requires, groups, footnotes, the source sheet). Each
/// names the TMF620 class it extends (`@baseType`) and the JSON Schema that defines its added
/// members (`@schemaLocation`: schemas/tmf620-extension.schema.json of this project, by its `$id`).
enum TMF620Extension: String, CaseIterable {
    case catalog = "TariffCatalog"
    case category = "TariffCategory"
    case productOffering = "TariffProductOffering"
    case productOfferingPrice = "TariffProductOfferingPrice"
    case productOfferingTerm = "TariffProductOfferingTerm"
    case taxItem = "TariffTaxItem"

    /// The `$id` of the schema that defines every extension.
    static let schema = "https://tariff.invalid/schemas/tmf620-extension.schema.json"

    /// The TMF620 class the extension extends.
    var baseType: String {
        switch self {
        case .catalog: "Catalog"
        case .category: "Category"
        case .productOffering: "ProductOffering"
        case .productOfferingPrice: "ProductOfferingPrice"
        case .productOfferingTerm: "ProductOfferingTerm"
        case .taxItem: "TaxItem"
        }
    }

    /// `@type`, `@baseType` and `@schemaLocation` of an object of this extension.
    var members: [String: JSONValue?] {
        ["@type": .string(rawValue), "@baseType": .string(baseType),
         "@schemaLocation": .string("\(Self.schema)#/definitions/\(rawValue)")]
    }
}
