package org.sverka.align.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.align.text.TextAnalyzer;
import org.sverka.core.InputException;

class DictdImporterTest {
    static final TextAnalyzer EN = TextAnalyzer.english();
    static final TextAnalyzer RU = TextAnalyzer.russian();

    /** Writes a two-entry dictionary in dictd format, offsets in dictd's base64. */
    static Path dictionary(Path dir) throws IOException {
        String house = "house\n   [haʊs] _n.\n   1) дом; здание\n   2) _парл. палата; the House of Commons палата общин\n";
        String talk = "talk\n   1. _n. разговор, беседа (о чём-л.)\n   2. _v. говорить\n";
        byte[] a = house.getBytes(StandardCharsets.UTF_8);
        byte[] b = talk.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("tiny.dict.dz")))) {
            out.write(a);
            out.write(b);
        }
        Files.writeString(dir.resolve("tiny.index"), "house\tA\t" + b64(a.length) + "\ntalk\t" + b64(a.length) + "\t"
                + b64(b.length) + "\n");
        return dir.resolve("tiny");
    }

    static String b64(long v) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder sb = new StringBuilder();
        do {
            sb.insert(0, digits.charAt((int) (v % 64)));
            v /= 64;
        } while (v > 0);
        return sb.toString();
    }

    @Test
    void translationsBecomeStemPairsAndExamplesAreLeftOut(@TempDir Path dir) throws IOException {
        List<DictdImporter.Pair> pairs = DictdImporter.read(dictionary(dir), EN, RU);
        assertTrue(pairs.contains(new DictdImporter.Pair("hous", RU.stem("дом"), 1f)), pairs.toString());
        assertTrue(pairs.contains(new DictdImporter.Pair("hous", RU.stem("палата"), 1f)), pairs.toString());
        assertTrue(pairs.contains(new DictdImporter.Pair("talk", RU.stem("беседа"), 1f)), pairs.toString());
        assertTrue(pairs.stream().noneMatch(p -> p.target().equals(RU.stem("общин"))), "usage examples are skipped");
        assertTrue(pairs.stream().noneMatch(p -> p.target().startsWith("чём")), "remarks in parentheses are skipped");
    }

    @Test
    void dictdNumbersDecode() {
        assertEquals(0, DictdImporter.decode("A"));
        assertEquals(64, DictdImporter.decode("BA"));
        assertEquals(6321270, DictdImporter.decode(b64(6321270)));
    }

    @Test
    void missingDictionaryIsNamed(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> DictdImporter.read(dir.resolve("none"), EN, RU));
        assertTrue(e.getMessage().contains("none"), e.getMessage());
    }
}
