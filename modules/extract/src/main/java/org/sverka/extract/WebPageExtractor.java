package org.sverka.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sverka.core.BlockKind;
import org.sverka.core.DocumentInfo;
import org.sverka.core.InputException;

/**
 * Extracts the story of a web page: decodes the bytes as a browser would
 * ({@link HtmlCharsetDetector}), parses them with jsoup, chooses the main content
 * ({@link WebContent}), cuts it into blocks ({@link DomBlockWalker}) and accounts for every block of
 * the page that is left out, with the reason ({@value #OUTSIDE}, {@code "link-list"},
 * {@code "phrase"}).
 *
 * <p>Guarantee: a page that has text never yields nothing: when the chosen content is empty, the
 * whole page is kept; when the content chosen is widened, {@link Result#note()} says what and why. Instances are immutable and thread-safe.
 */
final class WebPageExtractor {
    /** Reason for blocks outside the chosen main content. */
    static final String OUTSIDE = "outside-main-content";
    /**
     * Readability's content is taken unless it holds less than this share of the scorer's: then
     * Readability has missed part of the story (on WCXB's even page ids 0.4 gave the best F1 of 0.3-0.6).
     */
    private static final double READABILITY_SHARE = 0.4;
    /** A page this small whose every block Readability keeps is left to the scorer's finer choice. */
    private static final int SMALL_PAGE_BLOCKS = 40;
    /** Readability4J's time grows with the square of the nesting depth: deeper pages are scored without it. */
    private static final int MAX_READABILITY_DEPTH = 200;
    /** Pages nested deeper than this (made so, or broken) are kept whole rather than scored. */
    private static final int MAX_SCORED_DEPTH = 1500;
    /** Filters of the content's own blocks; made with the first page (their patterns cost start-up otherwise). */
    private static final class InContent {
        static final List<BlockFilter> FILTERS = List.of(new LinkListFilter(), new BoilerplatePhraseFilter());
    }

    private final WebContent mode;
    private final boolean keepBoilerplate;
    private final ContentScorer scorer = new ContentScorer();

    /** A block left out and why. */
    record Dropped(RawBlock block, String reason) {
    }

    /**
     * What a page gave.
     *
     * @param kept    the blocks of the story, in page order
     * @param dropped the blocks left out, with the reason
     * @param info    title, author, date
     * @param widened true when the content chosen first was widened to hold enough of the page's text
     * @param method  which selector gave the content ("scorer", "readability", "whole-page")
     * @param note    when widened, one sentence for the user saying what was widened and why; else empty
     */
    record Result(List<RawBlock> kept, List<Dropped> dropped, DocumentInfo info, boolean widened, String method,
                  String note) {
    }

    WebPageExtractor(WebContent mode, boolean keepBoilerplate) {
        this.mode = mode;
        this.keepBoilerplate = keepBoilerplate;
    }

    Result extract(byte[] bytes, String source, int maxTextChars) {
        Document page = Jsoup.parse(HtmlCharsetDetector.decode(bytes));
        DocumentInfo info = PageInfoReader.read(page);
        Element body = page.body();
        List<RawBlock> all;
        List<RawBlock> content = List.of();
        List<RawBlock> outside = List.of();
        boolean widened = false;
        String note = "";
        String method = "whole-page";
        int depth = depth(body);
        if (keepBoilerplate || depth > MAX_SCORED_DEPTH) {
            all = DomBlockWalker.blocks(body);
        } else if (mode == WebContent.SCORER || depth > MAX_READABILITY_DEPTH) {
            ContentScorer.Choice choice = scorer.choose(body);
            all = DomBlockWalker.blocks(body, choice.roots());
            widened = choice.widened();
            note = choice.note();
            method = "scorer";
        } else {
            // the scorer and the walk read the page first: Readability rewrites the DOM it reads;
            // in the combined mode one walk gives both the page's blocks and the scorer's marks
            ContentScorer.Choice choice = mode == WebContent.COMBINED ? scorer.choose(body) : null;
            List<RawBlock> scored = choice == null ? List.of() : DomBlockWalker.blocks(body, choice.roots());
            all = choice == null ? DomBlockWalker.blocks(body) : scored;
            if (chars(all) <= maxTextChars) {
                content = readability(page);
                method = "readability";
                long scoredChars = scored.stream().filter(RawBlock::mainContent).mapToLong(b -> b.text().length()).sum();
                outside = outside(all, content);
                // the scorer wins when Readability missed much of the story, or kept the whole page
                // (its top candidate was the body) while the scorer chose a part of it
                boolean readabilityShort = chars(content) < READABILITY_SHARE * scoredChars;
                boolean readabilityTookAll = outside.isEmpty() && !content.isEmpty() && all.size() <= SMALL_PAGE_BLOCKS;
                if (choice != null && scoredChars > 0
                        && (readabilityShort || readabilityTookAll && !choice.widened() && scoredChars < chars(all))) {
                    all = scored;
                    widened = choice.widened();
                    note = choice.note();
                    method = "scorer";
                }
            }
        }
        if (chars(all) > maxTextChars) {
            throw new InputException(source, "the extracted text is over the limit of " + maxTextChars + " characters");
        }
        if (method.equals("scorer")) {
            content = all.stream().filter(RawBlock::mainContent).toList();
            outside = all.stream().filter(b -> !b.mainContent()).toList();
        }
        if (content.isEmpty()) {
            content = all;
            outside = List.of();
            widened = !keepBoilerplate;
            note = widened ? "No part of the page could be chosen as its main content, so the whole page was kept." : "";
            method = "whole-page";
        }
        if (keepBoilerplate) {
            return new Result(all, List.of(), info, false, method, "");
        }
        List<Dropped> dropped = new ArrayList<>();
        for (RawBlock b : outside) {
            dropped.add(new Dropped(b, OUTSIDE));
        }
        List<RawBlock> kept = content;
        for (BlockFilter f : InContent.FILTERS) {
            List<RawBlock> next = f.filter(kept);
            if (next.isEmpty()) {
                continue;   // a filter never empties a page
            }
            for (RawBlock b : BlockFilter.removed(kept, next)) {
                dropped.add(new Dropped(b, f.reason()));
            }
            kept = next;
        }
        return new Result(kept, dropped, info, widened, method, note);
    }

    /** The deepest element nesting under an element, counted without recursion. */
    static int depth(Element root) {
        int[] max = {0};
        org.jsoup.select.NodeTraversor.traverse((node, d) -> max[0] = Math.max(max[0], d), root);
        return max[0];
    }

    private static long chars(List<RawBlock> blocks) {
        return blocks.stream().mapToLong(b -> b.text().length()).sum();
    }

    /**
     * Readability4J on the page, the headline put back in front when Readability left it out.
     * Readability rewrites the DOM it reads: call it last.
     */
    private static List<RawBlock> readability(Document page) {
        Element h1 = page.body().selectFirst("h1");
        String headline = h1 != null ? h1.text().strip() : "";
        Article article = new Readability4J("", page).parse();
        Element content = article.getArticleContent();
        if (content == null) {
            return List.of();
        }
        List<RawBlock> blocks = new ArrayList<>(DomBlockWalker.blocks(content));
        if (!headline.isEmpty() && blocks.stream().limit(5).noneMatch(b -> b.text().equals(headline))) {
            blocks.add(0, new RawBlock(BlockKind.HEADING, headline, true, 0, 0));
        }
        return blocks;
    }

    /** The page's blocks whose text the content does not hold, counted as multisets. */
    private static List<RawBlock> outside(List<RawBlock> all, List<RawBlock> content) {
        Map<String, Integer> left = new HashMap<>();
        for (RawBlock b : content) {
            left.merge(b.text(), 1, Integer::sum);
        }
        List<RawBlock> out = new ArrayList<>();
        for (RawBlock b : all) {
            Integer n = left.get(b.text());
            if (n != null && n > 0) {
                left.put(b.text(), n - 1);
            } else {
                out.add(b);
            }
        }
        return out;
    }
}
