import Foundation

/// How products are recognised across editions: table caption plus normalized name.
///
/// Normalizing folds case and diacritics and collapses whitespace, so "Israël" and "Israel",
/// or a name wrapped differently in another layout, still meet. The key is for matching only:
/// every change shows the name as printed.
public struct ProductKey: Sendable, Hashable {
    /// The table caption, as printed.
    public var table: String
    /// The normalized name.
    public var name: String

    /// The key of a product printed as `name` in table `table`.
    public init(table: String, name: String) {
        self.table = table
        self.name = Self.normalize(name)
    }

    /// Lowercase, diacritics folded, runs of whitespace as one space, no space next to "-" or "/"
    /// (see `WrapSpacing`: whether one is there depends on where the name wrapped).
    public static func normalize(_ name: String) -> String {
        WrapSpacing.canonical(name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                           locale: nil))
    }
}
