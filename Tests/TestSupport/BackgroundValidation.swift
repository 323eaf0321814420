import Dispatch
import Foundation

/// Schema validation beside a loop that makes many documents (the round-trip tests): `submit`
/// hands a document to the validator and returns, so Python checks it on the other core
/// while the loop draws and reads the next sheet; `finish` waits for them all.
public final class BackgroundValidation: @unchecked Sendable {
    /// A document the schema rejected, named by its submitter.
    public struct Failure: Sendable {
        public let label: String
        public let errors: [String]
    }

    private let schema: SchemaValidation.Schema
    private let queue = DispatchQueue(label: "BackgroundValidation")
    /// Documents handed over but not yet checked are bounded, so a loop cannot pile them up.
    private let room = DispatchSemaphore(value: 8)
    private let lock = NSLock()
    private var failures: [Failure] = []
    private var validated = 0
    /// Why validation could not run at all (no python3 or jsonschema); reported by `finish`.
    private var stopped: (any Error)?

    public init(schema: SchemaValidation.Schema) {
        self.schema = schema
    }

    /// Queues `json` for validation; returns at once unless many are still waiting.
    public func submit(_ json: String, label: String) {
        room.wait()
        queue.async { [self] in
            defer { room.signal() }
            let result = Result { try SchemaValidation.errors(in: json, schema: schema) }
            lock.withLock {
                switch result {
                case .success(let errors):
                    validated += 1
                    if !errors.isEmpty { failures.append(Failure(label: label, errors: errors)) }
                case .failure(let error):
                    stopped = stopped ?? error
                }
            }
        }
    }

    /// Waits for every document submitted: how many were checked and the ones that failed.
    /// Throws when the validator could not run.
    public func finish() throws -> (validated: Int, failures: [Failure]) {
        queue.sync {}
        return try lock.withLock {
            if let stopped { throw stopped }
            return (validated, failures)
        }
    }
}
