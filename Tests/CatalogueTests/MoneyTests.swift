import Catalogue
import Testing

/// Exact money: parsed, printed and compared without a binary float anywhere.
@Suite struct MoneyTests {
    @Test(arguments: [("5.00", "5.00"), ("0.06", "0.06"), ("1250", "1250.00"), ("-3.5", "-3.50"), ("0.125", "0.125"),
                      ("0", "0.00"), ("-0.05", "-0.05"), ("123456789012345.99", "123456789012345.99")])
    func printsWithAtLeastTwoDecimals(text: String, printed: String) throws {
        #expect(try #require(Money(text)).description == printed)
    }

    @Test(arguments: ["", "1,50", "1e3", "0x10", "1.2.3", ".5", "5.", "--1", "١٢", "1 000.00", "1234567890123456.00"])
    func rejectsAnythingElse(text: String) {
        #expect(Money(text) == nil)
    }

    @Test func comparesAcrossScales() throws {
        #expect(Money("0.10")! == Money("0.100")!)
        #expect(Money("0.22")! < Money("0.43")!)
        #expect(Set([Money("1.50")!, Money("1.500")!]).count == 1)
    }

    @Test func subtractsExactly() {
        #expect((Money("7.95")! - Money("7.50")!).description == "0.45")
        #expect((Money("0.1")! - Money("0.3")!).description == "-0.20")
    }

    @Test func percentChangeRoundsHalfAwayFromZero() {
        #expect(Money("7.95")!.percentChange(from: Money("7.50")!)?.description == "6.00")
        #expect(Money("1.00")!.percentChange(from: Money("3.00")!)?.description == "-66.67")
        #expect(Money("2.00")!.percentChange(from: Money("3.00")!)?.description == "-33.33")
        #expect(Money("1.005")!.percentChange(from: Money("1.00")!)?.description == "0.50")
        #expect(Money("5.00")!.percentChange(from: Money("0.00")!) == nil)
    }
}
