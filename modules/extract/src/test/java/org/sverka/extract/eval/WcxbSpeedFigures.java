package org.sverka.extract.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.sverka.core.Document;
import org.sverka.core.InputException;
import org.sverka.extract.Extractor;
import org.sverka.langid.LanguageIdentifier;

/**
 * Prints the speed figures of reading web pages, on a folder in WCXB's layout: extraction time per
 * page (median and 90th percentile of the wall clock, and the process's CPU time a page, one
 * thread, after a warm-up over 200 pages), the time of
 * {@link LanguageIdentifier#detectBlocks} per page, and the throughput of a batch (extraction and
 * block languages, as {@code sverka extract} does them) on a given number of threads. A figures
 * runner, not a test:
 * <pre>{@code
 * java -cp target/classes:target/test-classes:CLASSPATH org.sverka.extract.eval.WcxbSpeedFigures \
 *      ../shared/data/wcxb-dev 2
 * }</pre>
 */
public final class WcxbSpeedFigures {
    private static final int WARM_UP = 200;

    private WcxbSpeedFigures() {
    }

    /**
     * @param args the WCXB folder, then the batch's thread count (default 2)
     * @throws Exception when a page cannot be read or a worker fails
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<byte[]> pages = pages(dir);
        Extractor extractor = Extractor.builder().build();
        LanguageIdentifier languages = LanguageIdentifier.builder().build();
        long t0 = System.nanoTime();
        for (int i = 0; i < WARM_UP; i++) {
            extract(extractor, pages.get(i), i);
        }
        System.out.printf(Locale.ROOT, "warm-up: %d pages extracted in %.1f s%n", WARM_UP, (System.nanoTime() - t0) / 1e9);
        List<Document> docs = new ArrayList<>();
        long[] extract = new long[pages.size()];
        long cpu = cpu();
        for (int i = 0; i < pages.size(); i++) {
            long s = System.nanoTime();
            docs.add(extract(extractor, pages.get(i), i));
            extract[i] = System.nanoTime() - s;
        }
        print("extraction", extract, cpu() - cpu);
        long[] blocks = new long[docs.size()];
        for (int round = 0; round < 2; round++) {   // the first round loads the language models
            cpu = cpu();
            for (int i = 0; i < docs.size(); i++) {
                long s = System.nanoTime();
                if (docs.get(i) != null) {
                    languages.detectBlocks(docs.get(i));
                }
                blocks[i] = System.nanoTime() - s;
            }
            print("detectBlocks (round " + (round + 1) + ")", blocks, cpu() - cpu);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        cpu = cpu();
        List<Future<?>> jobs = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            int k = i;
            jobs.add(pool.submit(() -> {
                Document d = extract(extractor, pages.get(k), k);
                if (d != null) {
                    languages.detect(d);
                    languages.detectBlocks(d);
                }
            }));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu() - cpu) / 1e9;
        System.out.printf(Locale.ROOT, "batch on %d threads: %d pages in %.1f s, %.1f pages/s, 1,000 pages in %.1f s;"
                + " process CPU %.1f s (1,000 pages on %d free cores: %.1f s)%n", threads, pages.size(), seconds,
                pages.size() / seconds, 1000 * seconds / pages.size(), cpuSeconds, threads,
                1000 * cpuSeconds / pages.size() / threads);
    }

    private static Document extract(Extractor extractor, byte[] page, int i) {
        try {
            return extractor.extract(new ByteArrayInputStream(page), "page" + i + ".html");
        } catch (InputException e) {
            return null;
        }
    }

    private static void print(String what, long[] nanos, long cpuNanos) {
        long[] t = nanos.clone();
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "%s: wall median %.1f ms, p90 %.1f ms, mean %.1f ms, total %.1f s over %d pages;"
                + " process CPU %.1f ms a page%n", what, t[t.length / 2] / 1e6, t[(int) (t.length * 0.9)] / 1e6,
                Arrays.stream(t).average().orElse(0) / 1e6, Arrays.stream(t).sum() / 1e9, t.length,
                cpuNanos / 1e6 / t.length);
    }

    /** CPU time of the whole process: under a loaded machine a steadier figure than the wall clock. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static List<byte[]> pages(Path dir) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
            for (Path f : files.sorted().toList()) {
                String id = f.getFileName().toString().replace(".json", "");
                out.add(WcxbPage.read(dir, id).htmlBytes());
            }
        }
        return out;
    }
}
