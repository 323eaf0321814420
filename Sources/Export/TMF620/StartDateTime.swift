import Foundation

/// The sheet's `validFrom` date as TMF620's `startDateTime` (RFC 3339): midnight of that day
/// in the Netherlands, where KPN's prices take effect, with the offset of that day
/// ("2027-03-01" → "2027-03-01T00:00:00+01:00", "2027-07-01" → "…+02:00").
enum StartDateTime {
    /// nil for text that is not a date "YYYY-MM-DD".
    static func of(_ date: String) -> String? {
        let parts = date.split(separator: "-", omittingEmptySubsequences: false).compactMap { Int($0) }
        guard date.utf8.count == 10, parts.count == 3, let zone = TimeZone(identifier: "Europe/Amsterdam") else { return nil }
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let day = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard day.isValidDate(in: utc), let start = utc.date(from: day) else { return nil }
        // Dutch midnight is 22:00 or 23:00 UTC the day before, and clocks change at 01:00 UTC:
        // half past ten the evening before always has the offset of the day's first moment.
        let seconds = zone.secondsFromGMT(for: start.addingTimeInterval(-90 * 60))
        let sign = seconds < 0 ? "-" : "+"
        let hours = abs(seconds) / 3600, minutes = abs(seconds) % 3600 / 60
        return "\(date)T00:00:00\(sign)\(twoDigits(hours)):\(twoDigits(minutes))"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
