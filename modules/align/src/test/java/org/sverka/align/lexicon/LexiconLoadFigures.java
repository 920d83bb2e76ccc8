package org.sverka.align.lexicon;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints how long the default lexicon takes to load from its text files and from its packed
 * form, and the heap each form holds. A figures runner, not a test:
 * <pre>{@code
 * cd modules/align; CP=target/classes:target/test-classes:../lexicon-en-ru/target/classes:CLASSPATH
 * java -cp $CP org.sverka.align.lexicon.LexiconLoadFigures first packed   # one cold load in a fresh JVM
 * java -cp $CP org.sverka.align.lexicon.LexiconLoadFigures first text
 * java -cp $CP org.sverka.align.lexicon.LexiconLoadFigures warm 10        # both forms, 10 loads each after warm-up
 * }</pre>
 * {@code first}: the time of the first load in this JVM (what a command pays) and the JVM's
 * uptime after it. {@code warm}: the median of repeated loads once the JIT has compiled the code,
 * and the heap retained by one loaded lexicon (used heap after a full collection, with and without
 * it).
 */
public final class LexiconLoadFigures {
    private LexiconLoadFigures() {
    }

    /**
     * @param args {@code first text|packed} or {@code warm RUNS}
     */
    public static void main(String[] args) {
        switch (args[0]) {
            case "first" -> {
                long start = System.nanoTime();
                Lexicon lex = load(args[1]);
                long took = System.nanoTime() - start;
                System.out.printf(Locale.ROOT, "%s: first load %.0f ms, %d English stems, JVM up %d ms%n", args[1],
                        took / 1e6, lex.size(), ManagementFactory.getRuntimeMXBean().getUptime());
            }
            case "warm" -> {
                int runs = Integer.parseInt(args[1]);
                for (String form : new String[] {"text", "packed"}) {
                    load(form);
                    load(form);
                    double[] ms = new double[runs];
                    for (int i = 0; i < runs; i++) {
                        long start = System.nanoTime();
                        load(form);
                        ms[i] = (System.nanoTime() - start) / 1e6;
                    }
                    Arrays.sort(ms);
                    long without = usedAfterGc();
                    Lexicon kept = load(form);
                    long with = usedAfterGc();
                    System.out.printf(Locale.ROOT, "%-6s warm load min %.1f / median %.1f / max %.1f ms over %d runs; heap held %.1f MB (%d stems)%n",
                            form, ms[0], ms[runs / 2], ms[runs - 1], runs, (with - without) / 1048576.0, kept.size());
                }
            }
            default -> throw new IllegalArgumentException("first text|packed, or warm RUNS");
        }
    }

    private static Lexicon load(String form) {
        return switch (form) {
            case "text" -> Lexicon.defaultFromText();
            case "packed" -> Lexicon.ofPacked(PackedDefault.loadIfCurrent());
            default -> throw new IllegalArgumentException("text or packed, not " + form);
        };
    }

    private static long usedAfterGc() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
