package io.gigawatt.planner.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import io.gigawatt.planner.cache.CacheFolder;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.RulesModule;
import io.gigawatt.planner.swing.SwingModule;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/** Entry point. {@link #run} does the work and returns the exit code, so tests call it without exiting. */
public final class Main {

    private Main() {
    }

    /** The JVM's standard error, which only the planner writes to (see {@link #main}). */
    private static final PrintStream STDERR = System.err;

    /** The variable in which the launcher names the folder of compiled rule packs (unset, blank or off: none). */
    static final String RULE_CACHE = "PLANNER_RULE_CACHE";

    public static void main(String[] args) {
        // the HTML report draws its charts with AWT: no display to connect to, no window or dock icon
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // The planner says everything through its own writer, located and in its words; what a library prints on the
        // JVM's standard error by itself (Drools's ANTLR parser writes "line 1:80 no viable alternative at character
        // '\'" for a problem the compiler then reports located) would reach the planner unformatted.
        System.setErr(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        Runtime.getRuntime().addShutdownHook(new Thread(Main::stopARuleEndingThePlanner, "planner-exit-check"));
        int code = run(injector(System.getenv()), new PrintWriter(System.out, true), new PrintWriter(STDERR, true),
                args);
        System.exit(code);
    }

    /** The planner's parts, configured by what the launcher sets in the {@code environment}. */
    static Injector injector(Map<String, String> environment) {
        return Guice.createInjector(new RulesModule(CacheFolder.named(environment.get(RULE_CACHE))),
                SwingModule.configuredBy(environment));
    }

    /**
     * A rule that calls {@code System.exit} would end the planner with the rule's code and nothing said (exit 0 for an
     * infeasible scenario): as the JVM shuts down, say which rule did it and end as an internal error instead.
     * ({@code Runtime.halt} runs no hook; rule files are refused when they name either, see RuleBuild.)
     */
    private static void stopARuleEndingThePlanner() {
        RuleEngine.ruleEndingThePlanner().ifPresent(rule -> {
            STDERR.println("planner: " + rule + " called System.exit; the run was stopped, no report written");
            STDERR.flush();
            Runtime.getRuntime().halt(ExitCode.INTERNAL_ERROR.code());
        });
    }

    /** Runs with a given injector, so tests and features reuse one compiled rule base across runs. */
    public static int run(Injector injector, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine;
        try {
            commandLine = new CommandLine(new PlannerCommand(), new GuiceFactory(injector));
        } catch (CommandLine.InitializationException e) {
            // a command's collaborators failed to start (a broken default catalogue in the jar, say)
            return internalError(e, List.of(args).contains("--verbose"), err);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("planner: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.BAD_INPUT.code();
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> internalError(e, verbose(parsed), err));
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // outside a rule (a rule's is named by RuleEngine): what was allocated is unreachable now, so this prints
            return exhausted(e, err);
        }
    }

    /** The heap or the stack ran out: one line saying which, and how to give the planner more. */
    private static int exhausted(VirtualMachineError e, PrintWriter err) {
        err.println(e instanceof OutOfMemoryError
                ? String.format(Locale.ROOT, "planner: internal error: the planner's memory is full (a heap of %,d MB);"
                        + " PLANNER_HEAP=8g ./planner ... gives it more", Runtime.getRuntime().maxMemory() >> 20)
                : "planner: internal error: calls nested too deep, the stack overflowed; java -Xss16m gives a deeper stack");
        return ExitCode.INTERNAL_ERROR.code();
    }

    /** What went wrong inside, without picocli's or Guice's wrapping around it; its stack trace only when asked. */
    private static int internalError(Exception e, boolean verbose, PrintWriter err) {
        Throwable cause = e;
        while ((cause instanceof CommandLine.PicocliException || cause instanceof ProvisionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        err.println("planner: internal error: " + cause);
        if (verbose) {
            e.printStackTrace(err);
        } else {
            err.println("Run again with --verbose for the stack trace.");
        }
        return ExitCode.INTERNAL_ERROR.code();
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** Lets picocli build commands through Guice, so commands get their collaborators injected. */
    record GuiceFactory(Injector injector) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return injector.getInstance(type);
            } catch (com.google.inject.ConfigurationException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
