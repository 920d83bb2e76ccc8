package org.sverka.align.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where an English text and a Russian text share numbers, dates and names, as character
 * ranges to mark in a view: "62%" and "62%", "September 16" and "16 сентября", "Kerry" and "Керри".
 * <pre>{@code
 * SharedTerms.Ranges r = SharedTerms.find("Kerry arrived on Monday", "Керри прибыл в понедельник");
 * r.english();   // [[0, 5]]
 * }</pre>
 */
public final class SharedTerms {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");

    private SharedTerms() {
    }

    /**
     * Ranges in each text, ascending and not overlapping, as {start, end} pairs.
     *
     * @param english ranges in the English text
     * @param russian ranges in the Russian text
     */
    public record Ranges(List<int[]> english, List<int[]> russian) {
    }

    /**
     * @param english an English text
     * @param russian a Russian text
     * @return the ranges of what both share
     */
    public static Ranges find(String english, String russian) {
        List<NumberNormalizer.Value> en = NumberNormalizer.values(english, "en");
        List<NumberNormalizer.Value> ru = NumberNormalizer.values(russian, "ru");
        Set<String> enValues = new HashSet<>();
        Set<String> ruValues = new HashSet<>();
        en.forEach(v -> enValues.add(v.token()));
        ru.forEach(v -> ruValues.add(v.token()));
        List<int[]> a = new ArrayList<>();
        List<int[]> b = new ArrayList<>();
        en.stream().filter(v -> ruValues.contains(v.token())).forEach(v -> a.add(new int[] {v.start(), v.end()}));
        ru.stream().filter(v -> enValues.contains(v.token())).forEach(v -> b.add(new int[] {v.start(), v.end()}));
        List<int[]> enNames = names(english, true);
        List<int[]> ruNames = names(russian, false);
        Set<String> enKeys = keys(english, enNames, true);
        Set<String> ruKeys = keys(russian, ruNames, false);
        for (int[] n : enNames) {
            if (ruKeys.contains(NameKey.ofEnglish(english.substring(n[0], n[1]).toLowerCase(Locale.ROOT)))) {
                a.add(n);
            }
        }
        for (int[] n : ruNames) {
            if (enKeys.contains(NameKey.ofRussian(russian.substring(n[0], n[1]).toLowerCase(Locale.ROOT)))) {
                b.add(n);
            }
        }
        return new Ranges(tidy(a), tidy(b));
    }

    private static List<int[]> names(String text, boolean english) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (Character.isUpperCase(text.charAt(m.start())) && m.end() - m.start() >= 3) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    private static Set<String> keys(String text, List<int[]> names, boolean english) {
        Set<String> out = new HashSet<>();
        for (int[] n : names) {
            String w = text.substring(n[0], n[1]).toLowerCase(Locale.ROOT);
            String k = english ? NameKey.ofEnglish(w) : NameKey.ofRussian(w);
            if (k != null) {
                out.add(k);
            }
        }
        return out;
    }

    private static List<int[]> tidy(List<int[]> ranges) {
        ranges.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> -r[1]));
        List<int[]> out = new ArrayList<>();
        int end = -1;
        for (int[] r : ranges) {
            if (r[0] >= end) {
                out.add(r);
                end = r[1];
            }
        }
        return out;
    }
}
