/// The formats `tariff export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// TM Forum's Product Catalog Management API (TMF620 v4.1.0) JSON, for billing and CPQ systems.
    case tmf620
    /// One row a price, for spreadsheets.
    case csv

    /// The writer of this format; `delimiter` is the CSV field separator (ignored for TMF620).
    public func writer(delimiter: Character = CSVPriceWriter.standardDelimiter) -> any CatalogueWriter {
        switch self {
        case .tmf620: TMF620Writer()
        case .csv: CSVPriceWriter(delimiter: delimiter)
        }
    }
}
