package org.sverka.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.core.InputException;
import org.sverka.export.OutputFormat;

/** An output that is an input, however it is spelled, is refused before any work. */
class OutputGuardTest {
    @Test
    void derivedMosesFilesThatAreTheInputsAreRefused(@TempDir Path dir) throws IOException {
        Path en = Files.writeString(dir.resolve("corp.en"), "One.\n");
        Path ru = Files.writeString(dir.resolve("corp.ru"), "Один.\n");
        InputException e = assertThrows(InputException.class,
                () -> OutputGuard.refuseOverlap(List.of(en, ru), TableOutput.paths(dir.resolve("corp"), OutputFormat.MOSES)));
        assertEquals(dir.resolve("corp.en") + ": would overwrite the input " + en + "; choose another output", e.getMessage());
        assertEquals(List.of(dir.resolve("corp.en"), dir.resolve("corp.ru")), TableOutput.paths(dir.resolve("corp.moses"), OutputFormat.MOSES));
    }

    @Test
    void theSameFileSpelledOtherwiseIsRefused(@TempDir Path dir) throws IOException {
        Path x = Files.writeString(dir.resolve("x.xlsx"), "workbook");
        Files.createDirectories(dir.resolve("sub"));
        Path roundabout = dir.resolve("sub/../x.xlsx");
        assertThrows(InputException.class, () -> OutputGuard.refuseOverlap(List.of(x), List.of(x)));
        assertThrows(InputException.class, () -> OutputGuard.refuseOverlap(List.of(x), List.of(roundabout)));
        Path link = Files.createSymbolicLink(dir.resolve("link.xlsx"), x);
        assertThrows(InputException.class, () -> OutputGuard.refuseOverlap(List.of(x), List.of(link)), "a link to the input");
        assertThrows(InputException.class, () -> OutputGuard.refuseOverlap(List.of(link), List.of(x)), "the input is a link");
        Path hard = Files.createLink(dir.resolve("hard.xlsx"), x);
        assertThrows(InputException.class, () -> OutputGuard.refuseOverlap(List.of(x), List.of(hard)), "a hard link");
        assertDoesNotThrow(() -> OutputGuard.refuseOverlap(List.of(x), List.of(dir.resolve("y.xlsx"), dir.resolve("x.tmx"))));
        assertEquals("workbook", Files.readString(x));
    }

    @Test
    void anOutputFolderMustHoldNoInput(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path en = Files.writeString(in.resolve("a.en.txt"), "One.");
        List<Path> inputs = List.of(en);
        assertThrows(InputException.class, () -> OutputGuard.refuseFolderOverlap(inputs, in), "the pairs folder itself");
        assertThrows(InputException.class, () -> OutputGuard.refuseFolderOverlap(inputs, dir), "an ancestor of the inputs");
        assertThrows(InputException.class, () -> OutputGuard.refuseFolderOverlap(inputs, dir.resolve("in/../in/")));
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), in);
        InputException e = assertThrows(InputException.class, () -> OutputGuard.refuseFolderOverlap(inputs, alias));
        assertEquals(alias + ": the output folder holds the input " + en + "; choose a folder that holds no input", e.getMessage());
        assertDoesNotThrow(() -> OutputGuard.refuseFolderOverlap(inputs, dir.resolve("out")));
        assertDoesNotThrow(() -> OutputGuard.refuseFolderOverlap(inputs, in.resolve("out/new")), "a new folder inside the pairs folder");
    }
}
