package org.sverka.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The links format: one bead a line, {@code EN_LINES<TAB>RU_LINES<TAB>SCORE}, with 1-based
 * sentence numbers, comma-separated when a bead has several, and a side left empty for 1-0 and
 * 0-1 beads. Gold alignments use the same format without the score.
 * <pre>{@code
 * 1,2	1	0.912
 * 3		0.000
 * 	2	0.000
 * }</pre>
 */
public final class LinksFormat {
    private LinksFormat() {
    }

    /**
     * @param bead a bead
     * @param withScore whether to write the third column
     * @return its line, without a line end
     */
    public static String format(Bead bead, boolean withScore) {
        String line = numbers(bead.en()) + "\t" + numbers(bead.ru());
        return withScore ? line + "\t" + String.format(Locale.ROOT, "%.3f", bead.score()) : line;
    }

    private static String numbers(List<Integer> ids) {
        StringBuilder sb = new StringBuilder();
        for (int i : ids) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(i + 1);
        }
        return sb.toString();
    }

    /**
     * Reads beads from lines; blank lines and lines starting with {@code #} are skipped.
     *
     * @param source name of the input, for error messages
     * @param lines  the lines
     * @return the beads, with score 0 where the line has none
     * @throws InputException naming the line of a malformed entry
     */
    public static List<Bead> parse(String source, List<String> lines) {
        List<Bead> beads = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                if (f.length < 2 || f.length > 3) {
                    throw new IllegalArgumentException("expected 2 or 3 tab-separated fields, found " + f.length);
                }
                double score = f.length == 3 && !f[2].isBlank() ? Double.parseDouble(f[2].strip()) : 0.0;
                beads.add(new Bead(ids(f[0]), ids(f[1]), score, List.of()));
            } catch (IllegalArgumentException e) {
                throw new InputException(source, "line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        return beads;
    }

    private static List<Integer> ids(String field) {
        if (field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split(",")).map(s -> {
            int v = Integer.parseInt(s.strip());
            if (v < 1) {
                throw new IllegalArgumentException("sentence numbers start at 1: " + v);
            }
            return v - 1;
        }).toList();
    }
}
