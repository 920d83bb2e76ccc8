package org.sverka.spark;

import java.io.Serializable;

/**
 * One pair of a Spark manifest, its paths resolved to full URIs on the driver
 * ({@code file:/corpora/docs/a.en.txt}, {@code hdfs://nn/corpora/a.ru.html}), so that every
 * executor reads the same documents whatever its working folder.
 *
 * @param line    the manifest line the pair came from (1-based)
 * @param id      the pair id
 * @param english the English document's URI
 * @param russian the Russian document's URI
 */
public record ManifestPair(int line, String id, String english, String russian) implements Serializable {
}
