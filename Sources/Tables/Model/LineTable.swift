/// Facts about a page's lines, looked up by line index: a dense array where a dictionary
/// would hash every lookup.
///
/// The row rules ask for a line's cells, name words and name key many times per block under
/// every placement; a page has at most a few hundred lines, so an array slot per line costs
/// less than hashing the index each time. Reads and writes look like a dictionary's: nil for
/// a line with no entry.
struct LineTable<Value> {
    private var slots: [Value?]

    /// A table for the lines of a page of `lineCount` lines, every entry nil.
    init(lineCount: Int) {
        slots = Array(repeating: nil, count: lineCount)
    }

    /// Read in place: `lineCells[line]!.tokens` reaches the array without copying the whole
    /// entry (and retaining every array in it) first.
    subscript(line: Int) -> Value? {
        _read { yield slots[line] }
        _modify { yield &slots[line] }
    }

    /// The entries that are set, in line order.
    var values: [Value] { slots.compactMap { $0 } }
}

/// A set of a page's line indices, one flag a line.
struct LineSet {
    private var flags: [Bool]

    init(lineCount: Int) {
        flags = Array(repeating: false, count: lineCount)
    }

    func contains(_ line: Int) -> Bool { flags[line] }

    mutating func insert(_ line: Int) { flags[line] = true }
}
