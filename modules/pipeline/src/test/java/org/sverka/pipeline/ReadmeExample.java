package org.sverka.pipeline;

import java.nio.file.Path;
import org.sverka.align.AlignMode;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;

/**
 * The README's "Use it from Java" example, line for line, as a program run from the repository's
 * root by {@link FrontDoorTest}.
 */
public final class ReadmeExample {
    private ReadmeExample() {
    }

    /**
     * @param args none
     */
    public static void main(String[] args) {
        Sverka sverka = Sverka.aligner().mode(AlignMode.AUTO).build();
        Alignment alignment = sverka.align(Path.of("test-data/report/report.en.txt"), Path.of("test-data/story/story.ru.txt"));
        alignment.beads().stream().filter(Bead::isMatch).forEach(b -> System.out.println(alignment.englishText(b) + " = " + alignment.russianText(b)));
    }
}
