package org.sverka.align.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameKeyTest {
    @ParameterizedTest
    @CsvSource({"энсинитасе,encinitas", "ципрас,tsipras", "франциско,francisco", "челси,chelsea", "лавров,lavrov", "лаврову,lavrov", "лаврова,lavrov", "ракку,raqqa", "ракка,raqqa", "керри,kerry",
        "керри,kerri", "дейр,deir", "зор,zor", "гуманитарный,humanitarian", "женева,geneva", "женеве,geneva",
        "вашингтон,washington", "хамас,hamas", "сирии,syria", "москва,moscow", "нато,nato"})
    void russianAndEnglishFormsShareAKey(String russian, String english) {
        assertEquals(NameKey.ofEnglish(english), NameKey.ofRussian(russian), russian + " ~ " + english);
    }

    @ParameterizedTest
    @CsvSource({"москва,berlin", "лавров,kerry", "сирия,iran"})
    void differentNamesDiffer(String russian, String english) {
        assertNotEquals(NameKey.ofEnglish(english), NameKey.ofRussian(russian));
    }

    @Test
    void shortWordsHaveNoKey() {
        assertNull(NameKey.ofEnglish("ez"));
        assertNull(NameKey.ofRussian("эз"));
    }

    /**
     * The scan that writes a soft c as s gives what the expression it replaced gives, on every word
     * of the NTREX-128 book on both sides (the Russian ones romanized, as folding sees them) and on
     * strings where c stands last, doubled or before each letter.
     */
    @Test
    void theSoftCScanIsTheExpression() throws IOException {
        Pattern softC = Pattern.compile("c(?=[eiy])");
        Set<String> words = new LinkedHashSet<>();
        for (String s : new String[] {"", "c", "cc", "cce", "ccy", "cic", "ace", "acid", "cyc", "cat", "ecce"}) {
            words.add(s);
        }
        Path ntrex = Path.of(System.getProperty("sverka.data", "../../../shared/data")).resolve("ntrex128");
        assumeTrue(Files.isRegularFile(ntrex.resolve("ntrex.en")), "the evaluation data is absent");
        for (String side : new String[] {"en", "ru"}) {
            for (String line : Files.readAllLines(ntrex.resolve("ntrex." + side), StandardCharsets.UTF_8)) {
                for (String w : line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    words.add(side.equals("ru") ? RussianRomanization.of(w) : w);
                }
            }
        }
        int soft = 0;
        for (String w : words) {
            String expected = softC.matcher(w).replaceAll("s");
            assertEquals(expected, NameKey.softCToS(w), w);
            soft += expected.equals(w) ? 0 : 1;
        }
        assertTrue(soft > 300, "words with a soft c: " + soft);
    }
}
