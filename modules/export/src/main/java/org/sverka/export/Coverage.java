package org.sverka.export;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.sverka.core.DroppedBlock;
import org.sverka.core.ParallelTable;

/**
 * How much of each document the matched rows of a table cover: sentences matched on each side, and
 * the share of the Russian original's words that the English text renders.
 * <pre>{@code
 * Coverage.of(table).line();
 * // "the English text renders 37% of the Russian original (by words); 12 of 19 English sentences matched, 14 of 40 Russian"
 * }</pre>
 *
 * @param englishMatched English sentences in a matched row
 * @param englishTotal   English sentences in all
 * @param russianMatched Russian sentences in a matched row
 * @param russianTotal   Russian sentences in all
 * @param russianWordsMatched words of the Russian sentences in a matched row
 * @param russianWords   words of the Russian document's sentences
 */
public record Coverage(int englishMatched, int englishTotal, int russianMatched, int russianTotal,
                       int russianWordsMatched, int russianWords) {
    /**
     * @param table a table
     * @return what its matched rows cover
     */
    public static Coverage of(ParallelTable table) {
        BitSet en = new BitSet();
        BitSet ru = new BitSet();
        for (ParallelTable.Row r : table.matches()) {
            r.en().forEach(en::set);
            r.ru().forEach(ru::set);
        }
        List<String> russian = table.russianSentences();
        int words = 0;
        int matchedWords = 0;
        for (int i = 0; i < russian.size(); i++) {
            int w = DroppedBlock.countWords(russian.get(i));
            words += w;
            matchedWords += ru.get(i + 1) ? w : 0;
        }
        return new Coverage(en.get(1, table.englishSentences().size() + 1).cardinality(), table.englishSentences().size(),
                ru.get(1, russian.size() + 1).cardinality(), russian.size(), matchedWords, words);
    }

    /** @return the share of the Russian words in matched rows, from 0 to 1 (0 for an empty document) */
    public double russianShare() {
        return russianWords == 0 ? 0 : (double) russianWordsMatched / russianWords;
    }

    /** @return the coverage in one line for people */
    public String line() {
        return String.format(Locale.ROOT, "the English text renders %.0f%% of the Russian original (by words); "
                + "%,d of %,d English sentences matched, %,d of %,d Russian", 100 * russianShare(), englishMatched,
                englishTotal, russianMatched, russianTotal);
    }
}
