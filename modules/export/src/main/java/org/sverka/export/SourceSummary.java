package org.sverka.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sverka.core.Document;
import org.sverka.core.DocumentInfo;
import org.sverka.core.DroppedBlock;

/**
 * How much of one document extraction read and how much it dropped, and why: what the outputs
 * show so that nothing is lost in silence.
 * <pre>{@code
 * SourceSummary s = SourceSummary.of(alignment.english().document());
 * s.line();   // "Read 1,240 words; dropped 12 blocks, 340 words (page-furniture: 12 blocks, 340 words)"
 * }</pre>
 *
 * @param wordsRead the words kept in the document's blocks
 * @param dropped   the dropped blocks grouped by reason, in order of first appearance
 * @param info      title, author and date, where the source gives them
 */
public record SourceSummary(int wordsRead, List<Drop> dropped, DocumentInfo info) {
    /**
     * The blocks one filter dropped.
     *
     * @param reason the filter's name ({@code "phrase"}, {@code "duplicate"}...)
     * @param blocks how many blocks it dropped
     * @param words  how many words those blocks held
     */
    public record Drop(String reason, int blocks, int words) {
    }

    /** Copies the list. */
    public SourceSummary {
        dropped = List.copyOf(dropped);
        java.util.Objects.requireNonNull(info, "info");
    }

    /**
     * @param document an extracted document
     * @return what was read of it and what was dropped
     */
    public static SourceSummary of(Document document) {
        Map<String, int[]> byReason = new LinkedHashMap<>();
        for (DroppedBlock d : document.dropped()) {
            int[] n = byReason.computeIfAbsent(d.reason(), k -> new int[2]);
            n[0]++;
            n[1] += d.words();
        }
        List<Drop> drops = new ArrayList<>();
        byReason.forEach((reason, n) -> drops.add(new Drop(reason, n[0], n[1])));
        return new SourceSummary(document.words(), drops, document.info());
    }

    /** @return the number of blocks dropped */
    public int droppedBlocks() {
        return dropped.stream().mapToInt(Drop::blocks).sum();
    }

    /** @return the number of words in the dropped blocks */
    public int droppedWords() {
        return dropped.stream().mapToInt(Drop::words).sum();
    }

    /**
     * @return one line for people: {@code "Read 1,240 words; dropped 12 blocks, 340 words (phrase: 12
     *         blocks, 340 words)"}, or {@code "Read 1,240 words; nothing dropped"}
     */
    public String line() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Read %,d words; ", wordsRead));
        if (dropped.isEmpty()) {
            return sb.append("nothing dropped").toString();
        }
        sb.append(String.format(Locale.ROOT, "dropped %s, %s", plural(droppedBlocks(), "block"), plural(droppedWords(), "word")));
        if (dropped.size() == 1) {
            return sb.append(", as ").append(dropped.get(0).reason()).toString();
        }
        sb.append(" (");
        for (int i = 0; i < dropped.size(); i++) {
            Drop d = dropped.get(i);
            sb.append(i > 0 ? "; " : "").append(d.reason()).append(": ").append(plural(d.blocks(), "block")).append(", ")
                    .append(plural(d.words(), "word"));
        }
        return sb.append(')').toString();
    }

    private static String plural(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
