package org.sverka.pipeline.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.align.lexicon.Lexicon;
import org.sverka.index.IndexedDocument;
import org.sverka.index.QueryTerm;

/** The terms recipe: a Russian document and an English report of it share name keys, numbers and translated stems. */
class IndexTermsTest {
    private static final IndexTerms TERMS = new IndexTerms(Lexicon.defaultLexicon());
    private static final List<String> RUSSIAN = List.of("Министр иностранных дел России Сергей Лавров встретился с Джоном Керри в Женеве.",
            "Переговоры продлились пять часов и завершились 16 сентября.");
    private static final List<String> ENGLISH = List.of("Russian Foreign Minister Sergei Lavrov met John Kerry in Geneva.",
            "The talks lasted five hours and ended on September 16.");

    @Test
    void anEnglishQueryOfARussianDocumentSharesItsNamesNumbersAndTranslatedWords() {
        IndexedDocument doc = TERMS.document("/a.txt", "h", "ru", "", RUSSIAN);
        ReportQuery q = TERMS.query("en", ENGLISH, "ru");
        assertEquals("ru", q.query().documentLanguage().orElseThrow());
        for (String name : List.of("Lavrov", "Kerry", "Geneva")) {
            String key = q.names().entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst().orElseThrow().getKey();
            assertTrue(doc.nameKeys().contains(key), name + " as " + key + " not among " + doc.nameKeys());
        }
        assertTrue(q.query().numbers().stream().anyMatch(doc.numbers()::contains), q.query().numbers() + " vs " + doc.numbers());
        assertTrue(q.query().numbers().contains("16"), q.query().numbers().toString());
        List<String> reaching = q.query().terms().stream()
                .filter(t -> t.translations().keySet().stream().anyMatch(doc.contentTerms()::contains)).map(QueryTerm::source).toList();
        assertTrue(reaching.containsAll(List.of("hour", "foreign")), reaching + " reach " + doc.contentTerms());
        assertTrue(reaching.size() >= 5, reaching + " reach " + doc.contentTerms());
        assertTrue(q.query().terms().stream().allMatch(t -> t.translations().size() <= IndexTerms.RENDERINGS));
        assertEquals(List.of("Kerry"), q.shownNames(List.of(q.names().entrySet().stream()
                .filter(e -> e.getValue().equals("Kerry")).findFirst().orElseThrow().getKey())));
    }

    @Test
    void theQueriesOfAReportAndOfEachSentenceAreThoseOfSeparateCalls() {
        IndexTerms.Queries q = TERMS.queries("en", ENGLISH, "ru");
        assertEquals(TERMS.query("en", ENGLISH, "ru"), q.whole());
        assertEquals(2, q.sentences().size());
        for (int i = 0; i < ENGLISH.size(); i++) {
            assertEquals(TERMS.query("en", List.of(ENGLISH.get(i)), "ru"), q.sentences().get(i), "sentence " + i);
        }
        assertTrue(q.sentences().get(0).names().containsValue("Lavrov"));
        assertTrue(q.sentences().get(1).query().numbers().contains("16"));
        assertFalse(q.sentences().get(1).names().containsValue("Lavrov"), q.sentences().get(1).names().toString());
    }

    @Test
    void aLongQueryKeepsTwoRenderingsAWordAndAShortOneFive() {
        List<String> many = List.of("The minister said the talks on trade, energy, security, transport, education, health, science, "
                + "culture, sport, tourism, agriculture, industry, finance, banking, insurance, housing, water, forests, fishing, "
                + "mining, oil, gas, coal, steel, shipping, railways, aviation, roads, ports, bridges, schools, hospitals, "
                + "prisons, courts, police, borders, customs, taxes, pensions, wages and prices went well.");
        IndexTerms.Queries q = TERMS.queries("en", many, "ru");
        assertTrue(q.whole().query().terms().size() > IndexTerms.LONG_QUERY, "a long query: " + q.whole().query().terms().size());
        assertTrue(q.whole().query().terms().stream().allMatch(t -> t.translations().size() <= IndexTerms.LONG_RENDERINGS));
        assertEquals(q.whole(), q.sentences().get(0), "the one sentence is the whole report");
        ReportQuery few = TERMS.query("en", List.of("The talks went well."), "ru");
        assertTrue(few.query().terms().stream().anyMatch(t -> t.translations().size() > IndexTerms.LONG_RENDERINGS),
                few.query().terms().toString());
    }

    @Test
    void aRussianQueryIsTranslatedIntoEnglishAndASameLanguageQueryKeepsItsStems() {
        IndexedDocument doc = TERMS.document("/b.txt", "h", "en", "", ENGLISH);
        ReportQuery q = TERMS.query("ru", RUSSIAN, "en");
        long shared = q.query().terms().stream()
                .filter(t -> t.translations().keySet().stream().anyMatch(doc.contentTerms()::contains)).count();
        assertTrue(shared >= 4, "only " + shared + " Russian words reach the English stems " + doc.contentTerms());
        ReportQuery same = TERMS.query("en", ENGLISH, "en");
        assertTrue(same.query().terms().stream().allMatch(t -> t.translations().keySet().equals(java.util.Set.of(t.source()))));
    }

    @Test
    void otherLanguagesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TERMS.document("/c.txt", "h", "de", "", List.of("Guten Tag.")));
        assertTrue(e.getMessage().contains("English and Russian"), e.getMessage());
    }
}
