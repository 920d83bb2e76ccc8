package org.sverka.pipeline.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The process's memory high-water marks: the peak of the JVM's heap pools since the last reset (what
 * the program held, garbage included until collected), and the peak resident set of the whole
 * process from Linux's {@code /proc/self/status} ({@code VmHWM}; absent elsewhere).
 * <pre>{@code
 * MemoryPeaks.reset();
 * ... work ...
 * System.out.println(MemoryPeaks.describe());   // "peak heap 812 MB of 2048 MB; peak RSS 1,130 MB"
 * }</pre>
 */
final class MemoryPeaks {
    private MemoryPeaks() {
    }

    /** Starts the heap peaks afresh (the resident-set peak cannot be reset: it is the process's own). */
    static void reset() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** @return the sum of the heap pools' peak usage since the last reset, in bytes */
    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** @return the process's peak resident set in bytes, when the system tells it */
    static Optional<Long> peakResident() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring(6).strip().split("\\s+");
                    return Optional.of(Long.parseLong(parts[0]) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** @return the peaks in words, e.g. "peak heap 812 MB (of at most 2,048 MB); peak RSS of the process 1,130 MB" */
    static String describe() {
        String heap = String.format(Locale.ROOT, "peak heap %,d MB (of at most %,d MB)", peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        return heap + peakResident().map(r -> String.format(Locale.ROOT, "; peak RSS of the process %,d MB", r >> 20))
                .orElse("");
    }
}
