import CPoppler

/// Keeps poppler's own diagnostics ("Syntax Error: …") off the user's terminal: the tool
/// prints one clear line per bad file, and poppler's chatter would bury it.
///
/// poppler-glib routes its errors through GLib's log; a no-op handler for the "Poppler"
/// domain silences them without touching the process's stderr.
enum LibraryNoise {
    private static let once: Void = {
        for domain in ["Poppler", "poppler"] {
            g_log_set_handler(domain, GLogLevelFlags(rawValue: ~0), { _, _, _, _ in }, nil)
        }
    }()

    static func silence() { _ = once }
}
