package io.gigawatt.planner.cli.sweep;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A sweep as an engine's workers redo it: the command line with every path made absolute (the files must be readable at
 * those paths on every worker, as on a cluster's shared file system), the planner's environment (its rule-pack cache),
 * and which variants, at which master.
 *
 * @param arguments   {@code sweep SCENARIO --vary ...}, as {@code io.gigawatt.planner.cli.SweepJobs} parses it
 * @param master      the engine's master: null for the engine's own mode inside this JVM
 * @param threads     threads of that in-JVM mode
 * @param from        the first variant (from 0)
 * @param to          the variant after the last
 * @param header      the table's header (CSV), which names the columns of a Parquet table
 * @param parquet     a new folder to write the rows into as a Parquet table, or null
 */
public record SweepJob(List<String> arguments, Map<String, String> environment, String master, int threads, int from,
                       int to, SweepOutput.Format format, String header, String parquet) implements Serializable {

    public SweepJob {
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
    }
}
