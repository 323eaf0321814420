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
        var text = text
        guard let (units, scale) = text.withUTF8(Self.parse) else { return nil }
        self.init(units: units, scale: scale)
    }

    /// Units and scale of canonical decimal text, read byte by byte: only ASCII digits, one
    /// point with digits on both sides, and a leading minus are accepted.
    private static func parse(_ text: UnsafeBufferPointer<UInt8>) -> (units: Int64, scale: Int)? {
        var magnitude: Int64 = 0, wholeDigits = 0, fractionDigits = 0
        var negative = false, hasPoint = false
        for (offset, byte) in text.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard let next = appending(Int64(byte - UInt8(ascii: "0")), to: magnitude) else { return nil }
                magnitude = next
                if hasPoint { fractionDigits += 1 } else { wholeDigits += 1 }
            case UInt8(ascii: "."):
                guard !hasPoint else { return nil }
                hasPoint = true
            case UInt8(ascii: "-") where offset == 0: negative = true
            default: return nil
            }
        }
        guard (1...15).contains(wholeDigits), fractionDigits <= 12, !hasPoint || fractionDigits > 0 else { return nil }
        let scale = max(2, fractionDigits)
        for _ in fractionDigits..<scale {
            guard let next = appending(0, to: magnitude) else { return nil }
            magnitude = next
        }
        return (negative ? -magnitude : magnitude, scale)
    }

    /// `value` × 10 + `digit`, nil when that does not fit.
    private static func appending(_ digit: Int64, to value: Int64) -> Int64? {
        let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
        let (sum, carry) = shifted.addingReportingOverflow(digit)
        return overflow || carry ? nil : sum
    }

    /// "1250.00": at least two decimals, no thousands separator.
    public var description: String {
        withDescription { String(decoding: $0, as: UTF8.self) }
    }

    /// `description` as UTF-8 in a temporary buffer, so the JSON writer copies an amount
    /// without making a `String` of it.
    func withDescription<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        precondition(scale >= 0, "negative scale")
        var digitCount = 0
        var rest = units.magnitude
        repeat {
            digitCount += 1
            rest /= 10
        } while rest > 0
        // The sign, the whole digits (at least one), the point, `scale` decimals.
        let length = (units < 0 ? 1 : 0) + max(digitCount, scale + 1) + 1
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { text in
            rest = units.magnitude
            var index = length
            for position in 0..<(length - (units < 0 ? 2 : 1)) {
                if position == scale {
                    index -= 1
                    text[index] = UInt8(ascii: ".")
                }
                index -= 1
                text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            if units < 0 { text[0] = UInt8(ascii: "-") }
            return body(UnsafeBufferPointer(text))
        }
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
