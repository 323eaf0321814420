/// A way to write a diff report: text for people, JSON for programs, markdown for CI pages.
public protocol DiffFormat: Sendable {
    /// The whole output for `report`, ending in a newline.
    func render(_ report: DiffReport) -> String
}
