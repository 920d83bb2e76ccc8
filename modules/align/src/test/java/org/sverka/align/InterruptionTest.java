package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.SegmentedDocument;

/** An alignment whose thread is interrupted stops soon, instead of running on for nobody. */
class InterruptionTest {
    private static List<String> sentences(Random random, String[] words, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            for (int w = 0; w < 8; w++) {
                s.append(words[random.nextInt(words.length)]).append(' ');
            }
            out.add(s.toString().strip() + ".");
        }
        return out;
    }

    @Test
    void anInterruptedReportAlignmentStopsSoon() throws InterruptedException {
        Random random = new Random(1);
        String[] en = {"minister", "talks", "Geneva", "Syria", "ceasefire", "agreed", "said", "week", "Kerry", "Lavrov"};
        String[] ru = {"министр", "переговоры", "Женева", "Сирия", "перемирие", "договорились", "заявил", "неделя", "Керри", "Лавров"};
        SegmentedDocument english = SegmentedDocument.ofLines("en", "en", sentences(random, en, 2000));
        SegmentedDocument russian = SegmentedDocument.ofLines("ru", "ru", sentences(random, ru, 2000));
        ReportAligner aligner = new ReportAligner(SimilarityModel.defaultModel());
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                aligner.align(english, russian);
            } catch (Throwable t) {
                ended.set(t);
            }
        });
        worker.start();
        Thread.sleep(1500);
        worker.interrupt();
        worker.join(1500);
        assertFalse(worker.isAlive(), () -> "the alignment still runs 1.5 s after its thread was interrupted: "
                + java.util.Arrays.toString(worker.getStackTrace()).replace(", ", "\n  "));
        assertInstanceOf(CancellationException.class, ended.get());
    }
}
