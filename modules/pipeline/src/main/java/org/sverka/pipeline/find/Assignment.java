package org.sverka.pipeline.find;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one assignment of rows to columns by score: the optimal one (largest total score, by
 * shortest augmenting paths over the scored edges only, so that it scales to thousands of documents
 * with a few dozen candidates each), from a full score table or from the edges alone.
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
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                edges.add(new Edge(i, j, score[i][j]));
            }
        }
        return optimal(rows, cols, edges);
    }

    /**
     * The assignment of largest total score over a sparse set of edges (edges of score 0 or less
     * count as no edge), by successive shortest augmenting paths with potentials (Dijkstra on reduced
     * costs): each row in turn is matched, possibly moving earlier rows along an alternating path,
     * or left to a private "unassigned" column of score 0. Time about rows × edges × log in the worst
     * case and far less when most rows' best columns are free, memory linear in the edges: 1,136 × 1,136
     * documents with 60 candidates each take well under a second.
     *
     * @param rows  how many rows
     * @param cols  how many columns
     * @param edges the scored edges (at most one per row and column pair counts: the best)
     * @return for each row its column, or -1 when it stays unassigned
     */
    static int[] optimal(int rows, int cols, List<Edge> edges) {
        double top = 0;
        for (Edge e : edges) {
            top = Math.max(top, e.score());
        }
        // adjacency: per row its columns and costs (top − score ≥ 0); column cols + r is row r's "unassigned"
        int[] degree = new int[rows];
        for (Edge e : edges) {
            if (e.score() > 0) {
                degree[e.row()]++;
            }
        }
        int[][] adj = new int[rows][];
        double[][] cost = new double[rows][];
        for (int r = 0; r < rows; r++) {
            adj[r] = new int[degree[r] + 1];
            cost[r] = new double[degree[r] + 1];
            adj[r][degree[r]] = cols + r;
            cost[r][degree[r]] = top;
            degree[r] = 0;
        }
        for (Edge e : edges) {
            if (e.score() > 0) {
                adj[e.row()][degree[e.row()]] = e.col();
                cost[e.row()][degree[e.row()]++] = top - e.score();
            }
        }
        int n = cols + rows;
        double[] u = new double[rows];
        double[] v = new double[n];
        int[] rowOf = new int[n];
        Arrays.fill(rowOf, -1);
        int[] colOf = new int[rows];
        Arrays.fill(colOf, -1);
        double[] dist = new double[n];
        int[] via = new int[n];
        boolean[] done = new boolean[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        List<Integer> touched = new ArrayList<>();
        java.util.PriorityQueue<double[]> queue = new java.util.PriorityQueue<>(Comparator.comparingDouble((double[] q) -> q[0])
                .thenComparingDouble(q -> q[1]));
        for (int s = 0; s < rows; s++) {
            touched.clear();
            queue.clear();
            relax(s, 0, adj, cost, u, v, dist, via, done, touched, queue);
            int free = -1;
            double reached = 0;
            List<Integer> settled = new ArrayList<>();
            while (!queue.isEmpty()) {
                double[] q = queue.poll();
                int c = (int) q[1];
                if (done[c] || q[0] > dist[c]) {
                    continue;
                }
                done[c] = true;
                settled.add(c);
                if (rowOf[c] < 0) {
                    free = c;
                    reached = dist[c];
                    break;
                }
                relax(rowOf[c], dist[c], adj, cost, u, v, dist, via, done, touched, queue);
            }
            // potentials: every settled column moves by how much nearer than the free one it was
            u[s] += reached;
            for (int c : settled) {
                double delta = reached - dist[c];
                if (delta > 0) {
                    v[c] -= delta;
                    if (rowOf[c] >= 0) {
                        u[rowOf[c]] += delta;
                    }
                }
            }
            // augment along the path back to s: each row on it moves to the column it was reached through
            for (int c = free; ; ) {
                int r = via[c];
                int previous = colOf[r];
                rowOf[c] = r;
                colOf[r] = c;
                if (r == s) {
                    break;
                }
                c = previous;
            }
            for (int t : touched) {
                dist[t] = Double.POSITIVE_INFINITY;
                done[t] = false;
            }
        }
        int[] out = new int[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = colOf[r] < cols ? colOf[r] : -1;
        }
        return out;
    }

    private static void relax(int row, double at, int[][] adj, double[][] cost, double[] u, double[] v, double[] dist,
                              int[] via, boolean[] done, List<Integer> touched, java.util.PriorityQueue<double[]> queue) {
        for (int k = 0; k < adj[row].length; k++) {
            int c = adj[row][k];
            if (done[c]) {
                continue;
            }
            double d = at + Math.max(0, cost[row][k] - u[row] - v[c]);
            if (d < dist[c]) {
                if (dist[c] == Double.POSITIVE_INFINITY) {
                    touched.add(c);
                }
                dist[c] = d;
                via[c] = row;
                queue.add(new double[] {d, c});
            }
        }
    }

    /** A scored edge between a row and a column. */
    record Edge(int row, int col, double score) {
    }

}
