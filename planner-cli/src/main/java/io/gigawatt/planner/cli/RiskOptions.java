package io.gigawatt.planner.cli;

import io.gigawatt.planner.input.InputLimits;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.timeline.TimelineInput;
import java.util.Optional;

/** The command line's {@code --draws} and {@code --seed} over a loaded scenario, as evaluate and sweep take them. */
final class RiskOptions {

    /** {@code --draws} past what the scenario's Monte Carlo may keep; the message says the most it may ask for. */
    static final class TooManyDraws extends RuntimeException {
        TooManyDraws(String message) {
            super(message, null, false, false);
        }
    }

    private RiskOptions() {
    }

    /** What is wrong with {@code --draws N} whatever the scenario, if anything: a negative count, or over the limit. */
    static Optional<String> problem(Integer draws) {
        if (draws == null) {
            return Optional.empty();
        }
        if (draws < 0) {
            return Optional.of("--draws " + draws + " is negative, expected 0 (no Monte Carlo) or more draws");
        }
        return InputLimits.drawsProblem(draws, 1).map(problem -> said(draws, problem));
    }

    private static String said(int draws, String problem) {
        return "--draws " + draws + ": " + problem;
    }

    /**
     * {@code loaded} with {@code draws} (0: no Monte Carlo, the risk section left out) and {@code seed}, each when
     * given; a scenario without a timeline stays as it is.
     *
     * @throws TooManyDraws when the draws, times the phases and targets they date, are more than the limit
     */
    static Scenario apply(Scenario loaded, Integer draws, Long seed) {
        if (loaded.timeline() == null || draws == null && seed == null) {
            return loaded;
        }
        TimelineInput timeline = loaded.timeline();
        if (draws != null && draws == 0) {
            return loaded.withTimeline(timeline.withoutRisk());
        }
        if (draws != null) {
            int dated = loaded.build().milestones().size() + loaded.targets().size();
            InputLimits.drawsProblem(draws, dated).ifPresent(problem -> {
                throw new TooManyDraws(said(draws, problem));
            });
            timeline = timeline.withDraws(draws);
        }
        if (seed != null) {
            timeline = timeline.withSeed(seed);
        }
        return loaded.withTimeline(timeline);
    }
}
