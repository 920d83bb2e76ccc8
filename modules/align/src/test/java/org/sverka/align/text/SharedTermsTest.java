package org.sverka.align.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the HTML view marks as shared: numbers, dates and names found on both sides, and nothing else. */
class SharedTermsTest {
    private static List<String> marked(String text, List<int[]> ranges) {
        return ranges.stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void namesNumbersAndDatesOnBothSidesAreMarkedOnBoth() {
        String en = "Kerry and Lavrov met in Geneva on September 16; turnout was 62%.";
        String ru = "Керри и Лавров встретились в Женеве 16 сентября; явка составила 62%.";
        SharedTerms.Ranges r = SharedTerms.find(en, ru);
        List<String> english = marked(en, r.english());
        List<String> russian = marked(ru, r.russian());
        for (String name : List.of("Kerry", "Lavrov", "Geneva")) {
            assertTrue(english.contains(name), name + " not marked in " + english);
        }
        for (String name : List.of("Керри", "Лавров", "Женеве")) {
            assertTrue(russian.contains(name), name + " not marked in " + russian);
        }
        assertTrue(english.stream().anyMatch(s -> s.contains("62")), english.toString());
        assertTrue(russian.stream().anyMatch(s -> s.contains("62")), russian.toString());
        assertTrue(english.stream().anyMatch(s -> s.contains("16")), english.toString());
    }

    @Test
    void whatOnlyOneSideHasIsNotMarked() {
        String en = "Kerry arrived with 40 advisers.";
        String ru = "Лавров прибыл с 12 советниками.";
        SharedTerms.Ranges r = SharedTerms.find(en, ru);
        assertEquals(List.of(), marked(en, r.english()));
        assertEquals(List.of(), marked(ru, r.russian()));
    }

    @Test
    void rangesAscendAndDoNotOverlap() {
        String en = "Putin, Putin and Putin met Xi in 2024 and 2024.";
        String ru = "Путин встретился с Си в 2024 году.";
        for (List<int[]> side : List.of(SharedTerms.find(en, ru).english(), SharedTerms.find(en, ru).russian())) {
            for (int i = 1; i < side.size(); i++) {
                assertTrue(side.get(i)[0] >= side.get(i - 1)[1], "overlap at " + i);
            }
        }
        assertEquals(List.of("Putin", "Putin", "Putin", "2024", "2024"),
                marked(en, SharedTerms.find(en, ru).english()).stream().filter(s -> !s.equals("Xi")).toList());
    }
}
