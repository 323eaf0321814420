import Foundation

/// Test seams for process isolation: when TARIFF_TEST_CRASH (or TARIFF_TEST_HANG) names a
/// sheet's file name, the worker reading that sheet kills itself with SIGSEGV (or never
/// finishes), as a crash or a hang inside poppler would. The isolation tests use them to prove
/// one bad sheet costs only itself.
enum CrashSeam {
    static func crashIfAsked(for sheet: String) {
        let name = URL(fileURLWithPath: sheet).lastPathComponent
        let environment = ProcessInfo.processInfo.environment
        if environment["TARIFF_TEST_CRASH"] == name {
            // The default action of SIGSEGV ends the process as a bad memory access in C would.
            signal(SIGSEGV, SIG_DFL)
            raise(SIGSEGV)
        }
        if environment["TARIFF_TEST_HANG"] == name { while true { sleep(60) } }
    }
}
