package org.sverka.spark;

import java.io.Serializable;

/**
 * A document of a folder to pair by content, as the driver listed it.
 *
 * @param uri      its full URI, which every executor reads it by
 * @param path     its name in the pairing's output: the local path for a {@code file:} URI, else the URI
 * @param language the language its folder holds, {@code en} or {@code ru}
 */
public record DocumentRef(String uri, String path, String language) implements Serializable {
}
