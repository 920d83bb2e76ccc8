package org.sverka.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sverka.pipeline.corpus.CorpusBuilder;
import org.sverka.pipeline.corpus.PairResult;

/**
 * Shows a corpus run's progress: on a terminal a progress bar (pairs done, pairs/s, time left);
 * otherwise a plain line every few seconds, for logs.
 */
final class ProgressReporter implements CorpusBuilder.Progress {
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private ProgressBar bar;
    private String pass;
    private int total;
    private int done;
    private int failed;
    private long start;
    private long lastLine;

    ProgressReporter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void start(int all, int pending, String name) {
        this.pass = name;
        this.total = pending;
        this.done = 0;
        this.failed = 0;
        this.start = System.nanoTime();
        this.lastLine = start;
        if (terminal && pending > 0) {
            bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(pending).setUnit(" pairs", 1).showSpeed()
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                    .build();
        } else {
            err.printf(Locale.ROOT, "corpus: %s %d pairs%s%n", name, pending, all > pending ? " (" + (all - pending) + " done before)" : "");
            err.flush();
        }
    }

    @Override
    public synchronized void done(PairResult r) {
        done++;
        if (!r.ok()) {
            failed++;
            // on a terminal, clear the bar's line first so the failure stands on a line of its own above the bar
            err.printf("%scorpus: skipped %s%n", bar != null ? "\r\u001b[K" : "", org.sverka.pipeline.Printable.escape(r.reason()));
            err.flush();
        }
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(failed > 0 ? failed + " failed" : "");
        } else {
            long now = System.nanoTime();
            if (now - lastLine >= PLAIN_EVERY_NANOS) {
                lastLine = now;
                line(now);
            }
        }
    }

    private void line(long now) {
        double seconds = (now - start) / 1e9;
        double rate = done / Math.max(1e-9, seconds);
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        err.printf(Locale.ROOT, "corpus: %s %d/%d pairs, %.1f pairs/s, %s left, %d failed%n", pass, done, total, rate,
                Duration.ofSeconds(left).toString().substring(2).toLowerCase(Locale.ROOT), failed);
        err.flush();
    }

    /**
     * @return what to print when the run is interrupted: how far it got and how to go on
     */
    synchronized String interruptedLine() {
        return String.format(Locale.ROOT, "corpus: interrupted during %s after %d of %d pairs (%d failed); "
                + "run the same command with --resume to continue", pass == null ? "the start" : pass, done, total, failed);
    }

    /** Stops drawing the bar, when the run is interrupted. */
    synchronized void abandon() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public synchronized void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        } else {
            line(System.nanoTime());
        }
    }
}
