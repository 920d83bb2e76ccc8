/**
 * The {@code sverka} command line (picocli): parses options, calls the pipeline module and prints.
 * {@link org.sverka.cli.SverkaCli} is the entry point; each command is a class. No class here builds
 * a stage: the front door {@link org.sverka.pipeline.Sverka} and the pipeline's classes do, and
 * {@code ArchitectureTest} fails when a command uses a stage's package directly.
 */
package org.sverka.cli;
