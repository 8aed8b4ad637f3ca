package io.gigawatt.planner.timeline;

/**
 * Each phase's ready day in each of the Monte Carlo's draws, for models that follow the timeline's uncertainty
 * draw by draw (the cost model prices each draw's dates).
 *
 * @param seed the Monte Carlo's seed, from which such a model seeds its own draws
 */
public final class ReadyDraws {

    /** An epoch day that never comes: the phase is never ready in that draw. */
    public static final long NEVER = Campus.NEVER;

    private final long[][] byPhase;
    private final long seed;

    ReadyDraws(long[][] byPhase, long seed) {
        this.byPhase = byPhase;
        this.seed = seed;
    }

    public int draws() {
        return byPhase.length == 0 ? 0 : byPhase[0].length;
    }

    /** Phase {@code phase}'s ready epoch day in draw {@code draw}, or {@link #NEVER}. */
    public long readyDay(int phase, int draw) {
        return byPhase[phase][draw];
    }

    public long seed() {
        return seed;
    }

    /** Equal draws: the same seed and the same days (a rerun of the same Monte Carlo). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReadyDraws r && seed == r.seed && java.util.Arrays.deepEquals(byPhase, r.byPhase);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(byPhase) * 31 + Long.hashCode(seed);
    }
}
