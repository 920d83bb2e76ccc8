package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roman numerals are read as ICU's {@code %roman-upper} reads and writes them. */
class RomanNumeralsTest {
    private static final RuleBasedNumberFormat ICU = new RuleBasedNumberFormat(ULocale.ROOT, RuleBasedNumberFormat.NUMBERING_SYSTEM);

    static {
        ICU.setDefaultRuleSet("%roman-upper");
    }

    /** ICU's reading: parse, then keep the value only when writing it back gives the numeral. */
    private static long icu(String numeral) {
        Number n = ICU.parse(numeral, new ParsePosition(0));
        return n == null || n.longValue() <= 0 || !ICU.format(n.longValue()).equals(numeral) ? 0 : n.longValue();
    }

    /** From 4,000 ICU writes letters beyond ASCII (Mↁ), which the text's numeral pattern never matches. */
    @Test
    void everyNumeralIcuWritesInAsciiIsReadAsIcuReadsIt() {
        for (int v = 1; v < 4000; v++) {
            String numeral = ICU.format(v);
            assertEquals(icu(numeral), WrittenNumbers.roman(numeral), numeral + " (" + v + ")");
            assertEquals(numeral, WrittenNumbers.romanOf(v));
        }
        assertEquals(0, WrittenNumbers.of("Mↁ").size());
    }

    @Test
    void malformedNumeralsAreNotNumbers() {
        String letters = "IVXLCDM";
        for (char a : letters.toCharArray()) {
            for (char b : letters.toCharArray()) {
                for (char c : letters.toCharArray()) {
                    for (String s : List.of("" + a + b, "" + a + b + c, "" + a + b + c + a)) {
                        assertEquals(icu(s), WrittenNumbers.roman(s), s);
                    }
                }
            }
        }
        for (String s : List.of("IIII", "IM", "VX", "MMMM", "DIV", "LCD", "MD", "")) {
            assertEquals(icu(s), WrittenNumbers.roman(s), s);
        }
    }

    @Test
    void romanNumeralsInTextAreNumbers() {
        assertEquals(Map.of("2", 1, "14", 1), WrittenNumbers.of("Глава II, статья XIV."));
        assertEquals(Map.of("2022", 1), WrittenNumbers.of("The MMXXII report, part I."));
    }
}
