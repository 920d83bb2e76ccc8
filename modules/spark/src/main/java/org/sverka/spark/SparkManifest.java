package org.sverka.spark;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sverka.core.InputException;

/**
 * Reads a manifest for the Spark job on the driver, before anything runs on the cluster:
 * {@code id<TAB>english<TAB>russian} lines, blank lines and lines starting with {@code #} skipped.
 * The manifest may lie on any Hadoop file system (a local path, {@code hdfs://}, {@code s3a://}).
 * A relative document path is resolved against the manifest's own folder, an absolute one
 * ({@code /corpora/a.txt}) on the manifest's file system, and a URI ({@code hdfs://nn/a.txt}) is
 * taken as it is. Every document must exist as a file: a missing one is refused with one line
 * naming the manifest line, the path as written and where it was looked for.
 * <pre>{@code
 * List<ManifestPair> pairs = SparkManifest.read("/corpora/pairs.tsv", new Configuration());
 * // "story\tdocs/story.en.txt\tdocs/story.ru.docx" -> file:/corpora/docs/story.en.txt, file:/corpora/docs/story.ru.docx
 * }</pre>
 */
public final class SparkManifest {
    private SparkManifest() {
    }

    /**
     * @param manifest the manifest's path or URI
     * @param conf     the Hadoop configuration the job reads with
     * @return the pairs in manifest order, their paths fully qualified
     * @throws InputException when the manifest cannot be read, a line is malformed, an id repeats,
     *                        the manifest lists no pairs, or a document does not exist
     */
    public static List<ManifestPair> read(String manifest, Configuration conf) {
        if (manifest == null || manifest.isBlank()) {
            throw new IllegalArgumentException("no manifest given");
        }
        Path file;
        FileSystem fs;
        List<ManifestPair> pairs = new ArrayList<>();
        try {
            Path given = new Path(manifest);
            fs = given.getFileSystem(conf);
            file = fs.makeQualified(given);
            if (!fs.getFileStatus(file).isFile()) {
                throw new InputException(manifest, "is a folder, not a manifest file (id TAB english TAB russian)");
            }
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(file), decoder))) {
                Set<String> ids = new HashSet<>();
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    if (f.length != 3 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
                        throw new InputException(manifest, "line " + n + ": expected id, English path, Russian path (tab-separated)");
                    }
                    String id = f[0].strip();
                    if (!ids.add(id)) {
                        throw new InputException(manifest, "line " + n + ": the id " + id + " is used twice");
                    }
                    pairs.add(new ManifestPair(n, id, resolve(manifest, n, file, f[1].strip()), resolve(manifest, n, file, f[2].strip())));
                }
            }
        } catch (FileNotFoundException e) {
            throw new InputException(manifest, "no such manifest file");
        } catch (CharacterCodingException e) {
            throw new InputException(manifest, "is not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(manifest, "cannot be read: " + e.getMessage(), e);
        }
        if (pairs.isEmpty()) {
            throw new InputException(manifest, "the manifest lists no pairs");
        }
        checkExist(manifest, pairs, conf);
        return pairs;
    }

    private static String resolve(String manifest, int line, Path file, String path) {
        try {
            return new Path(file.getParent(), new Path(path)).toString();
        } catch (IllegalArgumentException e) {
            throw new InputException(manifest, "line " + line + ": not a valid path: " + path);
        }
    }

    /** Lists each folder once (one call per folder, not per document, which matters on HDFS and S3). */
    private static void checkExist(String manifest, List<ManifestPair> pairs, Configuration conf) {
        Map<Path, Set<String>> listed = new HashMap<>();
        Map<String, String[]> missing = new LinkedHashMap<>();
        for (ManifestPair p : pairs) {
            for (String doc : List.of(p.english(), p.russian())) {
                Path path = new Path(doc);
                Set<String> files = listed.computeIfAbsent(path.getParent(), dir -> files(manifest, dir, conf));
                if (!files.contains(path.getName())) {
                    missing.putIfAbsent(doc, new String[] {String.valueOf(p.line()), doc});
                }
            }
        }
        if (!missing.isEmpty()) {
            String[] first = missing.values().iterator().next();
            int more = missing.size() - 1;
            throw new InputException(manifest, "line " + first[0] + ": " + first[1] + " does not exist as a file"
                    + (more == 0 ? "" : " (and " + more + " more missing document" + (more == 1 ? "" : "s") + ")")
                    + "; paths are resolved against the manifest's folder and must be readable by every executor");
        }
    }

    private static Set<String> files(String manifest, Path dir, Configuration conf) {
        Set<String> names = new HashSet<>();
        try {
            for (FileStatus s : dir.getFileSystem(conf).listStatus(dir)) {
                if (s.isFile()) {
                    names.add(s.getPath().getName());
                }
            }
        } catch (FileNotFoundException e) {
            // the folder itself is missing: every document in it is
        } catch (IOException e) {
            throw new InputException(manifest, "cannot list " + dir + ": " + e.getMessage(), e);
        }
        return names;
    }
}
