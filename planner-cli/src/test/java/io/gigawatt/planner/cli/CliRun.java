package io.gigawatt.planner.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.gigawatt.planner.rules.RulesModule;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the real command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** One injector for all runs: the rule base compiles once, as in a long-lived planner process. */
    private static final Injector INJECTOR = Guice.createInjector(new RulesModule());

    static CliRun of(String... args) {
        return with(INJECTOR, args);
    }

    /** A run with the given injector (the planner configured otherwise). */
    static CliRun with(Injector injector, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(injector, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
