import Foundation
import TestSupport

/// scripts/review_browser.py: a review report opened in headless Chromium (the real browser,
/// Debian's `chromium`, which `make deps` installs), read, clicked and photographed there.
enum ReviewBrowser {
    static let script = packageRootDirectory().appendingPathComponent("scripts/review_browser.py").path
    /// Seconds for one whole browser run: a run takes a few seconds; the rest is room for a
    /// machine busy with the other tests.
    static let timeout = 120
    /// One browser at a time: each is several processes, and the tests run in parallel with
    /// the rest of the suite on a small machine.
    private static let turn = NSLock()

    /// The reading of the report at `report`, after a real click on each of `products`' links
    /// and then on each of `footnotes`' labels in the panel.
    static func read(_ report: URL, clicking products: [String] = [], footnotes: [String] = [],
                     screenshot: URL? = nil) throws -> BrowserReading {
        var arguments = [script, report.path, "--timeout", String(timeout)]
        arguments += products.flatMap { ["--click", $0] } + footnotes.flatMap { ["--footnote", $0] }
        if let screenshot { arguments += ["--screenshot", screenshot.path] }
        turn.lock()
        let run = Result { try ToolRun.run("/usr/bin/env", ["python3"] + arguments) }
        turn.unlock()
        let finished = try run.get()
        guard finished.status == 0 else {
            throw ReviewTestFailure("review_browser.py exited \(finished.status): \(finished.stderr)")
        }
        do {
            return try JSONDecoder().decode(BrowserReading.self, from: Data(finished.stdout.utf8))
        } catch {
            throw ReviewTestFailure("review_browser.py printed what does not decode: \(error)")
        }
    }
}

/// Why a review test could not get what it checks (a tool that failed, a reading that did not decode).
struct ReviewTestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
