package org.sverka.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.sverka.core.InputException;

/**
 * Opening the folder of an index: whether it exists and can be read, whether it holds a sverka
 * index, and whether that index is of the format this code reads. Every refusal is an
 * {@link InputException} naming the folder and saying what to do.
 */
final class IndexFolder {
    private IndexFolder() {
    }

    /**
     * Opens the Lucene directory of an index that must exist.
     *
     * @param folder the index folder
     * @return the directory, its index checked
     * @throws InputException when there is no readable sverka index of this format there
     * @throws IOException    when the folder cannot be read for another reason
     */
    static Directory openExisting(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            throw new InputException(folder.toString(), "no index here: the folder does not exist");
        }
        Directory dir = openDirectory(folder);
        try {
            if (!DirectoryReader.indexExists(dir)) {
                throw new InputException(folder.toString(),
                        "no index here: the folder holds no sverka index; build one with sverka index build");
            }
            checkFormat(folder, dir);
            return dir;
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /**
     * Opens the Lucene directory of an index to write: an existing index of this format, or a new
     * one in a folder that does not exist or is empty.
     *
     * @param folder the index folder
     * @return the directory and whether it already holds an index
     * @throws InputException when the folder holds another index, another format, or other files
     * @throws IOException    when the folder cannot be created or read
     */
    static Opened openForWriting(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InputException(folder.toString(), "is a file, not a folder; an index is a folder");
        }
        Files.createDirectories(folder);
        Directory dir = openDirectory(folder);
        try {
            if (DirectoryReader.indexExists(dir)) {
                checkFormat(folder, dir);
                return new Opened(dir, true);
            }
            try (Stream<Path> files = Files.list(folder)) {
                if (files.anyMatch(f -> !f.getFileName().toString().equals("write.lock"))) {
                    throw new InputException(folder.toString(), "holds other files and no sverka index; "
                            + "give a new or empty folder for the index");
                }
            }
            return new Opened(dir, false);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** A directory opened for writing, and whether it already held an index. */
    record Opened(Directory directory, boolean existed) {
    }

    private static Directory openDirectory(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.toString(), "is a file, not a folder; an index is a folder");
        }
        if (!Files.isReadable(folder) || !Files.isExecutable(folder)) {
            throw new InputException(folder.toString(), "cannot be read: permission denied");
        }
        return FSDirectory.open(folder);
    }

    private static void checkFormat(Path folder, Directory dir) throws IOException {
        Map<String, String> userData;
        try {
            userData = SegmentInfos.readLatestCommit(dir).getUserData();
        } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
            throw new InputException(folder.toString(), "was written by an incompatible Lucene version; "
                    + "rebuild it with sverka index build", e);
        } catch (CorruptIndexException e) {
            throw new InputException(folder.toString(), "the index is corrupt (" + e.getMessage()
                    + "); rebuild it with sverka index build", e);
        } catch (AccessDeniedException e) {
            throw new InputException(folder.toString(), "cannot be read: permission denied (" + e.getFile() + ")", e);
        }
        String format = userData.get(IndexFields.FORMAT_KEY);
        if (format == null) {
            throw new InputException(folder.toString(), "is a Lucene index that sverka did not write "
                    + "(it has no sverka format stamp); build a sverka index with sverka index build");
        }
        if (!format.equals(IndexFields.FORMAT_VERSION)) {
            throw new InputException(folder.toString(), "was built as index format " + format
                    + ", and this sverka reads format " + IndexFields.FORMAT_VERSION
                    + "; rebuild it with sverka index build");
        }
    }
}
