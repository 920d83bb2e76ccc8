package org.sverka.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sverka eval}: the evaluators, one subcommand each. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measures sverka on benchmark data.",
        subcommands = {EvalLangidCommand.class, EvalExtractCommand.class, EvalSegmentCommand.class, EvalAlignCommand.class,
            EvalSpeedCommand.class, EvalCorpusCommand.class, EvalFindCommand.class,
            EvalFindScaleCommand.class})
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name an evaluation: langid, extract, segment, align, speed, corpus, find or find-scale");
    }
}
