package org.sverka.segment.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Scores a sentence splitter on the English Golden Rules as pySBD's benchmark does: a rule passes
 * when the splitter returns exactly the expected list of sentences, white space normalised.
 * <pre>{@code
 * GoldenRulesResult r = GoldenRulesEvaluation.evaluate(dir.resolve("en-golden-rules.jsonl"),
 *         Segmenter.forLanguage("en")::split);
 * System.out.print(r.report());
 * }</pre>
 */
public final class GoldenRulesEvaluation {
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private GoldenRulesEvaluation() {
    }

    /**
     * Reads the rules: one JSON object a line, {@code {"text": …, "sentences": [...]}}.
     *
     * @param file the JSON-lines file
     * @return the rules in file order
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<GoldenRule> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<GoldenRule> rules = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                rules.add(JsonRuleLine.parse(line));
            }
        }
        return rules;
    }

    /**
     * @param file     the JSON-lines file of rules
     * @param splitter the component under test: a paragraph to its sentences
     * @return passed and total, with the failing cases
     */
    public static GoldenRulesResult evaluate(Path file, Function<String, List<String>> splitter) {
        return evaluate(read(file), splitter);
    }

    /**
     * @param rules    the cases
     * @param splitter the component under test
     * @return passed and total, with the failing cases
     */
    public static GoldenRulesResult evaluate(List<GoldenRule> rules, Function<String, List<String>> splitter) {
        List<GoldenRuleFailure> failures = new ArrayList<>();
        for (GoldenRule rule : rules) {
            List<String> actual = normalise(splitter.apply(rule.text()));
            if (!actual.equals(normalise(rule.expected()))) {
                failures.add(new GoldenRuleFailure(rule, actual));
            }
        }
        return new GoldenRulesResult(rules.size() - failures.size(), rules.size(), failures);
    }

    private static List<String> normalise(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            String n = SPACES.matcher(s).replaceAll(" ").strip();
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }
}
