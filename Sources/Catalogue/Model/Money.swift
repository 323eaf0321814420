/// An exact amount of money: an integer count of 10^-scale units. Never a binary float.
///
/// Parsed from canonical decimal text ("1250.00", "-0.5"), printed with at least two decimals.
/// Arithmetic keeps every digit; only `percent(of:)` rounds, half away from zero, and says so.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The value in units of 10^-scale.
    public let units: Int64
    /// Digits after the decimal point (at least 2).
    public let scale: Int

    public init(units: Int64, scale: Int) {
        self.units = units
        self.scale = scale
    }

    /// Parses "1250.00", "0.06", "-3.5", "7"; nil for anything else (no exponent, no comma,
    /// no more than 12 decimals or 15 whole digits, nil rather than an overflow).
    public init?(_ text: String) {
        let negative = text.hasPrefix("-")
        let parts = text.unicodeScalars.dropFirst(negative ? 1 : 0).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }),
              parts[0].count <= 15 else { return nil }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.unicodeScalars.count <= 12 else { return nil }
        let scale = max(2, fraction.unicodeScalars.count)
        let digits = String(parts[0]) + fraction + String(repeating: "0", count: scale - fraction.unicodeScalars.count)
        guard let magnitude = Int64(digits) else { return nil }
        self.init(units: negative ? -magnitude : magnitude, scale: scale)
    }

    /// "1250.00": at least two decimals, no thousands separator.
    public var description: String {
        let digits = String(units.magnitude)
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        let point = padded.index(padded.endIndex, offsetBy: -scale)
        return (units < 0 ? "-" : "") + padded[..<point] + "." + padded[point...]
    }

    /// The same value at a larger scale.
    func rescaled(to newScale: Int) -> Money {
        var units = self.units
        for _ in 0..<(newScale - scale) { units *= 10 }
        return Money(units: units, scale: newScale)
    }

    public static func - (a: Money, b: Money) -> Money {
        let scale = max(a.scale, b.scale)
        return Money(units: a.rescaled(to: scale).units - b.rescaled(to: scale).units, scale: scale)
    }

    public static func < (a: Money, b: Money) -> Bool {
        let scale = max(a.scale, b.scale)
        return a.rescaled(to: scale).units < b.rescaled(to: scale).units
    }

    public static func == (a: Money, b: Money) -> Bool {
        let scale = max(a.scale, b.scale)
        return a.rescaled(to: scale).units == b.rescaled(to: scale).units
    }

    public func hash(into hasher: inout Hasher) {
        var normal = self
        while normal.scale > 2, normal.units % 10 == 0 { normal = Money(units: normal.units / 10, scale: normal.scale - 1) }
        hasher.combine(normal.units)
        hasher.combine(normal.scale)
    }

    /// (self − base) / base × 100, rounded half away from zero to two decimals; nil for a zero base.
    public func percentChange(from base: Money) -> Money? {
        let scale = max(scale, base.scale)
        let new = rescaled(to: scale).units, old = base.rescaled(to: scale).units
        guard old != 0 else { return nil }
        let numerator = (new - old) * 10_000 // percent × 100, so two decimals survive integer division
        var quotient = numerator / old
        let remainder = numerator % old
        if 2 * remainder.magnitude >= old.magnitude { quotient += (numerator < 0) != (old < 0) ? -1 : 1 }
        return Money(units: quotient, scale: 2)
    }
}
