import Foundation

/// JSON Schema validation for the tests, done by Python's `jsonschema` (through
/// scripts/validate_json.py): a maintained Draft 2020-12 validator that resolves `$ref`s, rather
/// than one of the project's own.
///
/// One validator process serves the whole test process: it is started on first use and kept,
/// so Python and the schemas load once, and tests running in parallel take turns on it.
///
///     let errors = try SchemaValidation.errors(in: json, schema: .catalogue)
///     #expect(errors == [])   // bound first: Swift Testing shows no values of a `try` expression
public enum SchemaValidation {
    /// What a document is checked against.
    public enum Schema: Sendable, Hashable {
        /// schemas/catalogue.schema.json: what `tariff ingest` writes.
        case catalogue
        /// schemas/diff.schema.json: what `tariff diff --format json` writes.
        case diff
        /// A schema given as JSON text: a shipped schema altered for one test.
        case inline(String)
    }

    /// The violations of the JSON text `json`, each "POINTER: message" ("(root): …" for the
    /// document itself); empty when it is valid. Text that is not JSON is one violation.
    /// Throws `SchemaValidationError` when no validation could be done (no python3, no jsonschema).
    public static func errors(in json: String, schema: Schema) throws -> [String] {
        try ValidatorProcess.shared.get().errors(["schema": schema.requestValue(), "document": json])
    }

    /// The violations of the JSON file at `url`, as `errors(in:schema:)`.
    public static func errors(inFileAt url: URL, schema: Schema) throws -> [String] {
        try ValidatorProcess.shared.get().errors(["schema": schema.requestValue(), "path": url.path])
    }
}

extension SchemaValidation.Schema {
    /// How the validator's request names this schema: by name, or the schema object itself.
    func requestValue() throws -> Any {
        switch self {
        case .catalogue: return "catalogue"
        case .diff: return "diff"
        case .inline(let text):
            do {
                return try JSONSerialization.jsonObject(with: Data(text.utf8))
            } catch {
                throw SchemaValidationError("the inline schema is not JSON: \(error)")
            }
        }
    }
}

/// Why a document could not be validated at all (as opposed to being invalid): one line,
/// saying what to install when that is the cause.
public struct SchemaValidationError: Error, Sendable, CustomStringConvertible {
    public let description: String

    init(_ description: String) { self.description = description }
}

/// The running scripts/validate_json.py --serve: one request line out, one answer line back.
final class ValidatorProcess: @unchecked Sendable {
    /// The process the tests share, or why it could not be started.
    static let shared = Result { try ValidatorProcess() }

    static let script = packageRootDirectory().appendingPathComponent("scripts/validate_json.py")
    static let installHint = "run `make deps` (or `python3 -m pip install jsonschema`)"

    private let process = Process()
    private let requests = Pipe()
    private let answers = Pipe()
    /// The validator's stderr: a file, as an unread pipe could fill and stall it, and one
    /// already removed from its folder, so nothing is left behind (both ends stay open).
    private let diagnostics: FileHandle
    /// Answer bytes read but not yet returned (a read may end mid-line).
    private var unread = Data()
    /// Set once the process has gone: every later call fails the same way at once.
    private var failure: SchemaValidationError?
    /// Requests and their answers take turns: one at a time on the one pipe pair.
    private let turn = NSLock()

    /// Starts the validator under the first python3 on PATH; `pythonOptions` go before the
    /// script (a test passes -I -S to hide site-packages, as on a machine without jsonschema).
    init(pythonOptions: [String] = []) throws {
        // A write to a validator that has exited must fail, not end the test process.
        signal(SIGPIPE, SIG_IGN)
        let (writer, reader) = try Self.unlinkedFile()
        diagnostics = reader
        guard let python = Self.onPath("python3") else {
            throw SchemaValidationError("python3 is not on PATH; the schema tests need it with jsonschema: \(Self.installHint)")
        }
        process.executableURL = python
        process.arguments = pythonOptions + [Self.script.path, "--serve"]
        process.standardInput = requests
        process.standardOutput = answers
        process.standardError = writer
        do {
            try process.run()
        } catch {
            throw SchemaValidationError("cannot start \(python.path) \(Self.script.path): \(error)")
        }
    }

    /// The violations the validator reports for `request` (see scripts/validate_json.py).
    func errors(_ request: [String: Any]) throws -> [String] {
        let answer = try ask(request)
        if let errors = answer["errors"] as? [String] { return errors }
        throw SchemaValidationError("validate_json.py: \(answer["failure"] as? String ?? "unexpected answer \(answer)")")
    }

    private func ask(_ request: [String: Any]) throws -> [String: Any] {
        let line = try JSONSerialization.data(withJSONObject: request) + Data("\n".utf8)
        turn.lock()
        defer { turn.unlock() }
        if let failure { throw failure }
        do {
            try requests.fileHandleForWriting.write(contentsOf: line)
        } catch {
            throw stopped()
        }
        guard let answer = readLine() else { throw stopped() }
        guard let object = try? JSONSerialization.jsonObject(with: answer) as? [String: Any] else {
            throw SchemaValidationError("validate_json.py answered something not JSON: \(String(decoding: answer, as: UTF8.self))")
        }
        return object
    }

    /// The next answer line, without its newline; nil at the end of the validator's output.
    private func readLine() -> Data? {
        while true {
            if let newline = unread.firstIndex(of: UInt8(ascii: "\n")) {
                let line = unread[unread.startIndex..<newline]
                unread = Data(unread[(newline + 1)...])
                return Data(line)
            }
            let chunk = answers.fileHandleForReading.availableData
            if chunk.isEmpty { return nil }
            unread.append(chunk)
        }
    }

    /// The validator's own last word once it has gone (a missing jsonschema says so on stderr).
    private func stopped() -> SchemaValidationError {
        requests.fileHandleForWriting.closeFile()
        process.waitUntilExit()
        let stderr = String(decoding: diagnostics.readDataToEndOfFile(), as: UTF8.self)
        let lastLine = stderr.split(separator: "\n").last.map(String.init) ?? ""
        // The script's own messages name it; anything else is Python's last word (a traceback's).
        let reason = lastLine.hasPrefix("validate_json")
            ? lastLine
            : "validate_json.py stopped (exit status \(process.terminationStatus)): \(lastLine.isEmpty ? Self.installHint : lastLine)"
        let error = SchemaValidationError(reason)
        failure = error
        return error
    }

    /// A new temporary file, removed from its folder at once: a handle writing to it and one
    /// reading it from the start.
    static func unlinkedFile() throws -> (writer: FileHandle, reader: FileHandle) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("validate_json-\(UUID().uuidString).stderr")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw SchemaValidationError("cannot create \(url.path)")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        return (try FileHandle(forWritingTo: url), try FileHandle(forReadingFrom: url))
    }

    /// The first executable called `name` in the PATH's folders.
    static func onPath(_ name: String) -> URL? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return folders.lazy.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
