package org.sverka.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.LinksFormat;

/** The links format of {@link LinksFormat}: sentence numbers and scores, the input of {@code sverka eval}. */
public final class LinksWriter implements AlignmentWriter {
    @Override
    public void write(Alignment alignment, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (Bead b : alignment.beads()) {
            w.write(LinksFormat.format(b, true));
            w.write('\n');
        }
        w.flush();
    }
}
