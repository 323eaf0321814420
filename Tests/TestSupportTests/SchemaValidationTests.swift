import Foundation
import Testing
@testable import TestSupport

/// The validator itself: it must reject what breaks a schema (a validator that passed
/// everything would make every schema check in the suite pass), and say plainly when it is missing.
@Suite struct SchemaValidationTests {
    @Test func rejectsADocumentThatBreaksTheSchema() throws {
        let empty = try SchemaValidation.errors(in: "{}", schema: .catalogue)
        #expect(empty.count == 8, "one a required key: \(empty)")
        #expect(empty.contains("(root): 'products' is a required property"))
        let array = try SchemaValidation.errors(in: "[]", schema: .diff)
        #expect(array == ["(root): [] is not of type 'object'"])
        let object = try SchemaValidation.errors(in: #"{"a": 1}"#, schema: .inline(#"{"type": "array"}"#))
        #expect(object == [#"(root): {'a': 1} is not of type 'array'"#])
    }

    @Test func reportsTextThatIsNotJSONAsOneViolation() throws {
        for text in ["", "{", #"{"schemaVersion": 1,}"#, #"{"a": 1, "a": 2}"#, "NaN"] {
            let found = try SchemaValidation.errors(in: text, schema: .catalogue)
            #expect(found.count == 1 && found[0].hasPrefix("(root): not valid JSON: "), "\(text): \(found)")
        }
    }

    @Test func validatesFilesByPath() throws {
        let committed = packageRootDirectory().appendingPathComponent("Output/connext-voice.json")
        let errors = try SchemaValidation.errors(inFileAt: committed, schema: .catalogue)
        #expect(errors == [])
        #expect(try !SchemaValidation.errors(inFileAt: committed, schema: .diff).isEmpty)
        #expect(throws: SchemaValidationError.self) {
            try SchemaValidation.errors(inFileAt: URL(fileURLWithPath: "/nonexistent/a.json"), schema: .catalogue)
        }
    }

    @Test func refusesASchemaThatIsNotOne() {
        #expect(throws: SchemaValidationError.self) { try SchemaValidation.errors(in: "1", schema: .inline(#"{"type": "decimal"}"#)) }
        #expect(throws: SchemaValidationError.self) { try SchemaValidation.errors(in: "1", schema: .inline("{")) }
    }

    /// Python without its site-packages stands in for a machine where jsonschema is not installed.
    @Test func aMissingJsonschemaIsOneLineSayingWhatToRun() throws {
        let validator = try ValidatorProcess(pythonOptions: ["-I", "-S"])
        let error = try #require(throws: SchemaValidationError.self) {
            try validator.errors(["schema": "catalogue", "document": "{}"])
        }
        #expect(error.description.hasPrefix("validate_json: the Python package jsonschema is missing: run `make deps`"))
        #expect(!error.description.contains("\n"))
        #expect(throws: SchemaValidationError.self) { try validator.errors(["schema": "catalogue", "document": "{}"]) }
    }

    @Test func theCommandLineNamesEachFileAndExitsOneWhenOneIsInvalid() throws {
        let good = "Output/connext-voice.json"
        let (status, lines) = try Self.runScript(["catalogue", good, "-"], input: "{}")
        #expect(status == 1)
        #expect(lines.first == "\(good): valid")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("-: (root): ") } && lines.count == 9, "\(lines)")
        #expect(try Self.runScript(["catalogue", good]).status == 0)
        #expect(try Self.runScript(["nonesuch", good]).status == 2)
    }

    /// Runs scripts/validate_json.py from the package root with `input` on stdin.
    static func runScript(_ arguments: [String], input: String = "") throws -> (status: Int32, lines: [String]) {
        let process = Process()
        process.executableURL = ValidatorProcess.onPath("python3")
        process.arguments = [ValidatorProcess.script.path] + arguments
        process.currentDirectoryURL = packageRootDirectory()
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init))
    }
}
