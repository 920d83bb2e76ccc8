package org.sverka.align;

import java.util.regex.Pattern;
import org.sverka.core.SegmentedDocument;
import org.sverka.core.Sentence;
import org.sverka.core.SentenceKind;

/**
 * Tells the datelines of a document: news metadata such as "MOSCOW, May 24. /TASS/." or
 * «МОСКВА, 24 мая. /ТАСС/.», which the aligners pair only with each other, never with story text.
 * A sentence is a dateline when segmentation marked it so ({@link SentenceKind#DATELINE}), or, for
 * text read one sentence a line, when it has a dateline's shape: a place in capitals, a comma, then
 * a date, an agency between slashes, or both, and nothing else.
 * <pre>{@code
 * Datelines.isDateline("WASHINGTON, March 3. /TASS/.");   // true
 * Datelines.isDateline("Moscow, he said, is ready.");     // false
 * }</pre>
 */
public final class Datelines {
    private static final String PLACE = "\\p{Lu}[\\p{Lu}\\p{M}.'’ -]{1,40}\\p{Lu}(?:\\s*\\([^)]{1,40}\\))?";
    private static final String DATE = "(?:\\p{L}{3,10}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,10})(?:,?\\s+\\d{4})?";
    private static final String AGENCY = "/\\s*[\\p{L}\\p{N}\\s.-]{2,30}/";
    private static final Pattern SHAPE = Pattern.compile("^" + PLACE + ",\\s+(?:" + DATE + "\\.?\\s*(?:" + AGENCY + ")?|"
            + AGENCY + ")\\s*[.:—–-]?\\s*$", Pattern.UNICODE_CHARACTER_CLASS);

    private Datelines() {
    }

    /**
     * @param text a sentence
     * @return whether it has the shape of a dateline
     */
    public static boolean isDateline(String text) {
        return text.length() <= 90 && SHAPE.matcher(text.strip()).matches();
    }

    /**
     * @param sentence a sentence of a segmented document
     * @return whether it is a dateline: marked so, or of a dateline's shape
     */
    public static boolean isDateline(Sentence sentence) {
        return sentence.kind() == SentenceKind.DATELINE || isDateline(sentence.text());
    }

    /**
     * @param document a segmented document
     * @return for each sentence, whether it is a dateline
     */
    public static boolean[] of(SegmentedDocument document) {
        boolean[] out = new boolean[document.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = isDateline(document.sentences().get(i));
        }
        return out;
    }
}
