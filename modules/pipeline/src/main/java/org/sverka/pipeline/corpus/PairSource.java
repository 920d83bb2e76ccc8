package org.sverka.pipeline.corpus;

import java.util.Objects;

/**
 * A document pair to align: an id and two paths (local files, or anything the Spark job can open).
 *
 * @param id      a name unique within the manifest
 * @param english the English document (or the Russian one: languages are detected)
 * @param russian the Russian document
 */
public record PairSource(String id, String english, String russian) implements java.io.Serializable {
    /** Checks the fields. */
    public PairSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(russian, "russian");
        if (id.isBlank()) {
            throw new IllegalArgumentException("empty pair id");
        }
    }
}
