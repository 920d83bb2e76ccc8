package org.sverka.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sverka.core.Alignment;
import org.sverka.core.Bead;
import org.sverka.core.BeadKind;
import org.sverka.core.Flag;

/**
 * The agency-style pairs of {@code test-data/agency} (written for these tests; the format is in that
 * folder's README): the default aligner must find exactly the gold's matches, name each bead's kind
 * as the gold does, raise exactly the gold's number, date and negation findings (flags and notes) and
 * at least its name findings.
 */
class AgencyPairsTest {
    static final Path DIR = AlignersTest.DATA.resolve("agency");

    /** One gold bead: 1-based sentence numbers, its kind and the flags it must carry. */
    record GoldBead(List<Integer> en, List<Integer> ru, BeadKind kind, List<Flag> flags) {
    }

    static Stream<String> pairs() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".gold.tsv"))
                    .map(n -> n.substring(0, n.length() - ".gold.tsv".length())).sorted().toList();
            assertTrue(names.size() >= 4, "agency pairs in " + DIR + ": " + names);
            return names.stream();
        }
    }

    static List<GoldBead> gold(String name) throws IOException {
        List<GoldBead> out = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve(name + ".gold.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(new GoldBead(numbers(f[0]), numbers(f[1]), BeadKind.parse(f[2]),
                    f.length > 3 && !f[3].isBlank() ? Flag.parseList(f[3]) : List.of()));
        }
        return out;
    }

    private static List<Integer> numbers(String field) {
        return field.isBlank() ? List.of() : Arrays.stream(field.split(",")).map(s -> Integer.parseInt(s.strip()) - 1).toList();
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void alignmentKindsAndFlagsAsTheGoldSays(String name) throws IOException {
        Alignment a = new AutoAligner(AlignersTest.MODEL).align(AlignersTest.doc("en", AlignersTest.lines("agency/" + name + ".en.txt")),
                AlignersTest.doc("ru", AlignersTest.lines("agency/" + name + ".ru.txt")));
        Map<String, Bead> predicted = new TreeMap<>();
        a.beads().forEach(b -> predicted.put(b.en() + "/" + b.ru(), b));
        List<GoldBead> gold = gold(name);
        String context = name + ": " + a.beads();
        long goldMatches = gold.stream().filter(g -> !g.en().isEmpty() && !g.ru().isEmpty()).count();
        assertEquals(goldMatches, a.beads().stream().filter(Bead::isMatch).count(), "matches of " + context);
        for (GoldBead g : gold) {
            Bead b = predicted.get(g.en() + "/" + g.ru());
            assertTrue(b != null, "no bead " + g + " in " + context);
            assertEquals(g.kind(), b.kind(), "kind of " + g + " in " + context);
            List<Flag> strict = b.flags().stream().filter(f -> f.kind() != Flag.Kind.NAME).toList();
            List<Flag> wanted = g.flags().stream().filter(f -> f.kind() != Flag.Kind.NAME).toList();
            assertEquals(new java.util.HashSet<>(wanted), new java.util.HashSet<>(strict), "number, date and negation findings of " + g + " in " + context);
            assertTrue(b.flags().containsAll(g.flags().stream().filter(f -> f.kind() == Flag.Kind.NAME).toList()),
                    "name flags of " + g + " in " + context);
        }
    }
}
