package org.sverka.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.sverka.core.InputException;

/**
 * Refuses, before any work, a run whose output would overwrite one of its inputs.
 *
 * <p>Paths are compared as the file system sees them: symbolic links followed, real paths (with the
 * case the file system has), and hard links to one file taken as the same file. Call it with every
 * file a command will write, derived ones included ({@link TableOutput#paths} gives the two Moses
 * files of {@code -o corp}).
 * <pre>{@code
 * OutputGuard.refuseOverlap(List.of(english, russian), TableOutput.paths(output, format));
 * // InputException: "corp.en: would overwrite the input corp.en; choose another output"
 * OutputGuard.refuseFolderOverlap(inputs, outDir);   // OUTDIR must not be or hold an input
 * }</pre>
 */
public final class OutputGuard {
    private OutputGuard() {
    }

    /**
     * @param inputs  the files a run reads (missing ones are ignored: they fail later, as inputs)
     * @param outputs the files it will write
     * @throws InputException naming the output and the input it is, in one line
     */
    public static void refuseOverlap(Collection<Path> inputs, Collection<Path> outputs) {
        List<Path[]> known = new ArrayList<>();
        for (Path in : inputs) {
            Path real = real(in);
            if (real != null) {
                known.add(new Path[] {in, real});
            }
        }
        for (Path out : outputs) {
            Path target = OutputTarget.of(out).resolved();
            boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            for (Path[] in : known) {
                if (target.equals(in[1]) || exists && same(target, in[1])) {
                    throw new InputException(Printable.escape(out.toString()), "would overwrite the input "
                            + Printable.escape(in[0].toString()) + "; choose another output");
                }
            }
        }
    }

    /**
     * An output folder must not be an input's folder or hold an input at any depth.
     *
     * @param inputs the files a run reads
     * @param folder the output folder (it need not exist yet)
     * @throws InputException naming the folder and the input inside it
     */
    public static void refuseFolderOverlap(Collection<Path> inputs, Path folder) {
        Path dir = realFolder(folder);
        for (Path in : inputs) {
            Path real = real(in);
            if (real != null && real.startsWith(dir)) {
                throw new InputException(Printable.escape(folder.toString()), "the output folder holds the input "
                        + Printable.escape(in.toString()) + "; choose a folder that holds no input");
            }
        }
    }

    /** A file's real path, or null when it does not exist. */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The real path of a folder that may not exist yet: its nearest existing ancestor's, with the rest. */
    private static Path realFolder(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && real(existing) == null) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        return real(existing).resolve(existing.relativize(abs));
    }
}
