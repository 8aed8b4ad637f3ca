package io.gigawatt.planner.cli.sweep;

import java.util.function.Predicate;

/**
 * A distributed engine that evaluates a sweep's variants ({@code planner sweep --engine NAME}). Engines are found with
 * {@link java.util.ServiceLoader}, so one is there only when its module's jars are on the class path (the
 * {@code planner-on-spark} launcher's): the plain planner never loads them.
 */
public interface SweepEngine {

    /** The name {@code --engine} asks for. */
    String name();

    /**
     * Evaluates the variants of {@code job} and hands each row's line to {@code rows}, in variant order, until all are
     * handed over or {@code rows} says no more (the table was finished by Ctrl-C).
     *
     * @throws InterruptedException when this thread is interrupted; the engine's work is cancelled
     */
    void run(SweepJob job, Predicate<SweepLine> rows) throws InterruptedException;
}
