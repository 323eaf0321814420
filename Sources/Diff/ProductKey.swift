import Foundation

/// How products are recognised across editions: table caption plus normalized name.
///
/// Normalizing folds case and diacritics and collapses whitespace, so "Israël" and "Israel",
/// or a name wrapped differently in another layout, still meet.
public struct ProductKey: Sendable, Hashable {
    public var table: String
    public var name: String

    public init(table: String, name: String) {
        self.table = table
        self.name = Self.normalize(name)
    }

    /// Lowercase, diacritics folded, runs of whitespace as one space, no leading or trailing space.
    public static func normalize(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }
}
