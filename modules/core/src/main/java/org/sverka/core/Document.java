package org.sverka.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Extracted text of one file: its blocks, and the text they are cut from.
 *
 * <p>The text is the blocks joined by a blank line, so offsets of blocks and sentences
 * point into one string. Build one with {@link #builder(String)}:
 * <pre>{@code
 * Document doc = Document.builder("story.html")
 *         .add(BlockKind.HEADING, "Lavrov meets Kerry")
 *         .add(BlockKind.PARAGRAPH, "The ministers met in Geneva.")
 *         .build();
 * }</pre>
 *
 * <p>Nothing is dropped in silence: blocks that extraction read but left out (page furniture,
 * repeated e-mail alternatives) are kept in {@link #dropped()} with the reason.
 *
 * @param source  the file name or another label of where the text came from
 * @param text    the whole extracted text
 * @param blocks  the blocks, in document order
 * @param info    title, author and date, where the source gives them
 * @param dropped blocks read but not kept, with the filter that dropped each
 * @param notes   what reading did that a user should know, one sentence each (for example that the
 *                main content was widened to the page's paragraphs); empty when nothing
 */
public record Document(String source, String text, List<Block> blocks, DocumentInfo info,
                       List<DroppedBlock> dropped, List<String> notes) {
    /** The separator placed between blocks in {@link #text()}. */
    public static final String BLOCK_SEPARATOR = "\n\n";

    /** Checks the invariants and copies the list. */
    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(info, "info");
        blocks = List.copyOf(blocks);
        dropped = List.copyOf(dropped);
        notes = List.copyOf(notes);
        for (Block b : blocks) {
            if (b.end() > text.length() || !text.startsWith(b.text(), b.start())) {
                throw new IllegalArgumentException("block " + b.index() + " does not match the text");
            }
        }
    }

    /**
     * A document with no metadata and nothing dropped.
     *
     * @param source where the text came from
     * @param text   the whole text
     * @param blocks its blocks
     */
    public Document(String source, String text, List<Block> blocks) {
        this(source, text, blocks, DocumentInfo.NONE, List.of(), List.of());
    }

    /**
     * A document with no notes.
     *
     * @param source  where the text came from
     * @param text    the whole text
     * @param blocks  its blocks
     * @param info    title, author and date
     * @param dropped blocks read but not kept
     */
    public Document(String source, String text, List<Block> blocks, DocumentInfo info, List<DroppedBlock> dropped) {
        this(source, text, blocks, info, dropped, List.of());
    }

    /**
     * Starts a document.
     *
     * @param source where the text came from
     * @return a builder that appends blocks
     */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** @return true when no text was extracted */
    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** @return the number of words kept, counted as {@link DroppedBlock#countWords(String)} does */
    public int words() {
        return blocks.stream().mapToInt(b -> DroppedBlock.countWords(b.text())).sum();
    }

    /** @return the number of words in the dropped blocks */
    public int droppedWords() {
        return dropped.stream().mapToInt(DroppedBlock::words).sum();
    }

    /**
     * @param newInfo the title, author and date to carry
     * @return this document with that information
     */
    public Document withInfo(DocumentInfo newInfo) {
        return new Document(source, text, blocks, newInfo, dropped, notes);
    }

    /** Appends blocks and keeps their offsets; not thread-safe, used once. */
    public static final class Builder {
        private final String source;
        private final StringBuilder text = new StringBuilder();
        private final List<Block> blocks = new ArrayList<>();
        private final List<DroppedBlock> dropped = new ArrayList<>();
        private DocumentInfo info = DocumentInfo.NONE;
        private final List<String> notes = new ArrayList<>();

        private Builder(String source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /**
         * Appends a block; blank text is ignored, surrounding white space trimmed.
         *
         * @param kind what the block is
         * @param blockText its text
         * @return this builder
         */
        public Builder add(BlockKind kind, String blockText) {
            String trimmed = blockText.strip();
            if (trimmed.isEmpty()) {
                return this;
            }
            if (text.length() > 0) {
                text.append(BLOCK_SEPARATOR);
            }
            blocks.add(new Block(blocks.size(), kind, text.length(), trimmed));
            text.append(trimmed);
            return this;
        }

        /**
         * Records a block that was read but not kept.
         *
         * @param kind      what the block was
         * @param blockText its text; blank text is ignored
         * @param reason    the filter that dropped it
         * @return this builder
         */
        public Builder drop(BlockKind kind, String blockText, String reason) {
            if (!blockText.isBlank()) {
                dropped.add(new DroppedBlock(kind, blockText, reason));
            }
            return this;
        }

        /**
         * @param documentInfo title, author and date
         * @return this builder
         */
        public Builder info(DocumentInfo documentInfo) {
            this.info = Objects.requireNonNull(documentInfo, "documentInfo");
            return this;
        }

        /**
         * @param note one sentence on what reading did that a user should know
         * @return this builder
         */
        public Builder note(String note) {
            if (!note.isBlank()) {
                notes.add(note.strip());
            }
            return this;
        }

        /** @return the number of blocks added so far */
        public int size() {
            return blocks.size();
        }

        /** @return the text added so far, for limits checked while building */
        public int length() {
            return text.length();
        }

        /** @return the immutable document */
        public Document build() {
            return new Document(source, text.toString(), blocks, info, dropped, notes);
        }
    }
}
