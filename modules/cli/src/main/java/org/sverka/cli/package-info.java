/**
 * The {@code sverka} command line (picocli): the only module that knows every stage and
 * composes them. {@link org.sverka.cli.Sverka} is the entry point; each command is a class;
 * {@link org.sverka.cli.Pipeline} runs extract, language and segment for a file;
 * {@link org.sverka.cli.AtomicOutput} writes results so that a failure never leaves half a file.
 */
package org.sverka.cli;
