package org.sverka.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sverka.core.InputException;
import org.sverka.core.SegmentedDocument;
import org.sverka.pipeline.Printable;
import org.sverka.pipeline.Sverka;
import org.sverka.pipeline.find.DeclaredLanguage;
import org.sverka.pipeline.find.TermSetPairing;

/**
 * Reads the documents of one partition on an executor and turns each into its term set in the
 * Russian vocabulary ({@link TermSetPairing}): the document is copied to a local folder, read by the
 * executor's pipeline as {@code align} reads it (extraction, language, segmentation) in its folder's
 * declared language as the single-machine pairing reads it ({@link DeclaredLanguage}: a one-line heading
 * the detector calls French or German is read in the folder's language when its script agrees), and analysed; English words are translated through the lexicon. A
 * document that cannot be read, or is in another language, becomes a row with its reason.
 */
public final class DocumentTerms implements FlatMapFunction<Iterator<DocumentRef>, Row> {
    /** A document's row: its path as the output names it, its language, its terms, and the reason it failed or null. */
    public static final StructType SCHEMA = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("language", DataTypes.StringType, false)
            .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("failure", DataTypes.StringType, true);
    private static final long serialVersionUID = 1L;
    private final String lexicon;
    private final HadoopSettings hadoop;

    /**
     * @param lexicon a lexicon file every executor can read (or shipped with {@code --files}), or null
     * @param hadoop  the driver's Hadoop settings
     */
    public DocumentTerms(String lexicon, HadoopSettings hadoop) {
        this.lexicon = lexicon;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<Row> call(Iterator<DocumentRef> documents) throws IOException {
        Configuration conf = hadoop.configuration();
        Sverka sverka = ExecutorAligners.reader(lexicon);
        TermSetPairing pairing = new TermSetPairing(sverka.indexTerms());
        DeclaredLanguage declared = new DeclaredLanguage(sverka.pipeline());
        Path tmp = Files.createTempDirectory("sverka-terms");
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> LocalFiles.deleteTree(tmp));
        }
        List<Row> rows = new ArrayList<>();
        try {
            int n = 0;
            while (documents.hasNext()) {
                DocumentRef d = documents.next();
                rows.add(row(d, declared, pairing, conf, tmp.resolve(String.valueOf(n++))));
            }
        } finally {
            LocalFiles.deleteTree(tmp);
        }
        return rows.iterator();
    }

    private static Row row(DocumentRef d, DeclaredLanguage declared, TermSetPairing pairing, Configuration conf, Path dir) {
        Path local = null;
        try {
            local = LocalFiles.copy(d.uri(), dir, conf);
            SegmentedDocument doc = declared.read(local, d.language());
            return RowFactory.create(d.path(), d.language(), pairing.terms(doc).toArray(new String[0]), null);
        } catch (InputException e) {
            String m = e.getMessage();
            String prefix = e.source() + ": ";
            m = m.startsWith(prefix) ? m.substring(prefix.length()) : m;
            return failed(d, local == null ? m : m.replace(local.toString(), d.path()));
        } catch (IOException | UncheckedIOException e) {
            return failed(d, "cannot be read: " + e.getMessage());
        } finally {
            LocalFiles.deleteTree(dir);
        }
    }

    private static Row failed(DocumentRef d, String reason) {
        return RowFactory.create(d.path(), d.language(), new String[0], Printable.escape(reason));
    }
}
