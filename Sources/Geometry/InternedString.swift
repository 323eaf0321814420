import Synchronization

/// A string kept once per process and named by a number: a glyph's font (a handful per
/// sheet) and the rare glyph text of more than one scalar.
///
/// A glyph holding these instead of Strings holds no reference, so copying one copies plain
/// bytes: a page's thousand glyphs are copied and freed several times through layout, and
/// retaining and releasing two Strings a copy cost more than the rest of the glyph. Strings
/// are interned by their UTF-8 bytes, so `text` gives back exactly the bytes put in.
public struct InternedString: Hashable, Sendable {
    private let id: UInt32

    public init(_ text: String) {
        id = Self.table.withLock { $0.id(of: text) }
    }

    /// The string, as it was interned.
    public var text: String {
        Self.table.withLock { $0.texts[Int(id)] }
    }

    private static let table = Mutex(Table())

    private struct Table: Sendable {
        var texts: [String] = []
        var ids: [[UInt8]: UInt32] = [:]

        mutating func id(of text: String) -> UInt32 {
            let bytes = Array(text.utf8)
            if let known = ids[bytes] { return known }
            let id = UInt32(texts.count)
            texts.append(text)
            ids[bytes] = id
            return id
        }
    }
}
