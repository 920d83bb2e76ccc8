package org.sverka.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops blocks that are a known web-page phrase in English or Russian: subscription prompts,
 * "back to top", cookie and consent notices, share prompts, copyright lines, "read more".
 * Only short blocks are judged, so an article sentence that mentions cookies stays.
 */
public final class BoilerplatePhraseFilter implements BlockFilter {
    private static final int MAX_WORDS = 25;
    private static final Pattern PHRASE = Pattern.compile(
            "(?iu)^\\W*(subscribe|sign up|sign in|log in|back to top|top of page|skip to|read more|share( this| on|$)"
            + "|follow us|advertisement|related( stories| articles|$)|all rights reserved|©|\\(c\\) \\d{4}|copyright"
            + "|подпис|наверх|читайте (также|еще|ещё)|поделиться|реклама|все права защищены|войти|регистрация"
            + "|мы используем|we use cookies|this (site|website) uses cookies|cookie|файлы cookie).*");

    @Override
    public List<RawBlock> filter(List<RawBlock> blocks) {
        return blocks.stream().filter(b -> !isBoilerplate(b.text())).toList();
    }

    static boolean isBoilerplate(String text) {
        return text.split("\\s+").length <= MAX_WORDS && PHRASE.matcher(text).matches();
    }
}
