import Catalogue
import Foundation

/// The catalogue as TM Forum TMF620 v4.1.0 Product Catalog JSON: keys sorted, money as exact
/// decimal number literals, the same bytes for the same catalogue.
public struct TMF620Writer: CatalogueWriter {
    /// The writer; it has no settings: TMF620 leaves the document's shape no choices.
    public init() {}

    /// The document's UTF-8 bytes, a final newline after it.
    public func write(_ catalogue: Catalogue) throws(ExportError) -> Data {
        Data(try TMF620Mapping(catalogue).document().rendered().utf8)
    }
}
