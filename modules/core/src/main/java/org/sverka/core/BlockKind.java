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
    TABLE_CELL,
    /** The caption of a photo, figure or table (HTML {@code figcaption}, {@code caption}). */
    CAPTION,
    /** An article's author line, marked so by the page ("By John Smith", «Текст: Иван Петров»). */
    BYLINE
}
