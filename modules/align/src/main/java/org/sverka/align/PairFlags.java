package org.sverka.align;

import java.util.List;
import org.sverka.align.model.SimilarityModel;
import org.sverka.core.Bead;
import org.sverka.core.Flag;
import org.sverka.core.SegmentedDocument;

/**
 * The flags a reviewer would see on one English sentence matched with one Russian sentence, as
 * labels in the flag style: the bead flags ({@code number-only-en:62}, {@code date-only-ru:среду},
 * {@code name-only-ru:Керри}) and the negation check ({@code negation-only-en:not}). Flags are raised on evidence of a
 * difference; what only stands on one side without such evidence is a note ({@link #notes}).
 * <pre>{@code
 * PairFlags.labels("Lavrov did not meet Kerry on 16 May.", "Лавров встретился с Керри 17 мая.", model);
 * // [number-only-en:16, number-only-ru:17, negation-only-en:not]
 * PairFlags.notes("The talks went well, Petrova said.", "Переговоры прошли хорошо.", model);
 * // [name-only-en:Petrova]
 * }</pre>
 */
public final class PairFlags {
    private PairFlags() {
    }

    /**
     * @param english an English sentence (or passage)
     * @param russian the Russian one it is matched with
     * @param model   the similarity model (its analyzers and lexicon)
     * @return the flags' labels, numbers first, then dates, names and negations
     */
    public static List<String> labels(String english, String russian, SimilarityModel model) {
        return check(english, russian, model).flags().stream().map(Flag::toString).toList();
    }

    /**
     * The weaker observations of the same check: a number, name or negation that stands on one side
     * only while the other side shows nothing it could differ from (a name rendered by "he", a
     * number left out, a negation whose words are translated freely). They are not flags.
     *
     * @param english an English sentence (or passage)
     * @param russian the Russian one it is matched with
     * @param model   the similarity model (its analyzers and lexicon)
     * @return the notes' labels, in the flag style
     */
    public static List<String> notes(String english, String russian, SimilarityModel model) {
        return check(english, russian, model).notes().stream().map(Flag::toString).toList();
    }

    /**
     * The flags of one sentence pair read in its documents: a name that the other document never
     * mentions is flagged, one it mentions elsewhere (rendered here by a pronoun) is a note. The other
     * line pairs, read as parallel, are the pair's alignment: a name that keeps company through them
     * with an unmatched name of this pair's other side is rendered by it ({@code NameCompanions}).
     * <pre>{@code
     * PairFlags.labels(List.of("Flake spoke.", "He left."), 1, List.of("Флейк выступил.", "Флейк ушёл."), 1, model);   // []
     * }</pre>
     *
     * @param englishDocument the English document, a sentence a line
     * @param englishLine     the line of the English sentence
     * @param russianDocument the Russian document, a sentence a line
     * @param russianLine     the line of the Russian sentence matched with it
     * @param model           the similarity model (its analyzers and lexicon)
     * @return the flags' labels, numbers first, then dates, names and negations
     */
    public static List<String> labels(List<String> englishDocument, int englishLine, List<String> russianDocument, int russianLine,
                                      SimilarityModel model) {
        return check(englishDocument, englishLine, russianDocument, russianLine, model).flags().stream().map(Flag::toString).toList();
    }

    /**
     * The notes of one sentence pair read in its documents ({@link #labels(List, int, List, int, SimilarityModel)}).
     *
     * @param englishDocument the English document, a sentence a line
     * @param englishLine     the line of the English sentence
     * @param russianDocument the Russian document, a sentence a line
     * @param russianLine     the line of the Russian sentence matched with it
     * @param model           the similarity model (its analyzers and lexicon)
     * @return the notes' labels, in the flag style
     */
    public static List<String> notes(List<String> englishDocument, int englishLine, List<String> russianDocument, int russianLine,
                                     SimilarityModel model) {
        return check(englishDocument, englishLine, russianDocument, russianLine, model).notes().stream().map(Flag::toString).toList();
    }

    private static Findings check(List<String> englishDocument, int englishLine, List<String> russianDocument, int russianLine,
                                  SimilarityModel model) {
        if (englishLine < 0 || englishLine >= englishDocument.size() || russianLine < 0 || russianLine >= russianDocument.size()) {
            throw new IllegalArgumentException("no line " + englishLine + " in the English document of " + englishDocument.size()
                    + " lines, or no line " + russianLine + " in the Russian one of " + russianDocument.size());
        }
        ScoredPair pair = new ScoredPair(SegmentedDocument.ofLines("en", "en", englishDocument),
                SegmentedDocument.ofLines("ru", "ru", russianDocument), model);
        return BeadFlags.check(pair, Bead.of(List.of(englishLine), List.of(russianLine), 1.0), NameCompanions.parallelLines(pair));
    }

    private static Findings check(String english, String russian, SimilarityModel model) {
        ScoredPair pair = new ScoredPair(SegmentedDocument.ofLines("en", "en", List.of(english)),
                SegmentedDocument.ofLines("ru", "ru", List.of(russian)), model);
        return BeadFlags.check(pair, Bead.of(List.of(0), List.of(0), 1.0), NameCompanions.none());
    }
}
