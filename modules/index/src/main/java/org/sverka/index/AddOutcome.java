package org.sverka.index;

/** What {@link OriginalsIndex#add(IndexedDocument)} did with a document. */
public enum AddOutcome {
    /** The path was not in the index; the document was added. */
    ADDED,
    /** The path was in the index with the same content hash; nothing changed. */
    UNCHANGED,
    /** The path was in the index with another content hash; the old entry was replaced. */
    REPLACED
}
