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
