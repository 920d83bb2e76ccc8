package org.sverka.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rebuilds paragraphs from the lines of a PDF, which has no paragraph structure of its own.
 *
 * <p>PDF text comes as lines; a line that ends well short of the usual line length and is
 * followed by a line starting with a capital, a digit or a quote ends a paragraph (this is where
 * a headline meets a dateline). Other line breaks are folded into spaces; a word hyphenated
 * across lines keeps its hyphen and loses the space.
 */
public final class LineReflowFilter {
    private static final double SHORT_LINE = 0.7;

    /**
     * @param blocks the blocks of a PDF, line breaks kept
     * @return the paragraphs rebuilt; no text is removed
     */
    public List<RawBlock> filter(List<RawBlock> blocks) {
        int[] lengths = blocks.stream().flatMap(b -> Arrays.stream(b.text().split("\n")))
                .mapToInt(String::length).sorted().toArray();
        int fullLine = lengths.length == 0 ? 0 : lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
        List<RawBlock> out = new ArrayList<>();
        for (RawBlock b : blocks) {
            String[] lines = b.text().split("\n");
            StringBuilder para = new StringBuilder();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                boolean hyphenated = para.length() > 0 && para.charAt(para.length() - 1) == '-'
                        && Character.isLetter(line.charAt(0));
                if (para.length() > 0 && !hyphenated) {
                    para.append(' ');
                }
                para.append(line);
                boolean last = i == lines.length - 1;
                if (!last && line.length() < SHORT_LINE * fullLine && startsParagraph(lines[i + 1].strip())) {
                    out.add(new RawBlock(b.kind(), para.toString(), b.mainContent(), 0, b.part()));
                    para.setLength(0);
                }
            }
            if (para.length() > 0) {
                out.add(new RawBlock(b.kind(), para.toString(), b.mainContent(), b.linkText(), b.part()));
            }
        }
        return out;
    }

    private static boolean startsParagraph(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "«“\"„(–—•-".indexOf(c) >= 0;
    }
}
