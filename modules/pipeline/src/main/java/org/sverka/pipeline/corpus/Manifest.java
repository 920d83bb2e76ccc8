package org.sverka.pipeline.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sverka.core.InputException;

/**
 * The document pairs of a corpus: a TSV manifest ({@code id<TAB>english<TAB>russian}, paths
 * relative to the manifest's folder, lines starting with {@code #} skipped), or a folder in which
 * pairs are matched by name: {@code story.en.html} with {@code story.ru.html} (or any other
 * extension: {@code story.ru.docx}), or {@code en/story.txt} with {@code ru/story.txt}.
 * <pre>{@code
 * List<PairSource> pairs = Manifest.read(Path.of("pairs.tsv"));
 * }</pre>
 */
public final class Manifest {
    private static final Pattern INFIX = Pattern.compile("(.+)\\.(en|ru)(\\.[^.]+)?");

    private Manifest() {
    }

    /**
     * @param source a manifest file or a folder
     * @return the pairs, in manifest order (folders: by name)
     * @throws InputException when the manifest is malformed, an id repeats, or a folder has no pairs
     */
    public static List<PairSource> read(Path source) {
        if (Files.isDirectory(source)) {
            return fromFolder(source);
        }
        if (!Files.isRegularFile(source)) {
            throw new InputException(source.toString(), "no such manifest file or folder");
        }
        try {
            List<PairSource> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            Path base = source.toAbsolutePath().getParent();
            List<String> lines = Files.readAllLines(source);
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 3 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
                    throw new InputException(source.toString(), "line " + (n + 1) + ": expected id, English path, Russian path (tab-separated)");
                }
                if (!ids.add(f[0].strip())) {
                    throw new InputException(source.toString(), "line " + (n + 1) + ": the id " + f[0].strip() + " is used twice");
                }
                out.add(new PairSource(f[0].strip(), resolve(base, f[1].strip()), resolve(base, f[2].strip())));
            }
            if (out.isEmpty()) {
                throw new InputException(source.toString(), "the manifest lists no pairs");
            }
            return out;
        } catch (IOException e) {
            throw new InputException(source.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String resolve(Path base, String path) {
        if (path.contains("://")) {
            return path;
        }
        Path p = Path.of(path);
        return (p.isAbsolute() ? p : base.resolve(p)).normalize().toString();
    }

    private static List<PairSource> fromFolder(Path dir) {
        Map<String, String[]> pairs = new TreeMap<>();
        try {
            Path en = dir.resolve("en");
            Path ru = dir.resolve("ru");
            if (Files.isDirectory(en) && Files.isDirectory(ru)) {
                try (Stream<Path> s = Files.list(en)) {
                    s.filter(Files::isRegularFile).forEach(p -> {
                        Path other = ru.resolve(p.getFileName().toString());
                        if (Files.isRegularFile(other)) {
                            pairs.put(stem(p.getFileName().toString()), new String[] {p.toString(), other.toString()});
                        }
                    });
                }
            }
            Map<String, String> english = new TreeMap<>();
            Map<String, String> russian = new TreeMap<>();
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(Files::isRegularFile).sorted().forEach(p -> {
                    Matcher m = INFIX.matcher(p.getFileName().toString());
                    if (m.matches()) {
                        (m.group(2).equals("en") ? english : russian).putIfAbsent(m.group(1), p.toString());
                    }
                });
            }
            english.forEach((stem, enFile) -> {
                String ruFile = russian.get(stem);
                if (ruFile != null) {
                    pairs.putIfAbsent(stem, new String[] {enFile, ruFile});
                }
            });
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot be listed: " + e.getMessage(), e);
        }
        if (pairs.isEmpty()) {
            throw new InputException(dir.toString(), "no pairs found: name them x.en.EXT and x.ru.EXT, or put them in en/ and ru/");
        }
        List<PairSource> out = new ArrayList<>();
        pairs.forEach((id, p) -> out.add(new PairSource(id, p[0], p[1])));
        return out;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
