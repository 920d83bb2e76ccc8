/**
 * Finding the original a report renders, and pairing whole collections by content: the one recipe
 * that turns analysed text into index terms and queries ({@link org.sverka.pipeline.find.IndexTerms}),
 * filling an index from files ({@link org.sverka.pipeline.find.ArchiveIndexer}), searching it with a
 * report and re-ranking the candidates by aligning them ({@link org.sverka.pipeline.find.OriginalsFinder}),
 * and pairing two folders one to one ({@link org.sverka.pipeline.find.ContentPairing}).
 * <pre>{@code
 * Sverka sverka = Sverka.aligner().build();
 * try (OriginalsIndex index = OriginalsIndex.open(Path.of("archive.idx"))) {
 *     FindResult r = sverka.finder().find(sverka.pipeline().read(Path.of("report.html")), index, 10);
 *     r.ranked().forEach(c -> System.out.println(c.path() + " " + c.score()));
 * }
 * }</pre>
 */
package org.sverka.pipeline.find;
