package io.gigawatt.planner.swing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The last few results of a deterministic computation, by input. A sweep's threads asking for the same input at
 * once compute it once: the first computes, the others wait for its result.
 */
final class Remembered<K, V> {

    private final int capacity;
    private final Map<K, FutureTask<V>> recent;

    Remembered(int capacity) {
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, FutureTask<V>> eldest) {
                return size() > Remembered.this.capacity;
            }
        };
    }

    V get(K key, Supplier<V> compute) {
        FutureTask<V> task;
        boolean mine = false;
        synchronized (recent) {
            task = recent.get(key);
            if (task == null) {
                task = new FutureTask<>(compute::get);
                recent.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return waitFor(task);
        } catch (ExecutionException e) {
            synchronized (recent) {
                recent.remove(key, task);
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
