package org.sverka.extract.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.sverka.core.Document;
import org.sverka.core.InputException;
import org.sverka.extract.Extractor;

/**
 * Runs an {@link Extractor} over a folder in WCXB's layout ({@code html/ID.html.gz},
 * {@code ground-truth/ID.json}) and scores it as WCXB does: word-level precision, recall and F1
 * per page ({@link WordOverlap}), averaged over pages; the share of {@code with} snippets found in
 * the output and of {@code without} snippets absent from it; pages lost (recall under 0.1) and
 * pages failed (an exception), per page type; and the time per page after a warm-up.
 * <pre>{@code
 * WcxbEvaluation.Result r = WcxbEvaluation.run(Path.of("../shared/data/wcxb-dev"), Extractor.builder().build());
 * System.out.println(r.report());
 * // tune on even ids, report the odd ones too:
 * WcxbEvaluation.run(dir, extractor, WcxbEvaluation.HELD_OUT).report();
 * }</pre>
 */
public final class WcxbEvaluation {
    /** Pages whose numeric id is even: the half that tuning may look at. */
    public static final Predicate<String> TUNING = id -> ordinal(id) % 2 == 0;
    /** Pages whose numeric id is odd: the half held out from tuning. */
    public static final Predicate<String> HELD_OUT = id -> ordinal(id) % 2 != 0;
    /** Recall under which a page counts as lost. */
    public static final double LOST_RECALL = 0.1;
    private static final int WARM_UP_PAGES = 20;

    private WcxbEvaluation() {
    }

    /**
     * The score of one page.
     *
     * @param id          its id
     * @param pageType    its page type
     * @param score       word precision, recall and F1 (zero when failed)
     * @param withFound   share of its {@code with} snippets found (1 when it has none)
     * @param withoutGone share of its {@code without} snippets absent (1 when it has none)
     * @param nanos       extraction time
     * @param error       the failure's message, or null
     */
    public record PageScore(String id, String pageType, WordOverlap score, double withFound, double withoutGone,
                            long nanos, String error) {
        /** @return true when the extraction threw */
        public boolean failed() {
            return error != null;
        }

        /** @return true when recall is under {@link #LOST_RECALL} */
        public boolean lost() {
            return score.recall() < LOST_RECALL;
        }
    }

    /**
     * All pages' scores.
     *
     * @param pages one score a page, in id order
     */
    public record Result(List<PageScore> pages) {
        /** @return mean F1 over all pages */
        public double meanF1() {
            return pages.stream().mapToDouble(p -> p.score().f1()).average().orElse(0);
        }

        /**
         * @param type a page type
         * @return the result for pages of that type only
         */
        public Result ofType(String type) {
            return new Result(pages.stream().filter(p -> p.pageType().equals(type)).toList());
        }

        /** @return how many pages were lost (recall under 0.1) */
        public long lost() {
            return pages.stream().filter(PageScore::lost).count();
        }

        /** @return how many pages failed */
        public long failed() {
            return pages.stream().filter(PageScore::failed).count();
        }

        /** @return the median extraction time in milliseconds */
        public double medianMillis() {
            long[] t = pages.stream().mapToLong(PageScore::nanos).sorted().toArray();
            return t.length == 0 ? 0 : t[t.length / 2] / 1e6;
        }

        /** @return the total extraction time in seconds */
        public double totalSeconds() {
            return pages.stream().mapToLong(PageScore::nanos).sum() / 1e9;
        }

        /** @return a table: one line per page type and one for all pages, then the times */
        public String report() {
            Map<String, Result> byType = new TreeMap<>();
            for (PageScore p : pages) {
                byType.computeIfAbsent(p.pageType(), t -> ofType(t));
            }
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-14s %6s %7s %7s %7s %6s %6s %7s %8s%n",
                    "type", "pages", "F1", "prec", "recall", "lost", "failed", "with", "without"));
            byType.forEach((type, r) -> out.append(r.line(type)));
            out.append(line("all"));
            out.append(String.format(Locale.ROOT, "time per page: median %.1f ms, total %.1f s (after a warm-up)%n",
                    medianMillis(), totalSeconds()));
            return out.toString();
        }

        private String line(String label) {
            return String.format(Locale.ROOT, "%-14s %6d %7.4f %7.4f %7.4f %6d %6d %7.3f %8.3f%n", label, pages.size(),
                    meanF1(), pages.stream().mapToDouble(p -> p.score().precision()).average().orElse(0),
                    pages.stream().mapToDouble(p -> p.score().recall()).average().orElse(0), lost(), failed(),
                    pages.stream().mapToDouble(PageScore::withFound).average().orElse(0),
                    pages.stream().mapToDouble(PageScore::withoutGone).average().orElse(0));
        }
    }

    /**
     * Scores every page of a folder.
     *
     * @param dir       a folder in WCXB's layout
     * @param extractor the extractor to measure
     * @return the scores
     */
    public static Result run(Path dir, Extractor extractor) {
        return run(dir, extractor, id -> true);
    }

    /**
     * Scores the pages of a folder whose id passes a filter, e.g. {@link #HELD_OUT}.
     *
     * @param dir       a folder in WCXB's layout
     * @param extractor the extractor to measure
     * @param ids       which page ids to score
     * @return the scores, in id order
     */
    public static Result run(Path dir, Extractor extractor, Predicate<String> ids) {
        List<String> all = ids(dir).stream().filter(ids).toList();
        List<WcxbPage> pages = new ArrayList<>();
        for (String id : all) {
            try {
                pages.add(WcxbPage.read(dir, id));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the ground truth of page " + id, e);
            }
        }
        for (WcxbPage p : pages.subList(0, Math.min(WARM_UP_PAGES, pages.size()))) {
            score(p, extractor);
        }
        return new Result(pages.stream().map(p -> score(p, extractor)).toList());
    }

    /**
     * Scores one page.
     *
     * @param page      the page
     * @param extractor the extractor
     * @return its score; a failure scores zero and carries the message
     */
    public static PageScore score(WcxbPage page, Extractor extractor) {
        byte[] bytes;
        try {
            bytes = page.htmlBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page " + page.id(), e);
        }
        long start = System.nanoTime();
        String text;
        String error = null;
        try {
            Document doc = extractor.extract(new ByteArrayInputStream(bytes), page.id() + ".html");
            text = doc.text();
        } catch (InputException | UncheckedIOException e) {
            text = "";
            error = e.getMessage();
        }
        long nanos = System.nanoTime() - start;
        String norm = normalize(text);
        double with = page.with().isEmpty() ? 1
                : page.with().stream().filter(s -> norm.contains(normalize(s))).count() / (double) page.with().size();
        double without = page.without().isEmpty() ? 1
                : page.without().stream().filter(s -> !norm.contains(normalize(s))).count() / (double) page.without().size();
        return new PageScore(page.id(), page.pageType(), WordOverlap.score(text, page.mainContent()), with, without,
                nanos, error);
    }

    private static String normalize(String s) {
        return s.replaceAll("(?U)\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> ids(Path dir) {
        try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir.resolve("ground-truth"), e);
        }
    }

    private static long ordinal(String id) {
        String digits = id.replaceAll("\\D", "");
        return digits.isEmpty() ? Math.abs((long) id.hashCode()) : Long.parseLong(digits);
    }
}
