import Foundation

/// Result slots filled from several threads, each slot by exactly one.
public final class Slots<T>: @unchecked Sendable {
    private var items: [T?]
    private let lock = NSLock()

    public init(count: Int) { items = Array(repeating: nil, count: count) }

    public subscript(index: Int) -> T? {
        get { lock.withLock { items[index] } }
        set { lock.withLock { items[index] = newValue } }
    }

    /// Every slot's value, in slot order; each slot must have been filled.
    public var values: [T] { lock.withLock { items.map { $0! } } }
}
