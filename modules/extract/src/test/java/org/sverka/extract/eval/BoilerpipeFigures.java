package org.sverka.extract.eval;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sverka.extract.HtmlCharsetDetector;

/**
 * Scores boilerpipe's {@code ArticleExtractor} (the extractor behind the {@code BoilerpipeContentHandler}
 * of Tika 2.x; Tika 3 no longer ships the handler) on a folder in WCXB's layout, as
 * {@link WcxbEvaluation} scores sverka: word F1, precision, recall and pages lost per page type,
 * and the article pages' F1 on the even and the odd ids. The page is decoded as sverka decodes it
 * ({@link HtmlCharsetDetector}); a page boilerpipe fails on scores zero. A figures runner, not a test:
 * <pre>{@code
 * java -cp target/classes:target/test-classes:CLASSPATH org.sverka.extract.eval.BoilerpipeFigures ../shared/data/wcxb-dev
 * }</pre>
 */
public final class BoilerpipeFigures {
    private BoilerpipeFigures() {
    }

    /**
     * @param args the WCXB folder
     * @throws Exception when the folder cannot be read
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<String[]> rows = new ArrayList<>();   // id, type, p, r, f1
        int failed = 0;
        try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
            for (Path f : files.sorted().toList()) {
                WcxbPage page = WcxbPage.read(dir, f.getFileName().toString().replace(".json", ""));
                String text;
                try {
                    text = ArticleExtractor.INSTANCE.getText(HtmlCharsetDetector.decode(page.htmlBytes()));
                } catch (Exception | StackOverflowError e) {
                    text = "";
                    failed++;
                }
                WordOverlap s = WordOverlap.score(text == null ? "" : text, page.mainContent());
                rows.add(new String[] {page.id(), page.pageType(), Double.toString(s.precision()),
                        Double.toString(s.recall()), Double.toString(s.f1())});
            }
        }
        System.out.println("boilerpipe ArticleExtractor 1.2.3 on " + dir + " (" + failed + " pages failed)");
        print("article", rows.stream().filter(r -> r[1].equals("article")).toList());
        print("article, even ids", rows.stream().filter(r -> r[1].equals("article") && WcxbEvaluation.TUNING.test(r[0])).toList());
        print("article, odd ids", rows.stream().filter(r -> r[1].equals("article") && WcxbEvaluation.HELD_OUT.test(r[0])).toList());
        print("documentation", rows.stream().filter(r -> r[1].equals("documentation")).toList());
    }

    private static void print(String label, List<String[]> rows) {
        System.out.printf(Locale.ROOT, "%-18s %4d pages  F1 %.4f  P %.4f  R %.4f  lost %d%n", label, rows.size(),
                mean(rows, 4), mean(rows, 2), mean(rows, 3),
                rows.stream().filter(r -> Double.parseDouble(r[3]) < WcxbEvaluation.LOST_RECALL).count());
    }

    private static double mean(List<String[]> rows, int column) {
        return rows.stream().mapToDouble(r -> Double.parseDouble(r[column])).average().orElse(0);
    }
}
