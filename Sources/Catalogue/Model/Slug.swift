import Foundation

/// Stable ids from names: "Oost-Europa, Israël, Turkije" → "oost-europa-israel-turkije".
///
/// The name is folded (lower case, diacritics gone: "Israël" → "israel"); then its ASCII letters
/// and digits are kept and every run of other characters becomes one dash (none at either end).
public enum Slug {
    public static func make(_ text: String) -> String {
        // Text of ASCII alone has no diacritics to fold.
        let folded = text.unicodeScalars.allSatisfy(\.isASCII) ? text.lowercased()
            : text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = folded.unicodeScalars.split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
        return words.isEmpty ? "product" : words.map { String($0) }.joined(separator: "-")
    }

    /// Ids made unique in document order: the second "x" becomes "x-2" (or the next number
    /// that no other id already is).
    public static func unique(_ slugs: [String]) -> [String] {
        var seen: [String: Int] = [:]
        var taken = Set(slugs)
        return slugs.map { slug in
            seen[slug, default: 0] += 1
            guard var n = seen[slug], n > 1 else { return slug }
            while !taken.insert("\(slug)-\(n)").inserted { n += 1 }
            return "\(slug)-\(n)"
        }
    }
}
