package org.sverka.core;

/**
 * What a sentence is, where segmentation can tell: most are ordinary sentences; a news dateline
 * ("MOSCOW, May 24. /TASS/."), a speaker's label in a transcript ("С.В.Лавров:"), and the furniture
 * of a news page that extraction keeps (an author line, a photo caption or credit, a "Read also"
 * line) are each kept as one unit and marked, so that aligners and reviewers can treat them apart.
 * {@link #isStory()} tells the sentences of the story from the furniture around it.
 */
public enum SentenceKind {
    /** An ordinary sentence. */
    SENTENCE,
    /** A news agency dateline: place, date and agency before the story. */
    DATELINE,
    /** A speaker's label that opens a turn of a transcript: "Question:", "С.В.Лавров:". */
    SPEAKER,
    /** An author line: "By John Smith", «Автор: Иван Петров». */
    BYLINE,
    /** A photo, figure or table caption, or a photo credit: "Photo: Reuters", «Фото: ТАСС». */
    CAPTION,
    /** A link to another story: "Read also: …", «Читайте также: …». */
    RELATED;

    /**
     * Whether the sentence belongs to the story's text: ordinary sentences, speakers' labels and
     * captions (which describe the story's pictures and may be translated with it) do; datelines,
     * author lines and links to other stories are metadata.
     * <pre>{@code
     * SentenceKind.CAPTION.isStory();   // true
     * SentenceKind.BYLINE.isStory();    // false
     * }</pre>
     *
     * @return false for {@link #DATELINE}, {@link #BYLINE} and {@link #RELATED}
     */
    public boolean isStory() {
        return this != DATELINE && this != BYLINE && this != RELATED;
    }

    /** @return the lower-case name used in outputs ({@code "dateline"}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
