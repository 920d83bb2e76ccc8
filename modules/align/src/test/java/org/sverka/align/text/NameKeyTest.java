package org.sverka.align.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
