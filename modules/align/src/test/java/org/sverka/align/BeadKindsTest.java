package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.BeadKind;
import org.sverka.core.TextSpan;

/** What kind of match a bead is: translation, partial rendering with its span, paraphrase. */
class BeadKindsTest {
    static final String RU = "Россия готова продолжить переговоры с Украиной в Стамбуле, однако Киев пока не ответил на последнее "
            + "предложение Москвы о новой встрече делегаций.";

    @Test
    void aFullRenderingIsATranslation() {
        BeadKinds.Evidence e = BeadKinds.evidence(AlignersTest.MODEL, List.of("Russia is ready to continue talks with Ukraine in "
                + "Istanbul, but Kiev has not yet answered Moscow's latest proposal for a new meeting of the delegations."), List.of(RU));
        assertEquals(BeadKind.TRANSLATION, BeadKinds.decide(e, BeadKinds.Settings.DEFAULT), e.toString());
    }

    @Test
    void halfASentenceIsPartialWithTheSpanItRenders() {
        List<String> en = List.of("Kiev has not yet answered Moscow's latest proposal for a new meeting of the delegations.",
                "The weather in the capital was fine.");
        Alignment a = new ReportAligner(AlignersTest.MODEL).align(AlignersTest.doc("en", en), AlignersTest.doc("ru", List.of(RU)));
        Bead b = a.beads().stream().filter(Bead::isMatch).findFirst().orElseThrow();
        assertEquals(BeadKind.PARTIAL_EN, b.kind(), a.beads() + " " + BeadKinds.evidence(AlignersTest.MODEL, en.subList(0, 1), List.of(RU)));
        TextSpan span = b.span().orElseThrow();
        String rendered = span.of(a.russianText(b));
        assertTrue(rendered.startsWith("Киев") && rendered.endsWith("делегаций"), rendered);
    }

    @Test
    void swappedClausesAreAParaphrase() {
        BeadKinds.Evidence e = BeadKinds.evidence(AlignersTest.MODEL, List.of("Kiev has not yet answered Moscow's latest proposal "
                + "for a new meeting of the delegations, but Russia is ready to continue talks with Ukraine in Istanbul."), List.of(RU));
        assertEquals(BeadKind.PARAPHRASE, BeadKinds.decide(e, BeadKinds.Settings.DEFAULT), e.toString());
    }

    @Test
    void unmatchedSentencesAreOneSided() {
        Alignment a = new ReportAligner(AlignersTest.MODEL).align(AlignersTest.doc("en", List.of("The weather in the capital was fine.")),
                AlignersTest.doc("ru", List.of(RU)));
        assertEquals(java.util.Set.of(BeadKind.ENGLISH_ONLY, BeadKind.RUSSIAN_ONLY), a.beads().stream().map(Bead::kind)
                .collect(java.util.stream.Collectors.toSet()));
    }
}
