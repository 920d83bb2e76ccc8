package org.sverka.index;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.SmallFloat;

/**
 * A filter on a document's length: the documents whose field holds at most a number of terms,
 * read from the field's norms (the length BM25 normalises by, which the index writes anyway, so
 * an index needs nothing new for it). Lengths are as BM25's norms keep them: exact for a short
 * document, rounded down for a long one (Lucene's {@link SmallFloat#intToByte4}); a document
 * without the field has length 0. Meant as a {@code FILTER} clause beside a scoring query, which leads: the
 * length is checked only on the documents that query matches.
 * <pre>{@code
 * Query shortOnes = new BooleanQuery.Builder()
 *         .add(disjunction, Occur.MUST)
 *         .add(new ShortDocumentFilter(IndexFields.TERMS, 8), Occur.FILTER).build();
 * }</pre>
 */
final class ShortDocumentFilter extends Query {
    private final String field;
    private final int maxTerms;

    /**
     * @param field    the field whose length counts
     * @param maxTerms the most terms a kept document holds, at least 0
     */
    ShortDocumentFilter(String field, int maxTerms) {
        if (maxTerms < 0) {
            throw new IllegalArgumentException("maxTerms = " + maxTerms + " is negative");
        }
        this.field = Objects.requireNonNull(field, "field");
        this.maxTerms = maxTerms;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                NumericDocValues norms = context.reader().getNormValues(field);
                DocIdSetIterator all = DocIdSetIterator.all(context.reader().maxDoc());
                TwoPhaseIterator shortOnes = new TwoPhaseIterator(all) {
                    @Override
                    public boolean matches() throws IOException {
                        return norms == null || !norms.advanceExact(approximation.docID())
                                || SmallFloat.byte4ToInt((byte) norms.longValue()) <= maxTerms;
                    }

                    @Override
                    public float matchCost() {
                        return 2;
                    }
                };
                return new ConstantScoreScorer(this, score(), scoreMode, shortOnes);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return true;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String defaultField) {
        return "length(" + field + ")<=" + maxTerms;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && field.equals(((ShortDocumentFilter) other).field)
                && maxTerms == ((ShortDocumentFilter) other).maxTerms;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, maxTerms);
    }
}
