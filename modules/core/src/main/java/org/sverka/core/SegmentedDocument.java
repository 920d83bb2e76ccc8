package org.sverka.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document cut into sentences, with its language: one side of an alignment.
 *
 * @param document  the extracted document
 * @param language  the detected (or declared) language of the whole document
 * @param sentences the sentences in document order, indexed from 0
 */
public record SegmentedDocument(Document document, LanguageGuess language, List<Sentence> sentences) {
    /** Checks the invariants and copies the list. */
    public SegmentedDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).index() != i) {
                throw new IllegalArgumentException("sentence " + i + " has index " + sentences.get(i).index());
            }
        }
    }

    /**
     * Takes lines as sentences as they are, one block each (the {@code --presegmented} input).
     * <pre>{@code
     * SegmentedDocument en = SegmentedDocument.ofLines("en.txt", "en", List.of("One.", "Two."));
     * }</pre>
     *
     * @param source   where the lines came from
     * @param language ISO 639-1 code of the lines
     * @param lines    one sentence a line; blank lines are kept as empty sentences so numbering follows the lines
     * @return the document
     */
    public static SegmentedDocument ofLines(String source, String language, List<String> lines) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (String line : lines) {
            if (text.length() > 0) {
                text.append('\n');
            }
            String s = line.strip();
            if (!s.isEmpty()) {
                blocks.add(new Block(blocks.size(), BlockKind.PARAGRAPH, text.length(), s));
            }
            sentences.add(new Sentence(sentences.size(), Math.max(0, blocks.size() - 1), text.length(), s));
            text.append(s);
        }
        return new SegmentedDocument(new Document(source, text.toString(), blocks),
                new LanguageGuess(language, 1.0), sentences);
    }

    /** @return the number of sentences */
    public int size() {
        return sentences.size();
    }

    /**
     * @param i sentence index from 0
     * @return the text of sentence {@code i}
     */
    public String text(int i) {
        return sentences.get(i).text();
    }

    /** @return the sentence texts in order */
    public List<String> texts() {
        return sentences.stream().map(Sentence::text).toList();
    }
}
