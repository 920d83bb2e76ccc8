package org.sverka.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * What {@code eval find} and {@code eval find-scale} share: the data folder, the threads, whether
 * to print the misses, and how a benchmark's refusal of its options becomes a usage error.
 * <pre>{@code
 * @Mixin FindBenchmarkOptions common;
 * return common.run(spec, threads -> new FindBenchmark(common.data, seed, ...).run(out, err));
 * }</pre>
 */
final class FindBenchmarkOptions {
    @Parameters(index = "0", paramLabel = "DATA", description = "the shared data folder")
    Path data;

    @Option(names = "--threads", paramLabel = "N",
            description = "queries searched (eval find) or documents indexed (eval find-scale) at once (default: all cores)")
    Integer threads;

    @Option(names = "--show-misses", description = "print every query whose original is not ranked first, with its first "
            + "candidates (eval find) or whether it was among the candidates aligned (eval find-scale)")
    boolean showMisses;

    /** A benchmark run on a number of threads. */
    @FunctionalInterface
    interface Benchmark {
        /**
         * @param threads the threads to run on, at least 1
         * @return the exit code
         * @throws IOException when the data cannot be read or the work folder written
         */
        int run(int threads) throws IOException;
    }

    /**
     * Runs a benchmark on {@code --threads} threads (all cores by default); an option it refuses
     * ({@link IllegalArgumentException}) is a usage error of the command.
     *
     * @param spec      the command, for the usage error
     * @param benchmark the benchmark
     * @return its exit code
     * @throws IOException as the benchmark throws it
     */
    int run(CommandSpec spec, Benchmark benchmark) throws IOException {
        try {
            return benchmark.run(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
