package org.sverka.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Documents copied from any Hadoop file system to an executor's local folder, keeping their names
 * (Tika reads the format from them), and the folder removed afterwards.
 * <pre>{@code
 * Path local = LocalFiles.copy("hdfs://nn/crawl/en/a.html", tmp.resolve("en"), conf);   // tmp/en/a.html
 * }</pre>
 */
final class LocalFiles {
    private LocalFiles() {
    }

    /**
     * @param uri  the document's URI
     * @param dir  the local folder to copy it into (created when missing)
     * @param conf the Hadoop configuration to read with
     * @return the local copy
     * @throws IOException when the document cannot be read or the copy written
     */
    static Path copy(String uri, Path dir, Configuration conf) throws IOException {
        Files.createDirectories(dir);
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = p.getFileSystem(conf);
        Path target = dir.resolve(p.getName());
        try (InputStream in = fs.open(p)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /**
     * Deletes a folder and what it holds; a file that cannot be deleted is left behind.
     *
     * @param dir the folder
     */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the task for
        }
    }
}
