/// The formats `tariff diff --format` offers, by name.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// For a person at a terminal: grouped by table, amounts as the sheet prints them.
    case text
    /// The contract's diff document (schemas/diff.schema.json).
    case json
    /// For a CI job summary or a PR comment.
    case markdown

    /// The formatter that writes this format.
    public var format: any DiffFormat {
        switch self {
        case .text: TextFormat()
        case .json: JSONFormat()
        case .markdown: MarkdownFormat()
        }
    }
}
