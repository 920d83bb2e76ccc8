package org.sverka.pipeline.find;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one assignment of rows to columns by score: the optimal one (the Hungarian method, in
 * O(n³) time, for collections of up to a few hundred documents a side) and a greedy one by margin
 * for larger collections (each row's and column's best edges taken first, those that stand out most
 * from the alternatives of both their documents before the others).
 * <pre>{@code
 * int[] match = Assignment.optimal(new double[][] {{0.9, 0.8}, {0.85, 0.1}});   // {1, 0}: 0.8 + 0.85 beats 0.9 + 0.1
 * }</pre>
 */
final class Assignment {
    private Assignment() {
    }

    /**
     * The assignment of largest total score (edges of score 0 or less count as no edge).
     *
     * @param score rows × columns, every row the same length
     * @return for each row its column, or -1 when it stays unassigned
     */
    static int[] optimal(double[][] score) {
        int rows = score.length;
        int cols = rows == 0 ? 0 : score[0].length;
        int n = Math.max(rows, cols);
        // minimise cost = -score on a square matrix padded with zeros; potentials u, v; 1-based indices
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] rowOf = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            rowOf[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = rowOf[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = cost(score, i0 - 1, j - 1) - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[rowOf[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOf[j0] != 0);
            do {
                int j1 = way[j0];
                rowOf[j0] = rowOf[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] out = new int[rows];
        Arrays.fill(out, -1);
        for (int j = 1; j <= n; j++) {
            int i = rowOf[j] - 1;
            if (i < rows && j - 1 < cols && score[i][j - 1] > 0) {
                out[i] = j - 1;
            }
        }
        return out;
    }

    private static double cost(double[][] score, int i, int j) {
        if (i >= score.length || j >= score[0].length) {
            return 0;
        }
        return -Math.max(0, score[i][j]);
    }

    /** A scored edge between a row and a column. */
    record Edge(int row, int col, double score) {
    }

    /**
     * Greedy by margin: edges in order of how far their score stands above the best other edge of
     * either document (ties by score), each taken when both documents are still free.
     *
     * @param rows  how many rows
     * @param cols  how many columns
     * @param edges the scored edges (scores over 0 count)
     * @return for each row its column, or -1
     */
    static int[] greedy(int rows, int cols, List<Edge> edges) {
        double[][] rowBest = new double[rows][2];
        double[][] colBest = new double[cols][2];
        for (Edge e : edges) {
            push(rowBest[e.row()], e.score());
            push(colBest[e.col()], e.score());
        }
        record Ranked(Edge edge, double margin) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Edge e : edges) {
            if (e.score() <= 0) {
                continue;
            }
            double otherRow = rowBest[e.row()][0] == e.score() ? rowBest[e.row()][1] : rowBest[e.row()][0];
            double otherCol = colBest[e.col()][0] == e.score() ? colBest[e.col()][1] : colBest[e.col()][0];
            ranked.add(new Ranked(e, e.score() - Math.max(otherRow, otherCol)));
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.margin()).thenComparingDouble(r -> -r.edge().score())
                .thenComparingInt(r -> r.edge().row()).thenComparingInt(r -> r.edge().col()));
        int[] out = new int[rows];
        Arrays.fill(out, -1);
        boolean[] taken = new boolean[cols];
        for (Ranked r : ranked) {
            Edge e = r.edge();
            if (out[e.row()] < 0 && !taken[e.col()]) {
                out[e.row()] = e.col();
                taken[e.col()] = true;
            }
        }
        return out;
    }

    /** Keeps the two largest values seen in {@code best[0] >= best[1]}. */
    private static void push(double[] best, double value) {
        if (value > best[0]) {
            best[1] = best[0];
            best[0] = value;
        } else if (value > best[1]) {
            best[1] = value;
        }
    }
}
