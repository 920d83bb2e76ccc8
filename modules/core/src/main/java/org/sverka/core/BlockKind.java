package org.sverka.core;

/** What a {@link Block} was in the source document's structure. */
public enum BlockKind {
    /** The document title (HTML title, e-mail subject, document properties). */
    TITLE,
    /** A heading or headline. */
    HEADING,
    /** A paragraph of running text. */
    PARAGRAPH,
    /** One item of a list. */
    LIST_ITEM,
    /** One cell of a table. */
    TABLE_CELL
}
