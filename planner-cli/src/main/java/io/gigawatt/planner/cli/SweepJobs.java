package io.gigawatt.planner.cli;

import com.google.inject.Injector;
import io.gigawatt.planner.cli.sweep.SweepJob;
import io.gigawatt.planner.cli.sweep.SweepLine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine;

/**
 * A sweep's variants evaluated on a worker of a distributed engine (a Spark executor): the worker reads the sweep's
 * command line as the planner does, once per JVM, so the rule base compiles once per worker (through the rule-pack
 * cache when the planner has one) and the worker's variants share one swing model's campus traces.
 */
public final class SweepJobs {

    /** The sweeps this JVM has prepared, by their command lines: one at a time in practice. */
    private static final Map<List<String>, SweepCommand.Prepared> PREPARED = new ConcurrentHashMap<>();

    private SweepJobs() {
    }

    /** The row of variant {@code index} (from 0) of {@code job}, as the planner's own sweep writes it. */
    public static SweepLine line(SweepJob job, int index) {
        SweepCommand.Prepared prepared = PREPARED.computeIfAbsent(job.arguments(), arguments -> prepare(job));
        return SweepLine.of(prepared.runner().evaluate(index), prepared.columns(), job.format());
    }

    private static SweepCommand.Prepared prepare(SweepJob job) {
        Injector injector = Main.injector(job.environment());
        CommandLine commandLine = new CommandLine(new PlannerCommand(), new GuiceFactory(injector));
        StringWriter said = new StringWriter();
        commandLine.setErr(new PrintWriter(said, true));
        SweepCommand command = (SweepCommand) commandLine.parseArgs(job.arguments().toArray(String[]::new))
                .subcommand().commandSpec().userObject();
        try {
            return command.prepare(1, new PrintWriter(said, true));
        } catch (SweepCommand.Refused e) {
            // the planner prepared the same sweep before starting the engine: the worker sees other files
            throw new IllegalStateException("a worker cannot prepare the sweep (are the files readable at the same"
                    + " paths on every worker?): " + said.toString().strip());
        }
    }
}
