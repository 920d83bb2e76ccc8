package org.sverka.pipeline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sverka.align.Aligner;
import org.sverka.align.eval.AlignmentScore;
import org.sverka.align.eval.AlignmentTask;
import org.sverka.align.eval.Evaluation;
import org.sverka.core.Bead;
import org.sverka.core.Document;
import org.sverka.core.LanguageGuess;
import org.sverka.core.SegmentedDocument;
import org.sverka.core.Sentence;
import org.sverka.pipeline.Pipeline;

/**
 * The alignment benchmark from running text: each task's documents are written as plain-text files
 * of paragraphs (three sentences a paragraph, as documents are), read back through extraction and
 * segmentation, aligned, and the predicted beads are projected onto the gold sentences so that the
 * score is comparable with the presegmented one.
 *
 * <p>Projection: a predicted sentence stands for the gold sentences it holds letters of (white
 * space ignored), and a predicted bead for the gold sentences of its sentences; links are counted as
 * a set, so a gold sentence that segmentation cut in two and aligned piece by piece scores as one
 * link, while two gold sentences run together link each to the other side's pair. A task whose text does not
 * come back letter for letter (extraction lost or changed something) is counted in
 * {@link Result#changedTasks()}.
 */
final class RunningTextEvaluation {
    /** Sentences a paragraph in the written documents. */
    static final int SENTENCES_PER_PARAGRAPH = 3;

    /** Final punctuation, possibly followed by closing quotes or brackets. */
    private static final java.util.regex.Pattern ENDS_LIKE_A_SENTENCE =
            java.util.regex.Pattern.compile("[.!?…:;][\\p{Pf}\\p{Pe}\"'»”’]*$");

    /**
     * @param scores       link scores keyed as {@link Evaluation#score} keys them
     * @param changedTasks ids of the tasks whose text came back from extraction other than written
     * @param sentenceDiff tasks' predicted sentences minus gold sentences, summed over both sides
     */
    record Result(Map<String, AlignmentScore> scores, List<String> changedTasks, long sentenceDiff) {
    }

    private RunningTextEvaluation() {
    }

    /**
     * @param tasks    the benchmark tasks
     * @param pipeline extraction and segmentation
     * @param aligner  the aligner
     * @param work     a folder for the written documents
     * @return the scores at the gold sentence granularity
     */
    static Result run(List<AlignmentTask> tasks, Pipeline pipeline, Aligner aligner, Path work) {
        List<String> changed = new ArrayList<>();
        long[] diff = new long[1];
        Map<String, AlignmentScore> scores = Evaluation.score(tasks, t -> {
            SegmentedDocument en = read(pipeline, write(work.resolve(t.id() + ".en.txt"), t.english()), "en");
            SegmentedDocument ru = read(pipeline, write(work.resolve(t.id() + ".ru.txt"), t.russian()), "ru");
            List<List<Integer>> enCover = cover(t.english(), en.sentences());
            List<List<Integer>> ruCover = cover(t.russian(), ru.sentences());
            if (enCover == null || ruCover == null) {
                changed.add(t.id());
                return List.of();
            }
            diff[0] += en.size() - t.english().size() + ru.size() - t.russian().size();
            return project(aligner.align(en, ru).beads(), enCover, ruCover);
        });
        return new Result(scores, List.copyOf(changed), diff[0]);
    }

    /**
     * Writes sentences as paragraphs of {@value #SENTENCES_PER_PARAGRAPH}; a line that does not end like
     * a sentence (a headline, a caption) stands as a paragraph of its own, as it does in a document.
     */
    static String paragraphs(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        int inParagraph = 0;
        for (String sentence : sentences) {
            String s = sentence.strip();
            boolean alone = !ENDS_LIKE_A_SENTENCE.matcher(s).find();
            if (text.length() > 0) {
                text.append(alone || inParagraph == 0 || inParagraph >= SENTENCES_PER_PARAGRAPH ? "\n\n" : " ");
                if (alone || inParagraph >= SENTENCES_PER_PARAGRAPH) {
                    inParagraph = 0;
                }
            }
            text.append(s);
            inParagraph = alone ? 0 : inParagraph + 1;
        }
        return text.toString();
    }

    private static Path write(Path file, List<String> sentences) {
        StringBuilder text = new StringBuilder(paragraphs(sentences));
        text.append('\n');
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static SegmentedDocument read(Pipeline pipeline, Path file, String language) {
        Document doc = pipeline.extract(file);
        return new SegmentedDocument(doc, new LanguageGuess(language, 1.0), pipeline.segmenter(language).segment(doc));
    }

    /**
     * For each predicted sentence, the gold sentences it holds letters of.
     *
     * @param gold      the gold sentences in order
     * @param predicted the predicted sentences of the same text
     * @return the gold sentence numbers of each predicted sentence, or null when the two do not hold the same letters
     */
    static List<List<Integer>> cover(List<String> gold, List<Sentence> predicted) {
        int[] predictedOf = letterOwners(predicted.stream().map(Sentence::text).toList());
        int[] goldOf = letterOwners(gold);
        if (predictedOf.length != goldOf.length || !sameLetters(gold, predicted)) {
            return null;
        }
        List<TreeSet<Integer>> cover = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            cover.add(new TreeSet<>());
        }
        for (int c = 0; c < goldOf.length; c++) {
            cover.get(predictedOf[c]).add(goldOf[c]);
        }
        return cover.stream().map(List::copyOf).toList();
    }

    private static boolean sameLetters(List<String> gold, List<Sentence> predicted) {
        return letters(gold).equals(letters(predicted.stream().map(Sentence::text).toList()));
    }

    private static String letters(List<String> texts) {
        StringBuilder b = new StringBuilder();
        for (String t : texts) {
            t.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(b::appendCodePoint);
        }
        return b.toString();
    }

    /** For each non-space character of the texts joined, the index of the text it is in. */
    private static int[] letterOwners(List<String> texts) {
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int index = i;
            texts.get(i).codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                    .forEach(cp -> owners.add(index));
        }
        return owners.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Re-expresses predicted beads in gold sentence numbers: a bead holds the gold sentences its
     * sentences hold letters of, so a gold sentence cut in two by segmentation keeps the links of both
     * halves, and two gold sentences run together share their links.
     *
     * @param predicted beads over the predicted sentences
     * @param enCover   for each predicted English sentence, the gold sentences it covers
     * @param ruCover   the same for Russian
     * @return beads over the gold sentences; beads left with no sentence on either side are dropped
     */
    static List<Bead> project(List<Bead> predicted, List<List<Integer>> enCover, List<List<Integer>> ruCover) {
        List<Bead> out = new ArrayList<>();
        for (Bead b : predicted) {
            List<Integer> en = covered(b.en(), enCover);
            List<Integer> ru = covered(b.ru(), ruCover);
            if (!en.isEmpty() || !ru.isEmpty()) {
                out.add(new Bead(en, ru, b.score(), b.flags()));
            }
        }
        return out;
    }

    private static List<Integer> covered(List<Integer> predictedSentences, List<List<Integer>> cover) {
        TreeSet<Integer> gold = new TreeSet<>();
        for (int p : predictedSentences) {
            gold.addAll(cover.get(p));
        }
        return List.copyOf(gold);
    }
}
