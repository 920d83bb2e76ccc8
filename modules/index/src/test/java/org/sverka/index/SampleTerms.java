package org.sverka.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crude terms for tests and benchmarks, standing in for the pipeline's analysis: lower-cased word
 * tokens of three letters or more with a common Russian or English ending cut off, capitalised
 * words inside a sentence as name keys (their stems), and runs of digits as numbers.
 */
final class SampleTerms {
    private static final Pattern WORD = Pattern.compile("\\p{L}+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,]\\p{Nd}+)*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String[] ENDINGS = {
        "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ией", "ость", "ости",
        "ах", "ях", "ов", "ев", "ей", "ой", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ом", "ем",
        "ам", "ям", "ую", "юю", "ть", "ся", "ла", "ли", "ло", "ет", "ит", "ут", "ют", "ат", "ят",
        "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
        "ing", "ed", "es", "s"
    };

    private SampleTerms() {
    }

    /** @return the stemmed content words of a text, in order */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.length() >= 3) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** @return the stems of capitalised words not at a sentence's start */
    static List<String> names(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            Matcher m = WORD.matcher(s);
            boolean first = true;
            while (m.find()) {
                String w = m.group();
                if (!first && w.length() >= 3 && Character.isUpperCase(w.codePointAt(0))) {
                    out.add(stem(w.toLowerCase(Locale.ROOT)));
                }
                first = false;
            }
        }
        return out;
    }

    /** @return the numbers of a text, with decimal commas as points */
    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().replace(',', '.'));
        }
        return out;
    }

    static String stem(String w) {
        for (String e : ENDINGS) {
            if (w.endsWith(e) && w.length() - e.length() >= 3) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }

    /** @return a document of these sentences with the sample terms */
    static IndexedDocument document(String path, String language, List<String> sentences) {
        String text = String.join(" ", sentences);
        return new IndexedDocument(path, Integer.toHexString(text.hashCode()), language,
                sentences.isEmpty() ? "" : sentences.get(0), words(text), names(sentences), numbers(text), sentences);
    }

    /** @return a query in the documents' own language made of these sentences */
    static FindQuery query(List<String> sentences, String language) {
        FindQuery.Builder b = FindQuery.builder().documentLanguage(language);
        String text = String.join(" ", sentences);
        for (String w : words(text)) {
            b.term(QueryTerm.same(w, 1));
        }
        names(sentences).forEach(b::name);
        numbers(text).forEach(b::number);
        return b.build();
    }
}
