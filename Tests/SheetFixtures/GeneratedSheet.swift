import Renderer

/// A random sheet and everything needed to know what reading it back must give.
public struct GeneratedSheet: Sendable {
    /// The seed it was drawn from: `SheetGenerator.generate(seed:options:)` gives it again.
    public var seed: UInt64
    public var options: GeneratorOptions
    /// What the renderer draws.
    public var spec: SheetSpec
    /// The sheet's rounding sentence, if it has one (printed as a remark or a paragraph).
    public var rounding: RoundingStatement?
    /// The knob values this sheet was drawn with, for failure statistics.
    public var knobs: [Knob]

    /// The content features drawn ("perUser", "remarks"): the knobs set to "yes".
    public var features: [String] { knobs.filter { $0.value == "yes" }.map(\.name) }
}
