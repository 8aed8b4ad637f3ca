package io.gigawatt.planner.swing;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The most recent results of a deterministic computation, by input, as many as fit a budget (the least recently used
 * go first). A sweep's threads asking for the same input at once compute it once: the first computes, the others wait
 * for its result.
 */
final class Remembered<K, V> {

    private final long budget;
    private final ToLongFunction<V> weight;
    private final Map<K, Kept<V>> recent = new LinkedHashMap<>(16, 0.75f, true);
    /** The weight of the results kept, in the budget's unit. */
    private long held;

    /** A result in the making or made, and its weight once counted against the budget. */
    private static final class Kept<V> {
        private final FutureTask<V> task;
        private long weight = -1;

        Kept(FutureTask<V> task) {
            this.task = task;
        }
    }

    /** Keeps results whose {@code weight} sums to at most {@code budget} (the newest always). */
    Remembered(long budget, ToLongFunction<V> weight) {
        this.budget = budget;
        this.weight = weight;
    }

    /** Keeps the last {@code count} results. */
    static <K, V> Remembered<K, V> last(int count) {
        return new Remembered<>(count, value -> 1);
    }

    V get(K key, Supplier<V> compute) {
        Kept<V> kept;
        boolean mine = false;
        synchronized (recent) {
            kept = recent.get(key);
            if (kept == null) {
                kept = new Kept<>(new FutureTask<>(compute::get));
                recent.put(key, kept);
                mine = true;
            }
        }
        if (mine) {
            kept.task.run();
        }
        try {
            V value = waitFor(kept.task);
            if (mine) {
                count(key, kept, value);
            }
            return value;
        } catch (ExecutionException e) {
            synchronized (recent) {
                recent.remove(key, kept);
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Counts a result just made against the budget, and lets the least recently used results go until the rest fit
     * (those still in the making stay: their weight is not known yet).
     */
    private void count(K key, Kept<V> kept, V value) {
        synchronized (recent) {
            if (recent.get(key) != kept) {
                return;
            }
            kept.weight = weight.applyAsLong(value);
            held += kept.weight;
            Iterator<Kept<V>> eldest = recent.values().iterator();
            while (held > budget && eldest.hasNext()) {
                Kept<V> next = eldest.next();
                if (next != kept && next.weight >= 0) {
                    eldest.remove();
                    held -= next.weight;
                }
            }
        }
    }

    /** The task's result; an interrupt while waiting is kept for the caller to see, not lost. */
    private static <V> V waitFor(FutureTask<V> task) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
