package org.sverka.index;

/** The names of the Lucene fields of the index and the format stamp, in one place. */
final class IndexFields {
    /** The document's identity: a single untokenised term, stored. */
    static final String PATH = "path";
    /** The content hash, stored. */
    static final String HASH = "hash";
    /** The language code: a single term, stored; the language filter. */
    static final String LANGUAGE = "lang";
    /** The title, stored only. */
    static final String TITLE = "title";
    /** The content terms, indexed with frequencies (no positions), not stored. */
    static final String TERMS = "terms";
    /** The name keys, indexed with frequencies, not stored. */
    static final String NAMES = "names";
    /** The numbers and dates, indexed with frequencies, not stored. */
    static final String NUMBERS = "numbers";
    /** One stored value a sentence, in order. */
    static final String SENTENCE = "sentence";

    /** The commit user-data key holding the format version. */
    static final String FORMAT_KEY = "sverka.index.format";
    /**
     * The format this code writes and reads. Raise it whenever fields or their meaning change:
     * an index of another format is refused with a message saying to rebuild it. Format 1 indexed
     * positions; format 2 indexes frequencies only.
     */
    static final String FORMAT_VERSION = "2";

    private IndexFields() {
    }
}
