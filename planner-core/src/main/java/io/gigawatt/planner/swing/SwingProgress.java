package io.gigawatt.planner.swing;

/**
 * Hears how many of a plan's phases have their swing assessed, as {@link SwingModel#assessAll} finishes them (from
 * the threads that simulate them, in no fixed order): a thousand phases take seconds.
 */
@FunctionalInterface
public interface SwingProgress {

    /** Hears nothing. */
    SwingProgress NONE = (assessed, of) -> { };

    void assessed(int assessed, int of);
}
