package org.sverka.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops blocks of a web page or an e-mail that are, as a whole, a known furniture phrase in
 * English or Russian: subscription and sign-in prompts, "back to top", share and follow prompts,
 * "read more", "advertisement", copyright lines, cookie notices. Never applied to plain text,
 * office documents or PDF.
 *
 * <p>A phrase must make up the whole block (with at most a short, fixed tail such as
 * "to our newsletter"), never just begin it, so that story sentences that contain a trigger word
 * stay: "Путин подписал закон…", "Subscribers to the service rose…", "Copyright law was…",
 * "Cookie maker…". Patterns use Unicode character classes, so {@code \W} never runs over Cyrillic
 * letters. Removed blocks are recorded as {@value #REASON}.
 */
public final class BoilerplatePhraseFilter implements BlockFilter {
    /** The reason recorded for blocks this filter removes. */
    public static final String REASON = "phrase";
    private static final int MAX_WORDS = 40;

    /**
     * One furniture phrase.
     *
     * @param trigger the word or words the phrase turns on, for tests that probe each one
     * @param block   the pattern a whole block must match
     */
    public record Phrase(String trigger, Pattern block) {
    }

    private static final List<Phrase> PHRASES = List.of(
            phrase("subscribe", "(subscribe|subscribe now|subscribe today|subscribe here|subscribe for free)"
                    + "|(subscribe|sign up)( now)? (to|for) (our|the)( \\w+){0,3} (newsletters?|updates|alerts|channel)"),
            phrase("sign up", "sign up( now| today| for free)?"),
            phrase("sign in", "(sign in|sign out|sign in or register|sign in / register)"),
            phrase("log in", "(log in|login|log out|logout|log in or register)"),
            phrase("register", "(register|register now)"),
            phrase("back to top", "(back to top|to top|top of page|go to top)"),
            phrase("skip to", "skip to( the)?( main)? (content|navigation|search)"),
            phrase("read more", "(read more|continue reading|read the full (story|article)|see more)"),
            phrase("share", "share( this)?( article| story| page| post)?( on (facebook|twitter|x|linkedin|whatsapp|telegram|email|vk))?"),
            phrase("follow us", "follow us( on \\w+)?"),
            phrase("advertisement", "(advertisement|advertising|sponsored|sponsored content)"),
            phrase("related", "(related|related (stories|articles|news|posts|content))"),
            phrase("all rights reserved", ".{0,120}\\ball rights reserved\\.?"),
            phrase("copyright", "(copyright|©|\\(c\\))\\s*(©\\s*)?(\\d{4}(\\s*[-–]\\s*\\d{4})?)\\b.{0,120}"),
            phrase("©", "(©|\\(c\\))\\s*((\\d{4}|(?-i:\\p{Lu})).{0,120}|(\\S+\\s*){0,6})"),
            phrase("cookie", "(we use cookies|this (site|website) uses cookies|by (using|continuing to use) (this|our) (site|website),? you (agree|accept|consent)).{0,400}"
                    + "|(accept|allow|reject|decline|manage)( all)? cookies|cookie (settings|preferences|policy)"),
            phrase("подписаться", "(подпишитесь|подписаться)( на .{0,60})?|подписка|оформить подписку"),
            phrase("наверх", "(наверх|в начало( страницы)?)"),
            phrase("читайте также", "(читайте|смотрите) (также|ещё|еще)(:.{0,200})?"),
            phrase("поделиться", "поделиться( в \\w+)?"),
            phrase("реклама", "(реклама|на правах рекламы)"),
            phrase("все права защищены", ".{0,120}\\bвсе права защищены\\.?"),
            phrase("войти", "(войти|вход|выйти|войти или зарегистрироваться)"),
            phrase("регистрация", "(регистрация|зарегистрироваться)"),
            phrase("мы используем", "((мы используем|(этот )?сайт использует) (файлы )?cookies?).{0,400}"),
            phrase("подробнее", "(подробнее|читать (далее|дальше|полностью))"));

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** Every phrase in one alternation: one match per block instead of one per phrase. */
    private static final Pattern ANY = Pattern.compile(PHRASES.stream().map(p -> "(?:" + p.block().pattern() + ")")
            .collect(java.util.stream.Collectors.joining("|")), FLAGS);

    private static Phrase phrase(String trigger, String regex) {
        return new Phrase(trigger, Pattern.compile("\\W*(" + regex + ")\\W*", FLAGS));
    }

    /** @return the phrases, each with the trigger it turns on */
    public static List<Phrase> phrases() {
        return PHRASES;
    }

    @Override
    public List<RawBlock> filter(List<RawBlock> blocks) {
        return blocks.stream().filter(b -> !isBoilerplate(b.text())).toList();
    }

    @Override
    public String reason() {
        return REASON;
    }

    /**
     * @param text a block's text
     * @return true when the whole block is a furniture phrase
     */
    public static boolean isBoilerplate(String text) {
        if (org.sverka.core.DroppedBlock.countWords(text) > MAX_WORDS) {
            return false;
        }
        return ANY.matcher(text).matches();
    }
}
