package org.sverka.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.sverka.core.ParallelTable;

/**
 * One side of a Moses-style line-aligned corpus ({@code corpus.en}, {@code corpus.ru}): the text
 * of every row with both sides, one a line, line breaks inside a text folded into spaces. Line i
 * of the English file translates line i of the Russian one.
 *
 * <p>Control characters other than tab (ESC, NUL, C1 codes) are removed, as
 * {@link ControlCharacters#remove(String)} does: a training corpus has no use for them.
 *
 * <p>A text that starts with {@code =}, {@code +}, {@code -} or {@code @} is written as it is,
 * <em>not</em> quoted as {@link TsvWriter} quotes it. A Moses file is training data for machine
 * translation, read line by line by MT tools that know no spreadsheet rule: a quote added in front
 * would become part of the sentence the model learns ({@code '- Yes, he said.}), and only on the
 * lines that happen to start with those characters. To look at a corpus in a spreadsheet, write
 * TSV, which is guarded.
 */
public final class MosesWriter implements TableWriter {
    private final boolean english;

    /** @param english true for the English file, false for the Russian one */
    public MosesWriter(boolean english) {
        this.english = english;
    }

    /** @return false: the format has no place for what the documents tell */
    @Override
    public boolean usesContext() {
        return false;
    }

    @Override
    public void write(ParallelTable table, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (ParallelTable.Row r : table.matches()) {
            w.write(line(english ? r.english() : r.russian()));
            w.write('\n');
        }
        w.flush();
    }

    /**
     * @param text a row's text on one side
     * @return the line written for it: control characters removed, line breaks folded into spaces
     */
    static String line(String text) {
        return ControlCharacters.remove(text).replaceAll("[\\r\\n\\u2028\\u2029]+", " ");
    }
}
