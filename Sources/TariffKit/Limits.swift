import Foundation

/// Bounds on one document, so a huge or hostile file fails with a clear reason instead of
/// exhausting memory or time. Defaults are far above any real tariff sheet.
public struct Limits: Sendable, Equatable {
    /// Pages a document may have.
    public var maxPages = 10_000
    /// Glyphs one page may hold (a dense A4 page of 6 pt text is about 15,000).
    public var maxGlyphsPerPage = 250_000
    /// Seconds one document may take. Checked between pages; the CLI's worker also stops
    /// itself at the limit from a thread of its own (a hang inside poppler).
    public var time = TimeBudget.perPage
    /// Bytes of memory the process reading one document may hold (its resident set); nil for
    /// no limit. The CLI's supervisor watches its workers against it.
    public var maxMemory: UInt64? = Limits.defaultMaxMemory

    public init(maxPages: Int = 10_000, maxGlyphsPerPage: Int = 250_000, time: TimeBudget = .perPage,
                maxMemory: UInt64? = Limits.defaultMaxMemory) {
        self.maxPages = maxPages
        self.maxGlyphsPerPage = maxGlyphsPerPage
        self.time = time
        self.maxMemory = maxMemory
    }

    public static let standard = Limits()

    /// 1 GiB: a tariff sheet of thousands of pages reads in under a tenth of it, since pages
    /// stream through a window; a decompression bomb reaches it in seconds.
    public static let defaultMaxMemory: UInt64 = 1 << 30
}

/// How long one document may take.
public enum TimeBudget: Sendable, Equatable {
    /// No limit.
    case unlimited
    /// A fixed number of seconds (`--timeout`).
    case seconds(Double)
    /// The default: a base for opening the file and building the catalogue, and a share for
    /// every page, so a one-page sheet cannot run for minutes and a long archive still has
    /// hundreds of times the time it needs.
    case perPage

    /// Seconds for opening a document and finishing its catalogue, on top of its pages.
    public static let baseSeconds = 20.0
    /// Seconds each page adds (pages take milliseconds each on a loaded machine).
    public static let secondsPerPage = 1.0

    /// The seconds a document of `pages` pages gets; nil for no limit.
    public func seconds(forPages pages: Int) -> Double? {
        switch self {
        case .unlimited: nil
        case .seconds(let seconds): seconds
        case .perPage: Self.baseSeconds + Self.secondsPerPage * Double(max(pages, 1))
        }
    }

    /// The limit when it does not depend on the document (`--timeout`).
    public var fixedSeconds: Double? {
        if case .seconds(let seconds) = self { seconds } else { nil }
    }

    /// The reason a document that ran out of `seconds` fails with, the same whoever stops it.
    public static func reason(_ seconds: Double) -> String {
        let text = seconds == seconds.rounded() && seconds < 1e9 ? "\(Int(seconds))" : "\(seconds)"
        return "took longer than its time limit of \(text) s (--timeout)"
    }
}
