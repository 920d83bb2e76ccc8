package org.sverka.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * One first-stage search: the query made into a Lucene query (a word's renderings as weighted
 * synonyms in the content field, name keys and numbers as terms of their fields, each field's
 * clauses boosted by its weight), BM25 top k, and the evidence of each hit read from the postings.
 *
 * <p>The documents must be in the query's language. When every document is, the query is the bare
 * disjunction, which Lucene scores fastest (MaxScore); when at most {@link #FEW_OTHERS} are not (an
 * archive of Russian originals with a few English pages), the bare disjunction is searched for
 * {@code k} plus that many hits and those in other languages are dropped, which leaves the same top
 * k as a filtered search (a filter adds nothing to a score) at the bare disjunction's speed; with
 * more, the language is a filter in the query. Settings that cap the documents' words filter by
 * the length of the content field as well ({@link ShortDocumentFilter}).
 *
 * <p>A word's weight counts as {@code 1 + ln(weight)}: a word said five times weighs 2.6, not 5.
 * Renderings that no document holds are left out. A query of more words than
 * {@link SearchSettings#maxWords()} (or than fit in {@link #MAX_CLAUSES} clauses with its names
 * and numbers) is searched by the words with the highest weight times inverse document frequency.
 */
final class FirstStageSearch {
    /** Under Lucene's default limit of 1,024 clauses. */
    static final int MAX_CLAUSES = 1000;
    /** Documents in other languages up to which the language is checked on the hits rather than filtered in the query. */
    static final int FEW_OTHERS = 1000;

    private final IndexSearcher searcher;
    private final FieldWeights weights;
    private final int maxWords;
    private final int maxDocumentWords;
    private final IndexReader reader;

    FirstStageSearch(IndexSearcher searcher, SearchSettings settings) {
        this.searcher = searcher;
        searcher.setSimilarity(new BM25Similarity(1.2f, (float) settings.lengthNormalization()));
        this.weights = settings.weights();
        this.maxWords = settings.maxWords();
        this.maxDocumentWords = settings.maxDocumentWords();
        this.reader = searcher.getIndexReader();
    }

    List<Candidate> search(FindQuery query, int k) throws IOException {
        Query disjunction = disjunction(query);
        if (disjunction == null) {
            return List.of();
        }
        Query lucene = disjunction;
        java.util.Set<Integer> others = java.util.Set.of();
        if (query.documentLanguage().isPresent()) {
            Term language = new Term(IndexFields.LANGUAGE, query.documentLanguage().get());
            int otherLanguages = reader.maxDoc() - reader.docFreq(language);
            if (otherLanguages > FEW_OTHERS) {
                lucene = new BooleanQuery.Builder().add(disjunction, Occur.MUST).add(new TermQuery(language), Occur.FILTER).build();
            } else if (otherLanguages > 0) {
                others = documentsNotIn(language);
            }
        }
        if (maxDocumentWords > 0) {
            lucene = new BooleanQuery.Builder().add(lucene, Occur.MUST)
                    .add(new ShortDocumentFilter(IndexFields.TERMS, maxDocumentWords), Occur.FILTER).build();
        }
        ScoreDoc[] hits = searcher.search(lucene, k + others.size()).scoreDocs;
        List<Candidate> out = new ArrayList<>(Math.min(k, hits.length));
        for (ScoreDoc hit : hits) {
            if (out.size() == k) {
                break;
            }
            if (others.contains(hit.doc)) {
                continue;
            }
            Document stored = searcher.storedFields().document(hit.doc);
            out.add(new Candidate(stored.get(IndexFields.PATH), stored.get(IndexFields.TITLE),
                    stored.get(IndexFields.LANGUAGE), hit.score, evidence(query, hit.doc)));
        }
        return out;
    }

    /** The documents (index-wide numbers) whose language is another than the given one. */
    private java.util.Set<Integer> documentsNotIn(Term language) throws IOException {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms languages = leaf.reader().terms(IndexFields.LANGUAGE);
            if (languages == null) {
                continue;
            }
            TermsEnum te = languages.iterator();
            PostingsEnum postings = null;
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                if (t.equals(language.bytes())) {
                    continue;
                }
                postings = te.postings(postings, PostingsEnum.NONE);
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    out.add(leaf.docBase + d);
                }
            }
        }
        return out;
    }

    /** @return the disjunction of the query's clauses, or null when no term of the query is in the index */
    Query disjunction(FindQuery query) throws IOException {
        List<Query> clauses = new ArrayList<>();
        for (String name : query.nameKeys()) {
            addTerm(clauses, IndexFields.NAMES, name, weights.names());
        }
        for (String number : query.numbers()) {
            addTerm(clauses, IndexFields.NUMBERS, number, weights.numbers());
        }
        if (weights.content() > 0) {
            for (Weighted w : contentClauses(query.terms(), MAX_CLAUSES - clauses.size())) {
                clauses.add(w.query());
            }
        }
        if (clauses.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        clauses.forEach(c -> any.add(c, Occur.SHOULD));
        return any.build();
    }

    private void addTerm(List<Query> clauses, String field, String value, double weight) throws IOException {
        if (weight > 0 && clauses.size() < MAX_CLAUSES && TermListTokenStream.usable(value)) {
            Term t = new Term(field, value);
            if (reader.docFreq(t) > 0) {
                clauses.add(new BoostQuery(new TermQuery(t), (float) weight));
            }
        }
    }

    /** The words' clauses: at most {@link #maxWords} words, at most {@code budget} renderings in all. */
    private List<Weighted> contentClauses(List<QueryTerm> terms, int budget) throws IOException {
        List<Weighted> all = new ArrayList<>();
        int n = Math.max(reader.numDocs(), 1);
        for (QueryTerm qt : terms) {
            SynonymQuery.Builder synonyms = new SynonymQuery.Builder(IndexFields.TERMS);
            Term single = null;
            float singleWeight = 0;
            int present = 0;
            double bestIdf = 0;
            for (Map.Entry<String, Double> tr : qt.translations().entrySet()) {
                if (!TermListTokenStream.usable(tr.getKey())) {
                    continue;
                }
                Term t = new Term(IndexFields.TERMS, tr.getKey());
                int df = reader.docFreq(t);
                if (df == 0) {
                    continue;
                }
                present++;
                synonyms.addTerm(t, tr.getValue().floatValue());
                single = t;
                singleWeight = tr.getValue().floatValue();
                bestIdf = Math.max(bestIdf, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
            }
            if (present == 0) {
                continue;
            }
            Query q = present == 1 ? boost(new TermQuery(single), singleWeight) : synonyms.build();
            double weight = (1 + Math.log(Math.max(qt.weight(), 1))) * Math.min(qt.weight(), 1) * weights.content();
            all.add(new Weighted(boost(q, (float) weight), weight * bestIdf, present));
        }
        int leaves = all.stream().mapToInt(Weighted::leaves).sum();
        if (all.size() <= maxWords && leaves <= budget) {
            return all;
        }
        all.sort(Comparator.comparingDouble(Weighted::priority).reversed());
        List<Weighted> kept = new ArrayList<>();
        int used = 0;
        for (Weighted w : all) {
            if (kept.size() == maxWords) {
                break;
            }
            if (used + w.leaves() <= budget) {
                kept.add(w);
                used += w.leaves();
            }
        }
        return kept;
    }

    private static Query boost(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    private record Weighted(Query query, double priority, int leaves) {
    }

    /** Which of the query's names, numbers and words a document holds, read from the postings. */
    private Evidence evidence(FindQuery query, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        Map<String, TermsEnum> enums = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (String name : query.nameKeys()) {
            if (holds(leaf.reader(), enums, IndexFields.NAMES, name, local)) {
                names.add(name);
            }
        }
        List<String> numbers = new ArrayList<>();
        for (String number : query.numbers()) {
            if (holds(leaf.reader(), enums, IndexFields.NUMBERS, number, local)) {
                numbers.add(number);
            }
        }
        List<String> words = new ArrayList<>();
        for (QueryTerm qt : query.terms()) {
            for (String t : qt.translations().keySet()) {
                if (holds(leaf.reader(), enums, IndexFields.TERMS, t, local)) {
                    words.add(qt.source());
                    break;
                }
            }
        }
        return new Evidence(names, numbers, words, query.terms().size());
    }

    private static boolean holds(LeafReader leaf, Map<String, TermsEnum> enums, String field, String term,
                                 int doc) throws IOException {
        if (!TermListTokenStream.usable(term)) {
            return false;
        }
        TermsEnum te = enums.get(field);
        if (te == null) {
            Terms terms = leaf.terms(field);
            if (terms == null) {
                return false;
            }
            te = terms.iterator();
            enums.put(field, te);
        }
        if (!te.seekExact(new BytesRef(term))) {
            return false;
        }
        PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
        int found = postings.advance(doc);
        return found == doc && found != DocIdSetIterator.NO_MORE_DOCS;
    }
}
