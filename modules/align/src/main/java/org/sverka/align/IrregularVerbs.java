package org.sverka.align;

import java.util.HashMap;
import java.util.Map;

/**
 * The base form of a common irregular English verb's past and participle (said → say, told →
 * tell, went → go), which a suffix stemmer leaves as they are: the lexicon knows a verb by its
 * base, so the flags look up "has not said" under "say".
 * <pre>{@code
 * IrregularVerbs.base("told");   // "tell"
 * IrregularVerbs.base("walked"); // null
 * }</pre>
 */
final class IrregularVerbs {
    private IrregularVerbs() {
    }

    /** Each base form, then its past and participle where they differ from it. */
    private static final String[][] FORMS = {
        {"be", "was", "were", "been"}, {"become", "became"}, {"begin", "began", "begun"}, {"break", "broke", "broken"},
        {"bring", "brought"}, {"build", "built"}, {"buy", "bought"}, {"catch", "caught"}, {"choose", "chose", "chosen"},
        {"come", "came"}, {"deal", "dealt"}, {"do", "did", "done"}, {"draw", "drew", "drawn"}, {"drink", "drank", "drunk"},
        {"drive", "drove", "driven"}, {"eat", "ate", "eaten"}, {"fall", "fell", "fallen"}, {"feel", "felt"}, {"fight", "fought"},
        {"find", "found"}, {"fly", "flew", "flown"}, {"forget", "forgot", "forgotten"}, {"get", "got", "gotten"},
        {"give", "gave", "given"}, {"go", "went", "gone"}, {"grow", "grew", "grown"}, {"have", "had"}, {"hear", "heard"},
        {"hide", "hid", "hidden"}, {"hold", "held"}, {"keep", "kept"}, {"know", "knew", "known"}, {"lead", "led"},
        {"leave", "left"}, {"lend", "lent"}, {"lose", "lost"}, {"make", "made"}, {"mean", "meant"}, {"meet", "met"},
        {"pay", "paid"}, {"ride", "rode", "ridden"}, {"rise", "rose", "risen"}, {"run", "ran"}, {"say", "said"},
        {"see", "saw", "seen"}, {"seek", "sought"}, {"sell", "sold"}, {"send", "sent"}, {"shake", "shook", "shaken"},
        {"shoot", "shot"}, {"show", "showed", "shown"}, {"sing", "sang", "sung"}, {"sink", "sank", "sunk"}, {"sit", "sat"},
        {"sleep", "slept"}, {"speak", "spoke", "spoken"}, {"spend", "spent"}, {"stand", "stood"}, {"steal", "stole", "stolen"},
        {"strike", "struck"}, {"swim", "swam", "swum"}, {"take", "took", "taken"}, {"teach", "taught"}, {"tear", "tore", "torn"},
        {"tell", "told"}, {"think", "thought"}, {"throw", "threw", "thrown"}, {"understand", "understood"}, {"wake", "woke", "woken"},
        {"wear", "wore", "worn"}, {"win", "won"}, {"withdraw", "withdrew", "withdrawn"}, {"write", "wrote", "written"},
    };

    private static final Map<String, String> BASES = new HashMap<>();

    static {
        for (String[] forms : FORMS) {
            for (int i = 1; i < forms.length; i++) {
                BASES.put(forms[i], forms[0]);
            }
        }
    }

    /**
     * The base form of an irregular past or participle, or null for any other word.
     *
     * @param lowerCaseWord an English word in lower case
     */
    static String base(String lowerCaseWord) {
        return BASES.get(lowerCaseWord);
    }
}
