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

/// Saved with a pinned case as `{"sentence": …, "minutes": "up", "cents": "down"}`, a direction
/// the sentence does not state left out. Written by hand: the catalogue's `Rounding` is no
/// `Codable`, and the parser's model is not changed for a test fixture.
extension RoundingStatement: Codable {
    private enum CodingKeys: String, CodingKey { case sentence, minutes, cents }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sentence = try container.decode(String.self, forKey: .sentence)
        rounding = Rounding(minutes: try Self.direction(.minutes, in: container),
                            cents: try Self.direction(.cents, in: container))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sentence, forKey: .sentence)
        try container.encodeIfPresent(rounding.minutes?.rawValue, forKey: .minutes)
        try container.encodeIfPresent(rounding.cents?.rawValue, forKey: .cents)
    }

    private static func direction(_ key: CodingKeys, in container: KeyedDecodingContainer<CodingKeys>) throws -> Rounding.Direction? {
        guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let direction = Rounding.Direction(rawValue: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "no rounding direction \"\(text)\"")
        }
        return direction
    }
}
