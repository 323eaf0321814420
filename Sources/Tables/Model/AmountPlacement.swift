/// Where a table row's amounts sit against its name lines. A sheet is set one way, so the
/// rows of every table read back the same way.
public enum AmountPlacement: String, CaseIterable, Sendable {
    /// On the row's first name line (top-aligned cells).
    case firstLine
    /// On its last name line (bottom-aligned cells).
    case lastLine
    /// Level with the middle of the row (vertically centred cells).
    case between
}

/// What reading a block of lines under one placement gets wrong: `hard`, things no sheet
/// prints (a name cut where it runs on, a row without a name, amounts off the placement);
/// `soft`, line breaks a typesetter would not have made unasked. Compared hard first.
public struct ReadingFlaws: Comparable, Sendable {
    public var hard: Int
    public var soft: Int

    public init(hard: Int, soft: Int) {
        self.hard = hard
        self.soft = soft
    }

    public static let none = ReadingFlaws(hard: 0, soft: 0)
    public static func + (a: Self, b: Self) -> Self { ReadingFlaws(hard: a.hard + b.hard, soft: a.soft + b.soft) }
    public static func += (a: inout Self, b: Self) { a = a + b }
    public static func < (a: Self, b: Self) -> Bool { (a.hard, a.soft) < (b.hard, b.soft) }
}

/// Flaws per placement, summed over blocks, tables or pages.
public typealias PlacementFlaws = [AmountPlacement: ReadingFlaws]

extension Dictionary where Key == AmountPlacement, Value == ReadingFlaws {
    /// Both tallies added up.
    func adding(_ other: PlacementFlaws) -> PlacementFlaws { merging(other, uniquingKeysWith: +) }
}
