import ArgumentParser
import Foundation

/// `tariff`: telecom tariff sheets (PDF) → typed catalogue JSON, catalogue diffs, and exports
/// (TMF620, CSV).
@main
struct Tariff: ParsableCommand {
    /// The tool's version, as `tariff --version` prints it.
    static let version = "1.1.0"

    static let configuration = CommandConfiguration(
        abstract: "Reads telecom tariff sheets (PDF) into a typed price catalogue.",
        discussion: """
            A sheet's price tables become a catalogue of products and prices with exact decimal money, written \
            as JSON that follows the project's schema; two editions of a sheet are compared in money terms. \
            Errors are one line on stderr and exit status 2.
            """,
        version: version,
        subcommands: [Ingest.self, DiffCommand.self, ExportCommand.self, ReviewCommand.self])

    /// Runs the command; any error is one line on stderr and exit 2 (usage errors included),
    /// so scripts can tell "bad input" from diff's "changes found" (1).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = Self.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            StandardError.print("tariff: \(message) (see 'tariff --help')")
            Foundation.exit(2)
        }
    }
}
