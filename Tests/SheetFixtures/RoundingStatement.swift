import Catalogue

/// A sentence stating how call minutes and cents are rounded, and what it means.
public struct RoundingStatement: Sendable, Equatable {
    /// The sentence as printed.
    public var sentence: String
    /// What it states for minutes and cents.
    public var rounding: Rounding

    /// The wordings the generator uses (`FormatLimits.oneRoundingWording`: one per sheet).
    public static let all = [
        RoundingStatement(sentence: "Minuten worden naar boven afgerond, centen worden naar boven afgerond.",
                          rounding: Rounding(minutes: .up, cents: .up)),
        RoundingStatement(sentence: "Minuten worden naar boven afgerond, centen worden naar beneden afgerond.",
                          rounding: Rounding(minutes: .up, cents: .down)),
        RoundingStatement(sentence: "Minuten worden naar beneden afgerond.", rounding: Rounding(minutes: .down)),
        RoundingStatement(sentence: "Centen worden naar boven afgerond.", rounding: Rounding(cents: .up)),
    ]
}
