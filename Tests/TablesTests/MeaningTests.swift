import Catalogue
@testable import Tables
import Testing

/// The annotations and sentences that give parsed text its meaning, read with the shipped vocabulary.
@Suite struct MeaningTests {
    let annotation = Annotation(vocabulary: .standard)
    let rounding = RoundingRule(vocabulary: .standard)

    @Test func requirementAnnotationsAreTakenOutOfNames() {
        #expect(annotation.requirements(in: "KPN EEN Callcenter Agent (alleen bij Pro user)") == ("KPN EEN Callcenter Agent", ["Pro"]))
        #expect(annotation.requirements(in: "KPN EEN Desktop Integratie Basis (alleen bij Plus user)").requires == ["Plus"])
        #expect(annotation.requirements(in: "Rapportage (alleen bij Plus en Pro users)").requires == ["Plus", "Pro"])
        #expect(annotation.requirements(in: "KPN EEN Onbeperkt Bellen EU (excl. Nederland)") == ("KPN EEN Onbeperkt Bellen EU (excl. Nederland)", []))
    }

    @Test func perUserAnnotation() {
        #expect(annotation.cellAnnotation("(per gebruiker)") == ("user", nil))
        #expect(annotation.cellAnnotation("(per jaar)") == (nil, "(per jaar)"))
    }

    @Test func roundingSentences() {
        let both = rounding.rounding(in: ["Minuten worden naar boven afgerond, centen worden naar boven afgerond."])
        #expect(both == Rounding(minutes: .up, cents: .up))
        #expect(rounding.rounding(in: ["Per minuut wordt naar beneden afgerond."]) == Rounding(minutes: .down))
        #expect(rounding.rounding(in: ["Prijzen zijn exclusief btw."]) == nil)
    }
}
