import FuzzSupport

/// libFuzzer's entry point: one input, decoded into glyph pages and run through the layout,
/// table parser and catalogue stages. Any trap, sanitizer report or broken invariant (see
/// `FuzzPipeline`) is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzPipeline.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// The process entry under SwiftPM. On Linux SwiftPM links every executable target with
/// `--defsym main=<Module>_main` (so tests can link executables); under `-parse-as-library`
/// nothing defines that symbol and the link fails. Defining it here and handing over to
/// libFuzzer's documented driver keeps libFuzzer's own command line (`-max_total_time`, …).
/// A plain `swiftc -sanitize=fuzzer` build ignores this and uses libFuzzer's `main`.
/// Only the fuzz build (`-Xswiftc -DFUZZ_DRIVER -Xswiftc -parse-as-library`) defines it: an
/// ordinary build (tests, `make run`) generates its own `FuzzLayout_main` for the empty script.
#if FUZZ_DRIVER
@_cdecl("FuzzLayout_main")
public func fuzzLayoutMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        return fuzz(data, size)
    }
}

/// libFuzzer's driver (compiler-rt, `FuzzerInterface.h`): parses libFuzzer flags and runs.
@_extern(c, "LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif
