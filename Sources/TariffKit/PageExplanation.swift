import Layout
import Tables

/// One page as the parser read it: every line, top to bottom, with the role it got and the
/// rule (and the settings of that rule) that decided it. What `tariff ingest --explain PAGE`
/// prints, and what an analyst attaches to a bug report.
public struct PageExplanation: Sendable {
    public var page: Int
    public var pageCount: Int
    public var verdicts: [LineVerdict]

    public init(page: Int, of pageCount: Int, verdicts: [LineVerdict]) {
        self.page = page
        self.pageCount = pageCount
        self.verdicts = verdicts
    }

    /// Two lines per text line: its number, top (pt), role and text; then the rule, what it
    /// saw, and the settings it reads.
    public var text: String {
        var lines = ["page \(page) of \(pageCount): \(verdicts.count) lines (y in points from the top)"]
        for verdict in verdicts {
            let number = String(verdict.line + 1).leftPadded(to: 4)
            let top = String(format: "%6.1f", verdict.box.minY)
            let markers = verdict.markers.isEmpty ? "" : "  (markers \(verdict.markers.joined(separator: ", ")))"
            lines.append("\(number) \(top)  \(verdict.role.rawValue.rightPadded(to: 12)) \(verdict.text)\(markers)")
            let detail = verdict.detail.map { ": \($0)" } ?? ""
            let settings = verdict.rule.settings.isEmpty ? "" : " [\(verdict.rule.settings.joined(separator: ", "))]"
            lines.append(String(repeating: " ", count: 13) + "\(verdict.rule.rawValue)\(detail)\(settings)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
    func rightPadded(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
