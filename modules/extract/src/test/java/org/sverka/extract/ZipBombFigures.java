package org.sverka.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sverka.core.InputException;

/**
 * Prints what a zip bomb costs the extractor: a zip of ten entries of 320 MiB of zeros (about
 * 3.3 MB on disk, 3.36 GB inflated) under a name, with the growth of the temporary folder sampled
 * every 100 ms and the wall time. A figures runner, not a test:
 * <pre>{@code
 * java -Djava.io.tmpdir=/tmp/own-folder -cp target/classes:target/test-classes:CLASSPATH \
 *      org.sverka.extract.ZipBombFigures bomb.docx
 * }</pre>
 * Give it a temporary folder of its own so that other programs' files do not count.
 */
public final class ZipBombFigures {
    private ZipBombFigures() {
    }

    /**
     * @param args the file name the bomb is given (default bomb.zip)
     * @throws Exception when the bomb cannot be built or the sampler is interrupted
     */
    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "bomb.zip";
        byte[] bomb = bomb(10, 320);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Extractor extractor = Extractor.builder().timeout(Duration.ofMinutes(10)).build();
        long base = size(tmp);
        AtomicLong peak = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(size(tmp) - base, Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        String outcome;
        try {
            outcome = "document of " + extractor.extract(new ByteArrayInputStream(bomb), name).text().length() + " characters";
        } catch (InputException e) {
            outcome = "refused: " + e.getMessage();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        done.set(true);
        sampler.join();
        System.out.printf(Locale.ROOT, "%s: %d bytes zipped, %d inflated%n%s%ntemporary folder grew by at most %d bytes; %.1f s%n",
                name, bomb.length, 10L * 320 * 1024 * 1024, outcome, peak.get(), seconds);
    }

    private static byte[] bomb(int entries, int mebibytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".bin"));
                for (int m = 0; m < mebibytes; m++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException gone) {
            return 0;
        }
    }
}
