package org.sverka.core;

/**
 * What a sentence is, where segmentation can tell: most are ordinary sentences; a news dateline
 * ("MOSCOW, May 24. /TASS/.") or a speaker's label in a transcript ("С.В.Лавров:") is kept as one
 * unit and marked, so that aligners and reviewers can treat it apart.
 */
public enum SentenceKind {
    /** An ordinary sentence. */
    SENTENCE,
    /** A news agency dateline: place, date and agency before the story. */
    DATELINE,
    /** A speaker's label that opens a turn of a transcript: "Question:", "С.В.Лавров:". */
    SPEAKER;

    /** @return the lower-case name used in outputs ({@code "dateline"}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
