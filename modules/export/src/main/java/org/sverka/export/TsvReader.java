package org.sverka.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sverka.core.BeadKind;
import org.sverka.core.Flag;
import org.sverka.core.InputException;

/**
 * Reads a TSV file written by {@link TsvWriter} back, through Apache Commons CSV with the writer's
 * {@link TsvWriter#FORMAT}: quoted cells are unquoted, the quote in front of a would-be formula is
 * stripped ({@link FormulaNeutraliser#restore(String)}), the kind and the flags are parsed. Columns
 * are found by their names in the header, so columns added later are skipped; a file without the
 * {@code kind} column (written before sverka had bead kinds) gives each row the kind its shape
 * implies ({@link BeadKind#byShape(int, int)}), and one without {@code flags} no flags.
 * <pre>{@code
 * List<TsvRow> rows = TsvReader.read(Files.newInputStream(path), path.toString());
 * }</pre>
 */
public final class TsvReader {
    private TsvReader() {
    }

    /**
     * @param in     the file; not closed
     * @param source its name, for messages
     * @return the rows, in file order
     * @throws InputException naming the line and column of the first cell that cannot be read, or a
     *                        missing column ({@code en}, {@code ru}, {@code score})
     */
    public static List<TsvRow> read(InputStream in, String source) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            CSVParser parser = CSVParser.builder().setReader(reader)
                    .setFormat(TsvWriter.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get();
            Map<String, Integer> header = parser.getHeaderMap();
            for (String required : List.of("en", "ru", "score")) {
                if (!header.containsKey(required)) {
                    throw new InputException(source, "line 1: the column " + required + " is missing (the header is "
                            + String.join(", ", parser.getHeaderNames()) + ")");
                }
            }
            boolean origins = header.keySet().containsAll(TsvWriter.ORIGIN_COLUMNS);
            List<TsvRow> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                String where = "line " + r.getParser().getCurrentLineNumber() + ": ";
                if (r.size() != header.size()) {
                    throw new InputException(source, where + r.size() + " cells, the header has " + header.size());
                }
                String english = cell(r, "en");
                String russian = cell(r, "ru");
                double score;
                try {
                    score = Double.parseDouble(r.get("score"));
                } catch (NumberFormatException e) {
                    throw new InputException(source, where + "the score '" + r.get("score") + "' is not a number");
                }
                BeadKind kind = BeadKind.byShape(english.isEmpty() ? 0 : 1, russian.isEmpty() ? 0 : 1);
                if (header.containsKey("kind") && !r.get("kind").isBlank()) {
                    try {
                        kind = BeadKind.parse(r.get("kind"));
                    } catch (IllegalArgumentException e) {
                        throw new InputException(source, where + e.getMessage());
                    }
                }
                List<Flag> flags = List.of();
                if (header.containsKey("flags")) {
                    try {
                        flags = Flag.parseList(cell(r, "flags"));
                    } catch (IllegalArgumentException e) {
                        throw new InputException(source, where + "the flags cannot be read: " + e.getMessage());
                    }
                }
                Optional<RowOrigin> origin = origins && !cell(r, "pair_id").isEmpty()
                        ? Optional.of(new RowOrigin(cell(r, "pair_id"), cell(r, "en_source"), cell(r, "ru_source")))
                        : Optional.empty();
                rows.add(new TsvRow(english, russian, score, kind, flags, origin));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new InputException(source, "not a TSV file sverka can read: " + m, e);
        }
    }

    private static String cell(CSVRecord r, String column) {
        return FormulaNeutraliser.restore(r.get(column));
    }
}
