package org.sverka.segment;

/**
 * A place where a sentence may end.
 *
 * @param terminator offset of the first terminator character (or of the list marker or bullet)
 * @param end        offset just after the terminators and closing punctuation of the sentence
 * @param next       offset of the first character of the following sentence
 * @param type       what made this a candidate
 */
record Candidate(int terminator, int end, int next, Type type) {
    /** What made a place a candidate. */
    enum Type {
        /** Terminators followed by white space: decided by {@link BreakRules}. */
        TERMINATOR,
        /** A break that needs no decision: before a list marker, a bullet, a spaced ellipsis that opens a sentence. */
        CERTAIN
    }
}
