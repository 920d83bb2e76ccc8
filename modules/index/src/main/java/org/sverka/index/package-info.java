/**
 * Finding the original: an on-disk Apache Lucene index of documents (their language, content
 * terms, name keys, numbers and sentences) and a ranked first-stage search for the documents a
 * report may render. The terms come from the caller; this stage depends on {@code core} only.
 *
 * <p>Writing: {@link org.sverka.index.OriginalsIndex#openForWriting} and
 * {@link org.sverka.index.OriginalsIndex#add} of an {@link org.sverka.index.IndexedDocument}.
 * Searching: {@link org.sverka.index.OriginalsIndex#open}, a {@link org.sverka.index.FindQuery} of
 * {@link org.sverka.index.QueryTerm}s, name keys and numbers, and
 * {@link org.sverka.index.OriginalsIndex#search}, which gives {@link org.sverka.index.Candidate}s
 * with their {@link org.sverka.index.Evidence}; then
 * {@link org.sverka.index.OriginalsIndex#rerank} by a caller's
 * {@link org.sverka.index.CandidateReranker}.
 * <pre>{@code
 * try (OriginalsIndex index = OriginalsIndex.open(Path.of("archive.idx"))) {
 *     FindQuery query = FindQuery.builder().documentLanguage("ru")
 *             .term(new QueryTerm("talks", Map.of("переговор", 1.0), 1))
 *             .name("lavr").number("2015-09-16").build();
 *     for (Candidate c : index.search(query, 10)) {
 *         System.out.println(c.path() + " " + c.score() + " " + c.evidence().matchedNames());
 *     }
 * }
 * }</pre>
 */
package org.sverka.index;
