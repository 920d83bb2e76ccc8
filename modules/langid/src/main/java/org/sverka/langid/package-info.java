/**
 * The language stage: language of documents, blocks, sentences and script runs, with Lingua.
 *
 * <p>{@link org.sverka.langid.LanguageIdentifier} is the facade; a builder restricts the
 * language set (loading every Lingua model costs about 1.4 GB). {@link org.sverka.langid.ScriptRun}s
 * split a sentence that mixes scripts, so that a Russian phrase quoted in English is labelled
 * Russian. {@link org.sverka.langid.DocumentLanguage} is the one decision for a whole document, used
 * by every route of the pipeline (a long text judged by samples spread over it).
 * {@link org.sverka.langid.LanguageAccuracy} measures sentence-level accuracy on
 * line-aligned data.
 */
package org.sverka.langid;
