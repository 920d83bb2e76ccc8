package org.sverka.extract;

/**
 * How the main content of a web page is chosen; see {@link Extractor.Builder#webContent(WebContent)}.
 * The default, {@link #COMBINED}, measured best on WCXB (see the module's README figures).
 */
public enum WebContent {
    /** This module's own element scorer on jsoup ({@link ContentScorer}). */
    SCORER,
    /** Readability4J, the Kotlin port of Mozilla's Readability, on the same jsoup DOM. */
    READABILITY,
    /**
     * Both; Readability4J's content unless it holds less than 40% of the text of the scorer's, which
     * then wins (trafilatura's lesson: a second extractor catches the first one's misses).
     */
    COMBINED
}
