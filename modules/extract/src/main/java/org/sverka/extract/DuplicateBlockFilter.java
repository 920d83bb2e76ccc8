package org.sverka.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops a block of a later part whose text an earlier part already gave: the text and HTML
 * alternatives of one e-mail carry the same story, and both are extracted so that what only one
 * of them has is not lost. Repeats within one part are kept: they are the author's. Removed blocks
 * are recorded as {@value #REASON}.
 */
public final class DuplicateBlockFilter implements BlockFilter {
    /** The reason recorded for blocks this filter removes. */
    public static final String REASON = "duplicate";
    private static final java.util.regex.Pattern SEPARATORS =
            java.util.regex.Pattern.compile("[\\s\\p{P}\\p{S}]+", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    @Override
    public String reason() {
        return REASON;
    }

    @Override
    public List<RawBlock> filter(List<RawBlock> blocks) {
        Set<String> earlierParts = new HashSet<>();
        Set<String> thisPart = new HashSet<>();
        int part = -1;
        java.util.ArrayList<RawBlock> kept = new java.util.ArrayList<>();
        for (RawBlock b : blocks) {
            if (b.part() != part) {
                earlierParts.addAll(thisPart);
                thisPart.clear();
                part = b.part();
            }
            String key = normalize(b.text());
            if (!earlierParts.contains(key)) {
                kept.add(b);
            }
            thisPart.add(key);
        }
        return kept;
    }

    private static String normalize(String s) {
        return SEPARATORS.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
