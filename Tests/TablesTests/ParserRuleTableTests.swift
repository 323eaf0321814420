import Foundation
import Layout
import Tables
import Testing
import TestSupport

/// The README's rule table is `ParserRule` as it stands in the code: every setting serves a
/// rule, every file a rule names exists, every vocabulary key it names is in the shipped file.
@Suite struct ParserRuleTableTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everySettingServesARuleAndEveryRuleSettingExists() {
        let settings = Set(Mirror(reflecting: ParserSettings()).children.compactMap(\.label))
        let named = Set(ParserRule.allCases.flatMap(\.settings))
        #expect(settings.subtracting(named).sorted() == [], "settings no rule names")
        #expect(named.subtracting(settings).sorted() == [], "rules name settings that do not exist")
    }

    @Test(arguments: ParserRule.allCases)
    func theRulesFilesExist(rule: ParserRule) {
        for file in rule.location {
            #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent("Sources/\(file)").path), "\(file)")
        }
    }

    @Test func theRulesWordsAreVocabularyKeys() throws {
        let url = Self.root.appendingPathComponent("Sources/Tables/Vocabulary/vocabulary.json")
        let keys = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]).keys
        #expect(Set(ParserRule.allCases.flatMap(\.words)).subtracting(keys).sorted() == [])
    }

    /// The README's table between its markers; `RULES_WRITE=1` rewrites it from the code.
    @Test func theReadmeTableIsTheRules() throws {
        let readme = Self.root.appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let begin = "<!-- rules: generated from Sources/Tables/ParserRule.swift -->\n", end = "<!-- rules end -->"
        let start = try #require(text.range(of: begin), "README has no rule table marker")
        let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
        let table = Self.table()
        if ProcessInfo.processInfo.environment["RULES_WRITE"] == "1" {
            try (text[..<start.upperBound] + table + text[stop.lowerBound...]).write(to: readme, atomically: true, encoding: .utf8)
        }
        #expect(String(text[start.upperBound..<stop.lowerBound]) == table, "run RULES_WRITE=1 swift test --filter theReadmeTableIsTheRules")
    }

    /// The rule table as markdown.
    static func table() -> String {
        func code(_ items: [String]) -> String { items.isEmpty ? "—" : items.map { "`\($0)`" }.joined(separator: ", ") }
        let rows = ParserRule.allCases.map { rule in
            let files = rule.location.map { ($0 as NSString).deletingPathExtension }
            return "| `\(rule.rawValue)` | \(rule.summary) | \(code(files)) | \(code(rule.settings)) | \(code(rule.words)) |"
        }
        return (["| rule | what it decides | where (Sources/) | settings | vocabulary |", "| --- | --- | --- | --- | --- |"] + rows)
            .joined(separator: "\n") + "\n"
    }
}
