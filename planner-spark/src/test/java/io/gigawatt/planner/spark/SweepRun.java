package io.gigawatt.planner.spark;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.gigawatt.planner.cli.Main;
import io.gigawatt.planner.rules.RulesModule;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the real command line in this JVM, with what it printed. */
record SweepRun(int exitCode, String out, String err) {

    /** One injector for all runs: the rule base compiles once, as in a long-lived planner process. */
    private static final Injector INJECTOR = Guice.createInjector(new RulesModule());

    static SweepRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(INJECTOR, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new SweepRun(code, out.toString(), err.toString());
    }

    /** What the run printed after its first line (the count, the time, the speed): the summary. */
    String summary() {
        return out.substring(out.indexOf('\n') + 1);
    }
}
