package org.sverka.cli;

import org.sverka.pipeline.Limits;
import org.sverka.pipeline.Pipeline;
import org.sverka.pipeline.Sverka;
import java.io.PrintWriter;
import java.util.List;
import org.sverka.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sverka} command: aligns English reports with their Russian originals.
 * <pre>
 * sverka align report.html original.docx -o alignment.tsv
 * sverka extract story.ru.pdf --format json
 * sverka detect story.txt
 * </pre>
 * Exit codes: 0 success, 1 a failed input (one line on stderr naming the file and the cause),
 * 2 a usage error.
 *
 * <p>Start-up: picocli builds a command's model by reflection over its class and every class its
 * options and methods name; the whole tree of commands took twice the time of one command's model
 * (1.1 s against 0.53 s in a fresh JVM without the class-data archive, on a loaded machine). A
 * command line that names a command therefore gets that command alone, {@code --version} none; the
 * full tree is built only for the top-level help, a misspelt command and {@code help}.
 */
@Command(name = "sverka", mixinStandardHelpOptions = true, version = "sverka 0.1.0",
        description = "Aligns English news reports with their Russian originals sentence by sentence.")
public final class SverkaCli implements Runnable {
    /** The commands' names (their {@code @Command} names, which a test checks), in the order help lists them. */
    private static final List<String> COMMANDS =
            List.of("align", "extract", "detect", "review", "corpus", "index", "find", "eval", "lexicon", "help");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        skipOptionalLibraryProbes();
        if (args.length > 0 && args[0].equals("align")) {
            Sverka.prepareDefaultModel();   // the lexicon loads while picocli builds the command
        }
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Tells picocli not to look for Groovy (closures in annotations) and Jansi (a Windows console
     * library), neither of which sverka ships, unless the user's own system properties say otherwise.
     * Looking for a class that is not there walks the whole class path: the JVM opens every one of the
     * launcher's 131 jars to read its directory, about 60 ms of every command before it does anything.
     */
    static void skipOptionalLibraryProbes() {
        for (String property : List.of("picocli.disable.closures", "org.fusesource.jansi.Ansi.disable")) {
            if (System.getProperty(property) == null) {
                System.setProperty(property, "true");
            }
        }
    }

    /**
     * Runs a command line with the given output streams; for tests and embedding.
     *
     * @param out  standard output
     * @param err  standard error
     * @param args the command line
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Throwable t = e;
            if (t instanceof InputException || t.getCause() == null) {
                cmd.getErr().println("sverka: " + oneLine(t.getMessage() == null ? t.toString() : t.getMessage()));
            } else {
                cmd.getErr().println("sverka: " + oneLine(t.toString()));
            }
            cmd.getErr().flush();
            return 1;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("sverka: out of memory; give Java more (SVERKA_JAVA_OPTS=-Xmx4g) or lower the limits (--max-text)");
            code = 1;
        } catch (Error e) {
            err.println("sverka: internal error: " + oneLine(String.valueOf(e)));
            code = 1;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command tree for a command line: only the named command when the first argument names one
     * (other than {@code help}), none for {@code --version} alone, every command otherwise.
     *
     * @param args the command line
     * @return the parser, not yet run
     */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new SverkaCli());
        String first = args.length == 0 ? "" : args[0];
        boolean one = !first.equals("help") && COMMANDS.contains(first);
        boolean none = args.length == 1 && (first.equals("--version") || first.equals("-V"));
        for (String name : COMMANDS) {
            if (!none && (!one || name.equals(first))) {
                cl.addSubcommand(command(name));
            }
        }
        return cl;
    }

    /** A switch, not a table of constructor references: each reference would cost a lambda class at start-up. */
    private static Object command(String name) {
        return switch (name) {
            case "align" -> new AlignCommand();
            case "extract" -> new ExtractCommand();
            case "detect" -> new DetectCommand();
            case "review" -> new ReviewCommand();
            case "corpus" -> new CorpusCommand();
            case "index" -> new IndexCommand();
            case "find" -> new FindCommand();
            case "eval" -> new EvalCommand();
            case "lexicon" -> new LexiconCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    private static String oneLine(String s) {
        return org.sverka.pipeline.Printable.escape(s.replaceAll("[\\t\\n\\r\\f]+", " ").replaceAll(" {2,}", " ").strip());
    }

    /** @return the shared ingest pipeline with the default limits, built on first use */
    static Pipeline pipeline() {
        return library(Limits.DEFAULT, false).pipeline();
    }

    /**
     * @param limits          how much to read of a document
     * @param keepBoilerplate keep what extraction would drop as page furniture
     * @return the front door with these settings (its stages are built once per process and shared)
     */
    static Sverka library(Limits limits, boolean keepBoilerplate) {
        return Sverka.aligner().limits(limits).keepBoilerplate(keepBoilerplate).build();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: " + String.join(", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList()));
    }
}
