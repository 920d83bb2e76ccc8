package org.sverka.align;

import org.sverka.core.SegmentedDocument;
import org.sverka.core.Sentence;
import org.sverka.core.SentenceKind;

/**
 * The sentences the aligners keep apart from story text: datelines ({@link Datelines}), author lines
 * and links to other stories (marked {@link SentenceKind#BYLINE} and {@link SentenceKind#RELATED} by
 * segmentation). Such a sentence is paired only one to one, and only with a sentence of the same
 * class on the other side ("By John Smith" with «Текст: Джон Смит», never with a story sentence that
 * names him); otherwise it stands alone. Captions and speakers' labels are story text here: a caption
 * may be translated with the story.
 * <pre>{@code
 * byte[] classes = Furniture.of(document);   // Furniture.STORY, DATELINE, BYLINE or RELATED for each sentence
 * }</pre>
 */
final class Furniture {
    /** Story text: pairs with story text. */
    static final byte STORY = 0;
    /** A dateline. */
    static final byte DATELINE = 1;
    /** An author line. */
    static final byte BYLINE = 2;
    /** A link to another story. */
    static final byte RELATED = 3;

    private Furniture() {
    }

    /**
     * @param sentence a sentence of a segmented document
     * @return its class
     */
    static byte of(Sentence sentence) {
        if (Datelines.isDateline(sentence)) {
            return DATELINE;
        }
        return switch (sentence.kind()) {
            case BYLINE -> BYLINE;
            case RELATED -> RELATED;
            default -> STORY;
        };
    }

    /**
     * @param document a segmented document
     * @return the class of each sentence, in order
     */
    static byte[] of(SegmentedDocument document) {
        byte[] out = new byte[document.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = of(document.sentences().get(i));
        }
        return out;
    }

    /**
     * Whether a bead may hold these sentences: story text only, or one sentence a side of the same
     * furniture class. A bead with one side empty may hold anything.
     *
     * @param en      the English classes
     * @param enFrom  the bead's first English sentence
     * @param enTo    one past its last
     * @param ru      the Russian classes
     * @param ruFrom  the bead's first Russian sentence
     * @param ruTo    one past its last
     * @return whether the bead keeps furniture apart from story text
     */
    static boolean keptApart(byte[] en, int enFrom, int enTo, byte[] ru, int ruFrom, int ruTo) {
        if (enFrom == enTo || ruFrom == ruTo) {
            return true;
        }
        int furniture = 0;
        for (int i = enFrom; i < enTo; i++) {
            furniture += en[i] != STORY ? 1 : 0;
        }
        for (int j = ruFrom; j < ruTo; j++) {
            furniture += ru[j] != STORY ? 1 : 0;
        }
        return furniture == 0
                || furniture == 2 && enTo - enFrom == 1 && ruTo - ruFrom == 1 && en[enFrom] == ru[ruFrom];
    }
}
