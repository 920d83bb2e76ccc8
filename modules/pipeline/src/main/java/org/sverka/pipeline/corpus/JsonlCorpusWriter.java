package org.sverka.pipeline.corpus;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sverka.export.ControlCharacters;
import org.sverka.export.RowOrigin;

/**
 * Writes corpus beads as JSON Lines ({@code corpus.jsonl}), one bead a line: {@code pair_id},
 * {@code bead_index}, {@code en}, {@code ru}, {@code score}, {@code type}, {@code flags},
 * {@code en_source} and {@code ru_source}. Control characters other than tab and line breaks are
 * removed from every text, as the other corpus outputs do; JSON escapes the rest.
 * <pre>{@code
 * {"pair_id":"story","bead_index":3,"en":"Talks ended.","ru":"Переговоры завершились.","score":0.93,
 *  "type":"1-1","flags":[],"en_source":"en/story.html","ru_source":"ru/story.html"}
 * }</pre>
 */
final class JsonlCorpusWriter {
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonlCorpusWriter() {
    }

    /**
     * @param beads   the beads, in corpus order
     * @param origins each pair's origin by pair id; a pair missing here gets empty sources
     * @param out     where to write; not closed
     * @throws IOException when writing fails
     */
    static void write(List<CorpusBead> beads, Map<String, RowOrigin> origins, OutputStream out) throws IOException {
        for (CorpusBead b : beads) {
            RowOrigin o = origins.get(b.pairId());
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("pair_id", clean(b.pairId()));
            line.put("bead_index", b.index());
            line.put("en", clean(b.en()));
            line.put("ru", clean(b.ru()));
            line.put("score", b.score());
            line.put("type", b.type());
            line.put("flags", b.flags().stream().map(JsonlCorpusWriter::clean).toList());
            line.put("en_source", o == null ? "" : clean(o.englishSource()));
            line.put("ru_source", o == null ? "" : clean(o.russianSource()));
            out.write(JSON.writeValueAsBytes(line));
            out.write('\n');
        }
        out.flush();
    }

    private static String clean(String s) {
        return ControlCharacters.remove(s);
    }
}
