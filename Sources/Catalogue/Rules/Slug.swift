import Foundation

/// Stable ids from names: "Oost-Europa, Israël, Turkije" → "oost-europa-israel-turkije".
public enum Slug {
    public static func make(_ text: String) -> String {
        // Decomposition (to drop accents) only when there is a non-ASCII letter to fold.
        let source = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.decomposedStringWithCanonicalMapping
        let folded = source.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
        var slug = ""
        var pendingDash = false
        for scalar in folded {
            let c = Character(scalar).lowercased()
            if c.count == 1, let ch = c.first, ch.isASCII, ch.isLetter || ch.isNumber {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                slug.append(ch)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "product" : slug
    }

    /// Ids made unique in document order: the second "x" becomes "x-2".
    public static func unique(_ slugs: [String]) -> [String] {
        var seen: [String: Int] = [:]
        var taken = Set(slugs)
        return slugs.map { slug in
            seen[slug, default: 0] += 1
            guard seen[slug]! > 1 else { return slug }
            var n = seen[slug]!
            while taken.contains("\(slug)-\(n)") { n += 1 }
            taken.insert("\(slug)-\(n)")
            return "\(slug)-\(n)"
        }
    }
}
