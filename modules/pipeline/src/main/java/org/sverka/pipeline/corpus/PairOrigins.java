package org.sverka.pipeline.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sverka.export.RowOrigin;

/**
 * The origin of each pair of a corpus as its outputs name it: the pair id and the two documents, each
 * relative to the folder of the manifest (or the folder of pairs), with {@code /} between names, as
 * the manifest gives it; a document outside that folder (allowed with {@code --allow-outside}), a URL,
 * or any document when no manifest is known keeps the path the pair holds.
 * <pre>{@code
 * Map<String, RowOrigin> o = PairOrigins.of(Path.of("pairs.tsv"), Manifest.read(Path.of("pairs.tsv")));
 * o.get("story").englishSource();   // "en/story.html"
 * }</pre>
 */
final class PairOrigins {
    private PairOrigins() {
    }

    /**
     * @param manifest the manifest file or folder of pairs, or null when unknown
     * @param pairs    the pairs
     * @return each pair's origin by pair id
     */
    static Map<String, RowOrigin> of(Path manifest, List<PairSource> pairs) {
        Path base = base(manifest);
        Map<String, RowOrigin> out = new HashMap<>();
        for (PairSource p : pairs) {
            out.put(p.id(), new RowOrigin(p.id(), name(base, p.english()), name(base, p.russian())));
        }
        return out;
    }

    private static Path base(Path manifest) {
        if (manifest == null) {
            return null;
        }
        Path abs = manifest.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
        return dir == null ? null : Manifest.real(dir);
    }

    private static String name(Path base, String path) {
        if (base == null || path.contains("://")) {
            return path;
        }
        Path p;
        try {
            p = Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            return path;
        }
        if (!p.isAbsolute() || !p.startsWith(base) || p.equals(base)) {
            return path;
        }
        Path rel = base.relativize(p);
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
