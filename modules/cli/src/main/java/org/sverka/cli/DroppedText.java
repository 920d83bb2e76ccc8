package org.sverka.cli;

import java.util.Collection;
import java.util.Locale;
import org.sverka.core.Document;

/**
 * The one line a command prints on standard error when extraction left text out, so that nothing is
 * dropped in silence: {@code "page.html: 12 blocks, 340 words, dropped as page furniture;
 * --keep-boilerplate keeps them"}.
 */
final class DroppedText {
    private DroppedText() {
    }

    /**
     * @param label     what the count is about: a file name, or "3 documents"
     * @param documents the documents read
     * @return the line, or null when nothing was dropped
     */
    static String line(String label, Collection<Document> documents) {
        Tally tally = new Tally();
        for (Document d : documents) {
            tally.add(d);
        }
        return tally.line(label);
    }

    private static String line(String label, long blocks, long words) {
        if (blocks == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "%s: %d block%s, %d word%s, dropped as page furniture; --keep-boilerplate keeps them",
                label, blocks, blocks == 1 ? "" : "s", words, words == 1 ? "" : "s");
    }

    /** Counts what many documents dropped without keeping the documents; thread-safe. */
    static final class Tally {
        private long documents;
        private long blocks;
        private long words;

        /** Adds one document's dropped blocks. */
        synchronized void add(Document d) {
            documents++;
            blocks += d.dropped().size();
            words += d.droppedWords();
        }

        /** @return the number of documents added */
        synchronized long documents() {
            return documents;
        }

        /** @return the line for all documents added, or null when none dropped anything */
        synchronized String line(String label) {
            return DroppedText.line(label, blocks, words);
        }
    }
}
