package org.sverka.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sverka.core.Bead;
import org.sverka.core.LinksFormat;
import org.sverka.core.ParallelTable;

/**
 * The links format of {@link LinksFormat}: sentence numbers and scores, the input of
 * {@code sverka eval}. No text of the documents is written, only digits, commas, a decimal point
 * and tabs, so no cell can start like a formula in a spreadsheet and no control character from a
 * document can reach the file: nothing needs quoting or removing.
 */
public final class LinksWriter implements TableWriter {
    /** @return false: the format has no place for what the documents tell */
    @Override
    public boolean usesContext() {
        return false;
    }

    @Override
    public void write(ParallelTable table, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (ParallelTable.Row r : table.rows()) {
            Bead b = Bead.of(minusOne(r.en()), minusOne(r.ru()), r.score());
            w.write(LinksFormat.format(b, true));
            w.write('\n');
        }
        w.flush();
    }

    private static List<Integer> minusOne(List<Integer> numbers) {
        return numbers.stream().map(i -> i - 1).toList();
    }
}
