import Foundation

/// Stable ids from names: "Oost-Europa, Israël, Turkije" → "oost-europa-israel-turkije".
///
/// The name is decomposed (so "ë" is "e" and a combining diaeresis) and its combining marks
/// dropped; then letters and digits that are ASCII once lowercased are kept, lowercased, and
/// every run of other characters becomes one dash. Works on UTF-8 bytes: almost every name
/// is ASCII or ASCII and Latin-1, whose scalars are looked up in a table made once; only
/// other names pay for decomposing the whole text.
public enum Slug {
    public static func make(_ text: String) -> String {
        var text = text
        return text.withUTF8(latin1Slug) ?? decomposedSlug(text)
    }

    /// The slug of text of ASCII and Latin-1 scalars, each looked up in `latin1Steps`; nil
    /// for text with any other scalar.
    private static func latin1Slug(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        let steps = latin1Steps
        var complete = true
        let slug = String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var slug = SlugText(buffer)
            var index = 0
            while index < utf8.count {
                guard let scalar = latin1Scalar(in: utf8, at: index), let step = steps[scalar.value] else {
                    complete = false
                    return 0
                }
                slug.add(step)
                index += scalar.length
            }
            return slug.count
        }
        guard complete else { return nil }
        return slug.isEmpty ? "product" : slug
    }

    /// The scalar starting at `index` and its length in bytes: one for ASCII, two (led by
    /// 0xC2 or 0xC3) for U+0080 to U+00FF; nil for any other.
    private static func latin1Scalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: Int, length: Int)? {
        let lead = utf8[index]
        if lead < 0x80 { return (Int(lead), 1) }
        guard lead == 0xC2 || lead == 0xC3 else { return nil }
        return (Int(lead & 0x1F) << 6 | Int(utf8[index + 1] & 0x3F), 2)
    }

    /// The slug of any text: decomposed whole.
    private static func decomposedSlug(_ text: String) -> String {
        let scalars = text.decomposedStringWithCanonicalMapping.unicodeScalars
        let slug = String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var slug = SlugText(buffer)
            for scalar in scalars {
                if let step = SlugStep(decomposed: scalar) { slug.add(step) }
            }
            return slug.count
        }
        return slug.isEmpty ? "product" : slug
    }

    /// The step of each scalar up to U+00FF, from its canonical decomposition ("ë" → "e" and
    /// U+0308 → keep "e"), made once; nil for one that does not come to exactly one step.
    /// These scalars are all starters (combining class 0), so text of ASCII and Latin-1
    /// decomposes scalar by scalar, with no reordering across scalars: the same as
    /// decomposing it whole.
    static let latin1Steps: [SlugStep?] = (0...0xFF).map { value in
        guard value >= 0x80 else { return SlugStep(ascii: UInt8(value)) }
        let decomposed = String(Unicode.Scalar(UInt8(value))).decomposedStringWithCanonicalMapping
        let steps = decomposed.unicodeScalars.compactMap(SlugStep.init(decomposed:))
        return steps.count == 1 ? steps[0] : nil
    }

    /// Ids made unique in document order: the second "x" becomes "x-2".
    public static func unique(_ slugs: [String]) -> [String] {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(slugs.count)
        var taken = Set(slugs)
        taken.reserveCapacity(slugs.count)
        return slugs.map { slug in
            let count = increment(&seen[slug, default: 0])
            guard count > 1 else { return slug }
            var n = count
            var id = numbered(slug, n)
            while !taken.insert(id).inserted {
                n += 1
                id = numbered(slug, n)
            }
            return id
        }
    }

    /// Adds one and returns the new count (one dictionary look-up, not three).
    private static func increment(_ count: inout Int) -> Int {
        count += 1
        return count
    }

    /// "x" and 2 → "x-2".
    private static func numbered(_ slug: String, _ n: Int) -> String {
        var id = slug
        id.append("-")
        id.append(String(n))
        return id
    }
}

/// What one scalar of decomposed text does to a slug.
enum SlugStep: Equatable {
    /// Keep this lowercase ASCII letter or digit.
    case keep(UInt8)
    /// A character that is not kept: a dash before the next kept one.
    case separate

    init(ascii byte: UInt8) {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): self = .keep(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): self = .keep(byte + 0x20)
        default: self = .separate
        }
    }

    /// Nil for a combining mark, which is dropped. A scalar outside ASCII is kept only when its
    /// lowercase is one ASCII letter or digit.
    init?(decomposed scalar: Unicode.Scalar) {
        if scalar.isASCII {
            self.init(ascii: UInt8(scalar.value))
        } else if scalar.properties.generalCategory == .nonspacingMark {
            return nil
        } else {
            let lower = Character(scalar).lowercased()
            if lower.count == 1, let character = lower.first, character.isASCII, character.isLetter || character.isNumber,
               let byte = character.asciiValue {
                self = .keep(byte)
            } else {
                self = .separate
            }
        }
    }
}

/// A slug being written into a string's storage. Each step writes at most one byte beyond
/// the dash that a `separate` step (which writes none) left pending, so a slug never takes
/// more bytes than the steps it is made of.
private struct SlugText {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0
    private var pendingDash = false

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    mutating func add(_ step: SlugStep) {
        switch step {
        case .keep(let byte):
            if pendingDash, count > 0 { write(UInt8(ascii: "-")) }
            write(byte)
            pendingDash = false
        case .separate:
            pendingDash = true
        }
    }

    private mutating func write(_ byte: UInt8) {
        precondition(count < buffer.count, "slug longer than its steps")
        buffer[count] = byte
        count += 1
    }
}
