/**
 * Finding the original: an on-disk Apache Lucene index of documents (their language, content
 * terms, name keys, numbers and sentences) and a ranked first-stage search for the documents a
 * report may render. The terms come from the caller; this stage depends on {@code core} only.
 */
package org.sverka.index;
