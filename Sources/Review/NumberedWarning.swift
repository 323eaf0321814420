import Catalogue

/// A warning with its number in the report (from 1, in the catalogue's order): the list entry
/// and the boxes on the page share it.
struct NumberedWarning {
    var number: Int
    var warning: Warning

    /// The catalogue's warnings, numbered.
    static func all(_ warnings: [Warning]) -> [NumberedWarning] {
        warnings.enumerated().map { NumberedWarning(number: $0.offset + 1, warning: $0.element) }
    }
}
