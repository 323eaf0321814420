import Foundation

/// "[3/12] sheet.pdf" on stderr as batch sheets finish, only when stderr is a terminal
/// (a log or a CI job gets the summaries alone).
final class Progress: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private var done = 0
    private let lock = NSLock()

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func finished(_ sheet: String) {
        guard enabled else { return }
        lock.withLock {
            done += 1
            StandardError.print("[\(done)/\(total)] \(sheet)")
        }
    }
}
