/// The formats `tariff export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// TM Forum's Product Catalog Management API (TMF620 v4.1.0) JSON, for billing and CPQ systems.
    case tmf620

    /// The writer of this format.
    public func writer() -> any CatalogueWriter {
        switch self {
        case .tmf620: TMF620Writer()
        }
    }
}
