package org.sverka.cli;

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
 * <p>Projection: every gold sentence belongs to the predicted sentence that holds most of its
 * letters (white space ignored). A predicted bead becomes the bead of the gold sentences its
 * sentences own; a gold sentence that segmentation merged with its neighbour therefore shares its
 * neighbour's links, and one it split keeps the links of its larger part. A task whose text does not
 * come back letter for letter (extraction lost or changed something) is counted in
 * {@link Result#changedTasks()}.
 */
final class RunningTextEvaluation {
    /** Sentences a paragraph in the written documents. */
    static final int SENTENCES_PER_PARAGRAPH = 3;

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
            int[] enOwner = owners(t.english(), en.sentences());
            int[] ruOwner = owners(t.russian(), ru.sentences());
            if (enOwner == null || ruOwner == null) {
                changed.add(t.id());
                return List.of();
            }
            diff[0] += en.size() - t.english().size() + ru.size() - t.russian().size();
            return project(aligner.align(en, ru).beads(), enOwner, ruOwner);
        });
        return new Result(scores, List.copyOf(changed), diff[0]);
    }

    private static Path write(Path file, List<String> sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                text.append(i % SENTENCES_PER_PARAGRAPH == 0 ? "\n\n" : " ");
            }
            text.append(sentences.get(i).strip());
        }
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
     * For each gold sentence, the index of the predicted sentence that holds most of its letters.
     *
     * @param gold      the gold sentences in order
     * @param predicted the predicted sentences of the same text
     * @return the owners, or null when the two do not hold the same letters
     */
    static int[] owners(List<String> gold, List<Sentence> predicted) {
        int[] predictedOf = letterOwners(predicted.stream().map(Sentence::text).toList());
        int[] goldOf = letterOwners(gold);
        if (predictedOf.length != goldOf.length || !sameLetters(gold, predicted)) {
            return null;
        }
        int[] owner = new int[gold.size()];
        int[][] votes = new int[gold.size()][];
        for (int g = 0; g < gold.size(); g++) {
            votes[g] = new int[predicted.size()];
            owner[g] = -1;
        }
        for (int c = 0; c < goldOf.length; c++) {
            votes[goldOf[c]][predictedOf[c]]++;
        }
        for (int g = 0; g < gold.size(); g++) {
            int best = -1;
            for (int p = 0; p < predicted.size(); p++) {
                if (votes[g][p] > 0 && (best < 0 || votes[g][p] > votes[g][best])) {
                    best = p;
                }
            }
            owner[g] = best;
        }
        return owner;
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
     * Re-expresses predicted beads in gold sentence numbers.
     *
     * @param predicted beads over the predicted sentences
     * @param enOwner   for each gold English sentence, the predicted sentence that owns it
     * @param ruOwner   the same for Russian
     * @return beads over the gold sentences; beads left with no sentence on either side are dropped
     */
    static List<Bead> project(List<Bead> predicted, int[] enOwner, int[] ruOwner) {
        List<Bead> out = new ArrayList<>();
        for (Bead b : predicted) {
            List<Integer> en = owned(b.en(), enOwner);
            List<Integer> ru = owned(b.ru(), ruOwner);
            if (!en.isEmpty() || !ru.isEmpty()) {
                out.add(new Bead(en, ru, b.score(), b.flags()));
            }
        }
        return out;
    }

    private static List<Integer> owned(List<Integer> predictedSentences, int[] owner) {
        TreeSet<Integer> gold = new TreeSet<>();
        for (int g = 0; g < owner.length; g++) {
            if (predictedSentences.contains(owner[g])) {
                gold.add(g);
            }
        }
        return List.copyOf(gold);
    }
}
