package org.sverka.pipeline.find;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-to-one assignments: the optimal one (over a dense matrix and over sparse edges) against brute force. */
class AssignmentTest {
    @Test
    void theOptimalAssignmentHasTheLargestTotalOfEveryPermutation() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            int rows = 1 + rnd.nextInt(6);
            int cols = 1 + rnd.nextInt(6);
            double[][] s = new double[rows][cols];
            for (double[] row : s) {
                for (int j = 0; j < cols; j++) {
                    row[j] = rnd.nextDouble() < 0.3 ? 0 : rnd.nextDouble();
                }
            }
            int[] m = Assignment.optimal(s);
            boolean[] used = new boolean[cols];
            double total = 0;
            for (int i = 0; i < rows; i++) {
                if (m[i] >= 0) {
                    assertEquals(false, used[m[i]], "column used twice");
                    used[m[i]] = true;
                    total += s[i][m[i]];
                }
            }
            assertEquals(best(s, 0, new boolean[cols]), total, 1e-9, "trial " + trial);
        }
    }

    private static double best(double[][] s, int row, boolean[] used) {
        if (row == s.length) {
            return 0;
        }
        double b = best(s, row + 1, used);
        for (int j = 0; j < used.length; j++) {
            if (!used[j] && s[row][j] > 0) {
                used[j] = true;
                b = Math.max(b, s[row][j] + best(s, row + 1, used));
                used[j] = false;
            }
        }
        return b;
    }

    @Test
    void theSparseAssignmentOverEdgesOnlyMatchesBruteForce() {
        Random rnd = new Random(11);
        for (int trial = 0; trial < 150; trial++) {
            int rows = 1 + rnd.nextInt(8);
            int cols = 1 + rnd.nextInt(8);
            double[][] s = new double[rows][cols];
            List<Assignment.Edge> edges = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    if (rnd.nextDouble() < 0.35) {
                        // ties are common in real scores (1.0 for every full match): draw from a few values
                        s[i][j] = (1 + rnd.nextInt(5)) / 5.0;
                        edges.add(new Assignment.Edge(i, j, s[i][j]));
                    }
                }
            }
            int[] m = Assignment.optimal(rows, cols, edges);
            boolean[] used = new boolean[cols];
            double total = 0;
            for (int i = 0; i < rows; i++) {
                if (m[i] >= 0) {
                    assertEquals(false, used[m[i]], "column used twice");
                    assertTrue(s[i][m[i]] > 0, "a row assigned without an edge");
                    used[m[i]] = true;
                    total += s[i][m[i]];
                }
            }
            assertEquals(best(s, 0, new boolean[cols]), total, 1e-9, "trial " + trial);
        }
    }

    @Test
    void optimalGivesUpTheBestEdgeWhenTheTotalGains() {
        assertArrayEquals(new int[] {1, 0}, Assignment.optimal(new double[][] {{0.9, 0.8}, {0.85, 0.1}}));
        assertArrayEquals(new int[] {-1, 0}, Assignment.optimal(new double[][] {{0.0, 0.0}, {0.7, 0.0}}));
    }
}
