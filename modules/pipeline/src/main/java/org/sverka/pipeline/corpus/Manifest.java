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
import org.sverka.pipeline.Printable;

/**
 * The document pairs of a corpus: a TSV manifest ({@code id<TAB>english<TAB>russian}, paths
 * relative to the manifest's folder, lines starting with {@code #} skipped), or a folder in which
 * pairs are matched by name: {@code story.en.html} with {@code story.ru.html} (or any other
 * extension: {@code story.ru.docx}), or {@code en/story.txt} with {@code ru/story.txt}.
 *
 * <p>Every document must lie inside the manifest's folder (or the pairs folder) once links are
 * followed: a manifest cannot make sverka read {@code /etc/shadow} or {@code ../../secret}, nor can
 * a link in a pairs folder. {@link #read(Path, boolean)} with {@code allowOutside} lifts the rule
 * (the command line's {@code --allow-outside}). Paths that exist are given as real paths.
 * <pre>{@code
 * List<PairSource> pairs = Manifest.read(Path.of("pairs.tsv"));
 * List<PairSource> anywhere = Manifest.read(Path.of("pairs.tsv"), true);
 * }</pre>
 */
public final class Manifest {
    private static final Pattern INFIX = Pattern.compile("(.+)\\.(en|ru)(\\.[^.]+)?");

    private Manifest() {
    }

    /**
     * Reads the pairs; every document must lie inside the manifest's folder.
     *
     * @param source a manifest file or a folder
     * @return the pairs, in manifest order (folders: by name)
     * @throws InputException when the manifest is malformed, an id repeats, a document lies outside
     *                        the folder, or a folder has no pairs
     */
    public static List<PairSource> read(Path source) {
        return read(source, false);
    }

    /**
     * @param source       a manifest file or a folder
     * @param allowOutside true to accept documents anywhere (absolute paths, {@code ..}, links out, URLs)
     * @return the pairs, in manifest order (folders: by name)
     * @throws InputException when the manifest is malformed, an id repeats, a document lies outside
     *                        the folder (unless allowed; the message names the manifest line), or a
     *                        folder has no pairs
     */
    public static List<PairSource> read(Path source, boolean allowOutside) {
        if (Files.isDirectory(source)) {
            return fromFolder(source, allowOutside);
        }
        if (!Files.isRegularFile(source)) {
            throw new InputException(source.toString(), "no such manifest file or folder");
        }
        try {
            List<PairSource> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            Path base = source.toAbsolutePath().getParent();
            Path realBase = base.toRealPath();
            List<String> lines = Files.readAllLines(source);
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String where = "line " + (n + 1) + ": ";
                if (f.length != 3 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
                    throw new InputException(source.toString(), where + "expected id, English path, Russian path (tab-separated)");
                }
                if (!ids.add(f[0].strip())) {
                    throw new InputException(source.toString(), where + "the id " + Printable.escape(f[0].strip()) + " is used twice");
                }
                out.add(new PairSource(f[0].strip(), resolve(source, where, base, realBase, f[1].strip(), allowOutside),
                        resolve(source, where, base, realBase, f[2].strip(), allowOutside)));
            }
            if (out.isEmpty()) {
                throw new InputException(source.toString(), "the manifest lists no pairs");
            }
            return out;
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(source.toString(), "is not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputException(source.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String resolve(Path manifest, String where, Path base, Path realBase, String path, boolean allowOutside) {
        if (path.contains("://")) {
            if (allowOutside) {
                return path;
            }
            throw new InputException(manifest.toString(), where + Printable.escape(path)
                    + " is a URL, not a file inside the manifest's folder; allow it with --allow-outside");
        }
        Path p;
        try {
            p = Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputException(manifest.toString(), where + "not a valid path: " + Printable.escape(path));
        }
        Path resolved = (p.isAbsolute() ? p : base.resolve(p)).normalize();
        Path real = real(resolved);
        if (!allowOutside && !real.startsWith(realBase)) {
            throw new InputException(manifest.toString(), where + Printable.escape(path) + " lies outside the manifest's folder "
                    + realBase + (real.equals(resolved) ? "" : " (it leads to " + Printable.escape(real.toString()) + ")")
                    + "; move the documents inside it, or allow it with --allow-outside");
        }
        return Files.exists(resolved) ? real.toString() : resolved.toString();
    }

    /** The path with links followed: its real path, or for a missing file its nearest existing ancestor's real path with the rest. */
    static Path real(Path p) {
        Path existing = p;
        while (existing != null) {
            try {
                return existing.toRealPath().resolve(existing.relativize(p));
            } catch (IOException e) {
                existing = existing.getParent();
            }
        }
        return p;
    }

    private static boolean inside(Path file, Path realDir, boolean allowOutside) {
        return allowOutside || real(file.toAbsolutePath().normalize()).startsWith(realDir);
    }

    private static List<PairSource> fromFolder(Path dir, boolean allowOutside) {
        Map<String, String[]> pairs = new TreeMap<>();
        List<Path> outside = new ArrayList<>();
        try {
            Path realDir = dir.toRealPath();
            java.util.function.Predicate<Path> inDir = p -> {
                if (inside(p, realDir, allowOutside)) {
                    return true;
                }
                outside.add(p);
                return false;
            };
            Path en = dir.resolve("en");
            Path ru = dir.resolve("ru");
            if (Files.isDirectory(en) && Files.isDirectory(ru)) {
                try (Stream<Path> s = Files.list(en)) {
                    s.filter(Files::isRegularFile).sorted().forEach(p -> {
                        Path other = ru.resolve(p.getFileName().toString());
                        if (Files.isRegularFile(other) && inDir.test(p) && inDir.test(other)) {
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
                    if (m.matches() && inDir.test(p)) {
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
        if (!outside.isEmpty()) {
            throw new InputException(dir.toString(), Printable.escape(outside.get(0).getFileName().toString())
                    + " is a link to " + Printable.escape(real(outside.get(0).toAbsolutePath()).toString())
                    + ", outside the folder; allow it with --allow-outside");
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
