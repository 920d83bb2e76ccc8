package org.sverka.segment.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Values printed here by CPython 3.11 ({@code python3 -c "import random; random.seed(1); ..."}). */
class PythonRandomTest {
    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void getrandbitsMatchesPythonForSmallAndLargeSeeds() {
        PythonRandom one = new PythonRandom(1);
        assertEquals(List.of(577090037L, 2444712010L, 3639700191L),
                List.of(one.getrandbits(32).longValue(), one.getrandbits(32).longValue(), one.getrandbits(32).longValue()));
        assertEquals(new BigInteger("1006624138111981302261"), new PythonRandom(1).getrandbits(70));
        PythonRandom answer = new PythonRandom(42);
        assertEquals(new BigInteger("2053695854357871005"), answer.getrandbits(64));
        assertEquals(BigInteger.ZERO, answer.getrandbits(1));
        assertEquals(new BigInteger("3184935163"), answer.getrandbits(33));
        assertEquals(3626764237L, new PythonRandom(0).getrandbits(32).longValue());
        assertEquals(2166296868L, new PythonRandom((1L << 40) + 5).getrandbits(32).longValue());
        assertEquals(2199100970L, new PythonRandom(new BigInteger("12345678901234567890")).getrandbits(32).longValue());
    }

    @Test
    void randbelowMatchesRandrange() {
        PythonRandom r = new PythonRandom(1);
        List<Integer> drawn = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            drawn.add(r.randbelow(10));
        }
        assertEquals(List.of(2, 9, 1, 4, 1), drawn);
    }

    @Test
    void sampleMatchesPythonInBothOfItsMethods() {
        assertEquals(List.of(4, 18, 2, 8, 3), new PythonRandom(1).sample(range(20), 5));
        assertEquals(List.of(17, 72, 97, 8, 32), new PythonRandom(1).sample(range(100), 5));
        assertEquals(List.of(17611, 74606, 8271, 33432, 15455), new PythonRandom(1).sample(range(100000), 5));
        List<Integer> windows = new PythonRandom(1).sample(range(10800), 10000);
        assertEquals(List.of(2201, 9325, 1033, 4179, 1931, 8117, 7364, 7737), windows.subList(0, 8));
        assertEquals(List.of(2196, 4344, 555), windows.subList(9997, 10000));
        assertEquals(558137, windows.subList(0, 100).stream().mapToInt(Integer::intValue).sum());
    }
}
