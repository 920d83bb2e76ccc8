package org.sverka.langid;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sverka.core.LanguageGuess;

/**
 * Prints the language stage's figures. A figures runner, not a test:
 * <pre>{@code
 * CP=target/classes:target/test-classes:CLASSPATH
 * java -cp $CP org.sverka.langid.LanguageFigures accuracy ../shared/data/flores200
 * java -cp $CP org.sverka.langid.LanguageFigures agreement lines.txt...   # script rule against Lingua
 * java -cp $CP org.sverka.langid.LanguageFigures first "Переговоры продлились пять часов."
 * }</pre>
 * {@code accuracy}: per-sentence accuracy on FLORES-200 devtest English and Russian (what
 * {@code sverka eval langid} measures) for Lingua alone and with the script rule, each in high- and
 * low-accuracy mode (false: only for texts of 120 characters or more), with the time taken. {@code agreement}: on every non-blank line of the files,
 * how often the script rule decides, and how often its decision differs from Lingua's (the lines
 * are printed). {@code first}: the time from the start of the JVM to the first decision, and
 * whether a Lingua detector had to be built.
 */
public final class LanguageFigures {
    private LanguageFigures() {
    }

    /**
     * @param args the figure and its inputs, as above
     * @throws Exception when a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "first" -> {
                long start = System.nanoTime();
                LanguageGuess g = LanguageIdentifier.builder().build().detect(args[1]);
                long took = System.nanoTime() - start;
                System.out.printf(Locale.ROOT, "%s %.3f: %.1f ms in main, %d ms since the JVM started, Lingua built: %s%n",
                        g.language(), g.confidence(), took / 1e6, ManagementFactory.getRuntimeMXBean().getUptime(),
                        LanguageIdentifier.linguaBuilt());
            }
            case "accuracy" -> {
                Path dir = Path.of(args[1]);
                for (boolean rule : new boolean[] {false, true}) {
                    for (boolean low : new boolean[] {false, true}) {
                        LanguageIdentifier id = LanguageIdentifier.builder().scriptRule(rule).lowAccuracyMode(low).build();
                        for (String lang : List.of("en", "ru")) {
                            id.detect(lang.equals("en") ? "warm up the models" : "прогрев моделей");
                            long start = System.nanoTime();
                            LanguageAccuracy.Result r = LanguageAccuracy.measure(id, dir.resolve("flores200.devtest." + lang), lang);
                            System.out.printf(Locale.ROOT, "rule %-5s low %-5s %s, %.0f ms%n", rule, low, r,
                                    (System.nanoTime() - start) / 1e6);
                            r.confusions().forEach(c -> System.out.println("    " + c));
                        }
                    }
                }
            }
            case "agreement" -> {
                LanguageIdentifier lingua = LanguageIdentifier.builder().scriptRule(false).build();
                LanguageIdentifier low = LanguageIdentifier.builder().scriptRule(false).lowAccuracyMode(true).build();
                for (int f = 1; f < args.length; f++) {
                    int lines = 0;
                    int decided = 0;
                    int differs = 0;
                    int lowDiffers = 0;
                    int longLines = 0;
                    int longLowDiffers = 0;
                    for (String line : Files.readAllLines(Path.of(args[f]))) {
                        if (line.isBlank()) {
                            continue;
                        }
                        lines++;
                        String lg = lingua.detect(line).language();
                        boolean isLong = line.length() >= LanguageIdentifier.LONG_TEXT;
                        longLines += isLong ? 1 : 0;
                        if (!low.detect(line).language().equals(lg)) {
                            lowDiffers++;
                            longLowDiffers += isLong ? 1 : 0;
                        }
                        String rule = ScriptRule.decide(line);
                        if (rule == null) {
                            continue;
                        }
                        decided++;
                        if (!rule.equals(lg)) {
                            differs++;
                            System.out.println("  rule " + rule + ", Lingua " + lg + ": " + line);
                        }
                    }
                    System.out.printf(Locale.ROOT, "%s: %d lines, rule decides %d (%.1f%%), differs from Lingua on %d;"
                            + " low-accuracy Lingua differs from high on %d (on %d of the %d lines of %d characters"
                            + " or more)%n", args[f], lines, decided, 100.0 * decided / Math.max(1, lines), differs,
                            lowDiffers, longLowDiffers, longLines, LanguageIdentifier.LONG_TEXT);
                }
            }
            default -> throw new IllegalArgumentException("unknown figure " + args[0]);
        }
    }
}
