/// The bytes cairo streams out while it writes the PDF.
///
/// cairo calls back through a C function pointer, so the sink is a class whose address travels
/// through cairo's `closure` argument; `PdfDocument` keeps it alive for the surface's lifetime.
final class ByteSink {
    private(set) var bytes: [UInt8] = []

    func append(_ chunk: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: chunk)
    }
}
