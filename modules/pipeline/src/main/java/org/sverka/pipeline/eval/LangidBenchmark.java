package org.sverka.pipeline.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sverka.core.InputException;
import org.sverka.langid.LanguageAccuracy;
import org.sverka.pipeline.Sverka;

/**
 * Per-sentence language accuracy on {@code DATA/flores200} (English and Russian devtest), with the
 * detector every command uses.
 * <pre>{@code
 * boolean ok = LangidBenchmark.run(Path.of("../shared/data"), 0.995, out);
 * }</pre>
 */
public final class LangidBenchmark {
    private LangidBenchmark() {
    }

    /**
     * @param data the shared data folder (holds flores200/)
     * @param min  the lowest accuracy accepted
     * @param out  where the figures go
     * @return true when every accuracy is at least {@code min}
     * @throws IOException when the data cannot be read
     */
    public static boolean run(Path data, double min, PrintWriter out) throws IOException {
        Path dir = data.resolve("flores200");
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "no such folder");
        }
        boolean ok = true;
        for (String lang : new String[] {"en", "ru"}) {
            LanguageAccuracy.Result r = LanguageAccuracy.measure(Sverka.aligner().build().pipeline().languages(),
                    dir.resolve("flores200.devtest." + lang), lang);
            out.println("language accuracy " + r);
            r.confusions().forEach(c -> out.println("  detected " + c));
            ok &= r.accuracy() >= min;
        }
        out.flush();
        return ok;
    }
}
