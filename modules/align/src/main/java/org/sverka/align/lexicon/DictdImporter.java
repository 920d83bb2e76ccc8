package org.sverka.align.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.sverka.align.text.TextAnalyzer;
import org.sverka.core.InputException;

/**
 * Reads a dictionary in dictd format ({@code NAME.index} and {@code NAME.dict.dz} or
 * {@code NAME.dict}) and turns it into stem pairs for a {@link Lexicon}.
 * <pre>{@code
 * List<DictdImporter.Pair> pairs = DictdImporter.read(Path.of("mueller7/mueller7"),
 *         TextAnalyzer.english(), TextAnalyzer.russian());
 * }</pre>
 *
 * <p>The index holds a headword, an offset and a length (numbers in dictd's base64) a line. From
 * each entry with a one-word headword the importer takes the target-language words of every
 * translation: it drops transcriptions in brackets, labels such as {@code _n.} or {@code _мед.},
 * and parenthesised remarks, cuts the rest at semicolons, commas and sense numbers, and keeps the
 * pieces written in the target script only (pieces with source-script letters are usage examples).
 * A one-word translation gets weight 1, each content word of a longer one 0.5.
 */
public final class DictdImporter {
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final Pattern TRANSCRIPTION = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern LABEL = Pattern.compile("_[\\p{L}.]+\\.?");
    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)");
    private static final Pattern PIECES = Pattern.compile("[;,\\n]|\\b\\d+[.)]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern CYRILLIC_WORD = Pattern.compile("[\\p{IsCyrillic}][\\p{IsCyrillic}-]*");
    private static final Pattern HEADWORD = Pattern.compile("[a-z][a-z'-]*");

    private DictdImporter() {
    }

    /**
     * A source stem, a target stem and a weight.
     *
     * @param source source-language stem
     * @param target target-language stem
     * @param weight 1 for a one-word translation, 0.5 for a word of a longer one
     */
    public record Pair(String source, String target, float weight) {
    }

    /**
     * @param base   the dictionary path without extension ({@code .../mueller7})
     * @param source analyzer of the headwords' language
     * @param target analyzer of the translations' language
     * @return the stem pairs, each once with its largest weight
     * @throws InputException when the files are missing or malformed
     */
    public static List<Pair> read(Path base, TextAnalyzer source, TextAnalyzer target) {
        Path index = Path.of(base + ".index");
        Path dz = Path.of(base + ".dict.dz");
        Path plain = Path.of(base + ".dict");
        byte[] dict;
        try {
            if (Files.isRegularFile(dz)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(dz))) {
                    dict = in.readAllBytes();
                }
            } else if (Files.isRegularFile(plain)) {
                dict = Files.readAllBytes(plain);
            } else {
                throw new InputException(base.toString(), "no .dict.dz or .dict file beside the index");
            }
            java.util.Map<String, Float> pairs = new java.util.LinkedHashMap<>();
            List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                String[] f = lines.get(n).split("\t");
                if (f.length < 3) {
                    throw new InputException(index.toString(), "line " + (n + 1) + ": expected headword, offset, length");
                }
                String head = f[0].strip().toLowerCase(Locale.ROOT);
                if (!HEADWORD.matcher(head).matches() || head.startsWith("00-database")) {
                    continue;
                }
                long offset = decode(f[1]);
                long length = decode(f[2]);
                if (offset < 0 || length < 0 || offset + length > dict.length) {
                    throw new InputException(index.toString(), "line " + (n + 1) + ": entry outside the dictionary file");
                }
                String body = new String(dict, (int) offset, (int) length, StandardCharsets.UTF_8);
                String headStem = source.stem(head);
                for (Pair p : translations(headStem, body, target)) {
                    pairs.merge(p.source() + "\t" + p.target(), p.weight(), Math::max);
                }
            }
            List<Pair> out = new ArrayList<>(pairs.size());
            pairs.forEach((k, w) -> {
                int tab = k.indexOf('\t');
                out.add(new Pair(k.substring(0, tab), k.substring(tab + 1), w));
            });
            return out;
        } catch (IOException e) {
            throw new InputException(base.toString(), "cannot read the dictionary: " + e.getMessage(), e);
        }
    }

    static List<Pair> translations(String headStem, String body, TextAnalyzer target) {
        int firstLine = body.indexOf('\n');
        String text = firstLine < 0 ? "" : body.substring(firstLine + 1);
        text = TRANSCRIPTION.matcher(text).replaceAll(" ");
        text = LABEL.matcher(text).replaceAll(" ");
        text = PARENS.matcher(text).replaceAll(" ");
        List<Pair> out = new ArrayList<>();
        for (String piece : PIECES.split(text)) {
            if (piece.isBlank() || LATIN.matcher(piece).find() || piece.contains("=")) {
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            Matcher m = CYRILLIC_WORD.matcher(piece);
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (!target.isStopWord(w) && w.length() > 1) {
                    words.add(target.stem(w));
                }
            }
            float weight = words.size() == 1 ? 1f : 0.5f;
            if (words.size() <= 4) {
                words.forEach(w -> out.add(new Pair(headStem, w, weight)));
            }
        }
        return out;
    }

    static long decode(String b64) {
        long v = 0;
        for (int i = 0; i < b64.length(); i++) {
            int d = B64.indexOf(b64.charAt(i));
            if (d < 0) {
                throw new NumberFormatException("not a dictd number: " + b64);
            }
            v = v * 64 + d;
        }
        return v;
    }
}
