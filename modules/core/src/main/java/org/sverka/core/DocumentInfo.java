package org.sverka.core;

import java.util.Objects;

/**
 * What a document says about itself: its title, author and date of publication, as found in the
 * page's metadata or the file's properties. Any of them may be empty, never null.
 * <pre>{@code
 * DocumentInfo info = new DocumentInfo("Lavrov meets Kerry", "TASS", "2016-09-09");
 * info.isEmpty();   // false
 * }</pre>
 *
 * @param title     the headline or title, or ""
 * @param author    the author or byline, or ""
 * @param published the date of publication as the source gives it (ISO 8601 where known), or ""
 */
public record DocumentInfo(String title, String author, String published) {
    /** No title, author or date. */
    public static final DocumentInfo NONE = new DocumentInfo("", "", "");

    /** Replaces nulls by empty strings and trims. */
    public DocumentInfo {
        title = title == null ? "" : title.strip();
        author = author == null ? "" : author.strip();
        published = published == null ? "" : published.strip();
    }

    /** @return true when nothing is known */
    public boolean isEmpty() {
        return title.isEmpty() && author.isEmpty() && published.isEmpty();
    }

    /**
     * @param other information to fall back on
     * @return this information, each empty field taken from {@code other}
     */
    public DocumentInfo orElse(DocumentInfo other) {
        Objects.requireNonNull(other, "other");
        return new DocumentInfo(title.isEmpty() ? other.title : title,
                author.isEmpty() ? other.author : author,
                published.isEmpty() ? other.published : published);
    }
}
