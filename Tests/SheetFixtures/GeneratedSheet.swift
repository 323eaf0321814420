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
}

/// One knob and its value in a generated sheet ("groupStyle" = "plain").
public struct Knob: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The knob: a `SheetStyle` property, "pages", or a content feature ("perUser").
    public var name: String
    /// Its value in this sheet; "yes"/"no" for content features.
    public var value: String

    /// A knob and its value.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    public var description: String { "\(name)=\(value)" }

    public static func < (a: Knob, b: Knob) -> Bool { (a.name, a.value) < (b.name, b.value) }
}
