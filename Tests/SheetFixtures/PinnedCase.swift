import Foundation
import Renderer

/// A round-trip case kept whole, one JSON file a case: the spec exactly as it was rendered and
/// ingested when it caught a parser fault, so it draws the same sheet whatever later becomes of
/// the generator (its seed alone would draw another sheet once the generator changes).
///
/// Written pretty-printed with sorted keys (`json()`), so a change to a case reads as a diff.
public struct PinnedCase: Sendable, Equatable, Codable {
    /// How a pinned case must read back.
    public enum Expectation: String, Sendable, Codable {
        /// Exactly the catalogue drawn.
        case readsBack
        /// Not exactly: the lines allow two readings, the parser warns so, and it reads the
        /// sheet exactly once rules are drawn between the rows (`RoundTripOutcome.ambiguousAsDrawn`).
        case ambiguousAsDrawn

        /// Whether `outcome` reads back as expected.
        public func isMet(by outcome: RoundTripOutcome) -> Bool {
            switch self {
            case .readsBack: outcome.passed
            case .ambiguousAsDrawn: !outcome.passed && outcome.ambiguousAsDrawn
            }
        }
    }

    /// What the case caught when it failed, for the failure report.
    public var caught: String
    /// What the cases of its kind have in common, or the parser rule they test; nil for none.
    public var note: String?
    public var expectation: Expectation
    /// The seed the sheet was first drawn from: where it came from, not how it is drawn now.
    public var seed: UInt64
    /// The options it was drawn with; they still decide whether a spec page may run over a page
    /// break or is trimmed to fit one.
    public var options: GeneratorOptions
    /// The spec as finally rendered and ingested (after trimming pages to fit).
    public var spec: SheetSpec
    /// The sheet's rounding sentence, if it printed one.
    public var rounding: RoundingStatement?
    /// The content features the generator drew ("perUser", "remarks"), for the failure report;
    /// the style's knobs are in `spec`.
    public var features: [String]

    /// The case an outcome ran: the sheet as it was finally drawn.
    public init(caught: String, note: String? = nil, expectation: Expectation, outcome: RoundTripOutcome) {
        self.caught = caught
        self.note = note
        self.expectation = expectation
        seed = outcome.sheet.seed
        options = outcome.sheet.options
        spec = outcome.sheet.spec
        rounding = outcome.sheet.rounding
        features = outcome.sheet.features.sorted()
    }

    /// The file it is kept in.
    public var fileName: String { Self.fileName(seed: seed, options: options) }

    /// The file of the case drawn from `seed`: the seed, and whether its tables may run over
    /// page breaks.
    public static func fileName(seed: UInt64, options: GeneratorOptions) -> String {
        "\(seed)" + (options.allowPageBreaks ? "-page-breaks" : "") + ".json"
    }

    /// The sheet to draw, as the generator once gave it; of its knobs only the features drawn.
    public var sheet: GeneratedSheet {
        GeneratedSheet(seed: seed, options: options, spec: spec, rounding: rounding,
                       knobs: features.map { Knob($0, "yes") })
    }

    /// The round trip of the pinned sheet, run alone with `rerun`.
    public func roundTripCase(rerun: String) -> RoundTripCase {
        RoundTripCase(sheet: sheet, rerun: rerun)
    }

    /// The file's contents: pretty-printed JSON with sorted keys and a final newline.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// The case a file holds.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(Self.self, from: json)
    }
}
