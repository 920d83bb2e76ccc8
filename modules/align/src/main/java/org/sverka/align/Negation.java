package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a negation on one side of a matched pair only: "not", "n't", "never", "no"… in English,
 * «не», «нет», «ни», «никогда»… in Russian. Words that carry a negation without one of these
 * ("failed", "without", «без», «отказался») count as negating too, so that a free rendering of a
 * negative sentence is not flagged.
 * <pre>{@code
 * Negation.flags("The talks did not succeed.", "Переговоры увенчались успехом.");   // [negation-only-en:not]
 * }</pre>
 */
public final class Negation {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern ENGLISH = Pattern.compile("\\b(not|never|no|none|nobody|nothing|nowhere|neither|nor|cannot)\\b"
            + "|n['’]t\\b", FLAGS);
    private static final Pattern RUSSIAN = Pattern.compile("(?<![\\p{L}-])(не|нет|ни|никогда|никто|ничего|ничто|нигде|никуда|нельзя|"
            + "ничем|никого|никому|никаких|никакого|никакой|никакие|никак|нисколько)(?![\\p{L}-])", FLAGS);
    private static final Pattern ENGLISH_IMPLICIT = Pattern.compile("\\b(without|fail\\w*|unable|lack\\w*|refus\\w*|"
            + "den(y|ies|ied|ying)|absen\\w*|impossible|unlikely|neither|nor|unless|until|only|instead|reject\\w*|declin\\w*|"
            + "prevent\\w*|avoid\\w*|ban(s|ned)?|barely|hardly|little|few|longer|ceas\\w*|stopp?\\w*|miss\\w*|"
            + "un(able|aware|clear|known|likely|til|less|happy|certain|necessary)|in(sufficient|effective|valid|adequate)|"
            + "rather\\s+than|far\\s+from|non-?\\p{L}+)\\b",
            FLAGS);
    private static final Pattern RUSSIAN_IMPLICIT = Pattern.compile("(?<![\\p{L}-])(без\\p{L}*|отказ\\p{L}*|невозмож\\p{L}*|"
            + "неудач\\p{L}*|отсутств\\p{L}*|лишь|только|запрет\\p{L}*|отверг\\p{L}*|избежа\\p{L}*|прекрат\\p{L}*|"
            + "перестал\\p{L}*|помеша\\p{L}*|вместо|кроме|мало|вряд\\s+ли|"
            + "не(?!дел|скольк|котор|фт|обходим|мец|давн|йтрал|рв|смотр|медлен|однократ|посредств|когда|редк|вероятн|прерывн|сколько|зависим|бо|го|в|ст)\\p{L}{4,})(?![\\p{L}-])", FLAGS);

    /**
     * Fixed phrases with a negation word that negate nothing: limits ("no more than", «не менее»),
     * contrast ("not only", «а не», «тем не менее»), and words made with "no-" ("no-contact").
     */
    private static final Pattern ENGLISH_IDIOMS = Pattern.compile("\\b(no|not)\\s+(more|less|fewer|later|earlier|sooner)\\s+than\\b"
            + "|\\bnot\\s+(?:only|long)\\b|\\bno-(?=\\p{L})|\\bnone\\s+the\\s+less\\b|\\bnevertheless\\b|\\bno\\s+doubt\\b", FLAGS);
    private static final Pattern RUSSIAN_IDIOMS = Pattern.compile("(?<![\\p{L}-])(?:тем\\s+не\\s+менее|не\\s+(?:менее|более|меньше|больше|"
            + "позднее|позже|ранее|раньше|только|говоря|смотря|перест\\p{L}*|забу\\p{L}*)|а\\s+не|далеко\\s+не|не\\s+без|ни\\s+один\\s+из|"
            + "на\\s+нет)(?![\\p{L}-])", FLAGS);

    private Negation() {
    }

    /**
     * @param english the English side of a matched pair
     * @param russian the Russian side
     * @return {@code negation-only-en:WORD} or {@code negation-only-ru:WORD}, or nothing
     */
    public static List<String> flags(String english, String russian) {
        List<String> out = new ArrayList<>();
        String en = first(ENGLISH, ENGLISH_IDIOMS.matcher(english).replaceAll(" "));
        String ru = first(RUSSIAN, RUSSIAN_IDIOMS.matcher(russian).replaceAll(" "));
        // a phrase such as «а не» or "not only" may render a plain negation of the other side
        if (en != null && ru == null && !RUSSIAN_IMPLICIT.matcher(russian).find() && !RUSSIAN_IDIOMS.matcher(russian).find()) {
            out.add("negation-only-en:" + en);
        }
        if (ru != null && en == null && !ENGLISH_IMPLICIT.matcher(english).find() && !ENGLISH_IDIOMS.matcher(english).find()) {
            out.add("negation-only-ru:" + ru);
        }
        return out;
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }
}
