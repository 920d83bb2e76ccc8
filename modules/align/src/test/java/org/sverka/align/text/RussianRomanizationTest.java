package org.sverka.align.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The table-driven romanization writes every word as ICU's transliterator does. */
class RussianRomanizationTest {
    private static final Transliterator ICU = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private static final String ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    /** The Russian letters and ASCII characters of each kind the context rules look at: hyphen, digit, letters, punctuation. */
    private static final String MIXED = ALPHABET + "-5bB.'";

    private static String icu(String word) {
        return ICU.transliterate(word).toLowerCase(Locale.ROOT);
    }

    private static List<String> differences(Iterable<String> words) {
        List<String> wrong = new ArrayList<>();
        for (String w : words) {
            String expected = icu(w);
            String got = RussianRomanization.of(w);
            if (!expected.equals(got)) {
                wrong.add(w + ": ICU " + expected + ", here " + got);
            }
        }
        return wrong;
    }

    @Test
    void knownWords() {
        assertEquals("lavrov", RussianRomanization.of("лавров"));
        assertEquals("s\"yezd", RussianRomanization.of("съезд"));
        assertEquals("m·er", RussianRomanization.of("мэр"));
        assertEquals("yeye", RussianRomanization.of("её"));
        assertEquals("t·sar'", RussianRomanization.of("тсарь"));
        assertEquals("reuters", RussianRomanization.of("reuters"));
        assertEquals("zurich", RussianRomanization.of("zürich"), "other letters go to ICU");
        assertEquals("5e", RussianRomanization.of("5е"), "after a digit е is not at a word's start");
        assertEquals("a-ye", RussianRomanization.of("а-е"), "after a hyphen it is");
    }

    /** One char of context either side decides every rule, so all words of up to three letters try every rule. */
    @Test
    void everyWordOfUpToThreeLettersAndAsciiCharactersIsWrittenAsIcuWritesIt() {
        List<String> words = new ArrayList<>();
        for (char a : MIXED.toCharArray()) {
            words.add(String.valueOf(a));
            for (char b : MIXED.toCharArray()) {
                words.add("" + a + b);
                for (char c : MIXED.toCharArray()) {
                    words.add("" + a + b + c);
                }
            }
        }
        List<String> wrong = differences(words);
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + words.size() + " differ, e.g. " + wrong.subList(0, Math.min(10, wrong.size())));
    }

    @Test
    void everyRussianWordOfTheDataIsWrittenAsIcuWritesIt() throws IOException {
        Path data = Path.of(System.getProperty("sverka.data", "../../../shared/data"));
        assumeTrue(Files.isDirectory(data), "no evaluation data at " + data);
        Set<String> words = new TreeSet<>();
        Pattern word = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’ʼ-]+");
        for (String file : List.of("ntrex128/ntrex.ru", "flores200/flores200.devtest.ru", "un-devset/UNv1.0.devset.ru",
                "train/tatoeba.ru", "train/tico19.ru")) {
            Matcher m = word.matcher(Files.readString(data.resolve(file)).toLowerCase(Locale.ROOT));
            while (m.find()) {
                words.add(m.group());
            }
        }
        assertTrue(words.size() > 40_000, "words read: " + words.size());
        List<String> wrong = differences(words);
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + words.size() + " differ, e.g. " + wrong.subList(0, Math.min(10, wrong.size())));
    }
}
