package io.gigawatt.planner.cli.sweep;

import java.util.ServiceLoader;

/** The distributed engines on the class path, by name ({@link SweepEngine}). */
public final class SweepEngines {

    private SweepEngines() {
    }

    /** The engine called {@code name}, or null when no jar on the class path has it. */
    public static SweepEngine named(String name) {
        for (SweepEngine engine : ServiceLoader.load(SweepEngine.class)) {
            if (engine.name().equalsIgnoreCase(name)) {
                return engine;
            }
        }
        return null;
    }

    /** Why {@code name} is not there, and how to get it. */
    public static String missing(String name) {
        return name.equalsIgnoreCase("spark")
                ? "the Spark engine is not on this planner's class path, expected ./planner-on-spark sweep ... (the"
                        + " planner with the planner-spark module's jars), or ./planner sweep, which starts it"
                : "no such engine, expected spark";
    }
}
