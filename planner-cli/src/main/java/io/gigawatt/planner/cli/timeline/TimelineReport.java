package io.gigawatt.planner.cli.timeline;

import java.util.List;

/**
 * The timeline part of the report (JSON {@code "timeline"}, schema version 1; fields may be added, never renamed):
 * when each phase is ready and what holds it, each target's closing date and road, lead times, rental markets,
 * future supply and the Monte Carlo. Dates ISO-8601 (null: never with the supply given), power in MW, shares as
 * fractions, days as whole numbers.
 *
 * @param installGpusPerDay the crews' rate, or null when installation keeps pace with deliveries
 * @param risk              the Monte Carlo, or null without a risk section
 */
public record TimelineReport(Orders orders, Double installGpusPerDay, String installBasis, List<Phase> phases,
                             List<Target> targets, List<LeadTime> leadTimes, List<Market> markets,
                             List<Option> futureSupply, Risk risk) {

    public record Orders(String generators, String batteries, String cooling) {
    }

    /**
     * @param ready     the first day from which the phase stays installed, powered and cooled; null when never
     * @param lateDays  days from {@code gpusArrive} to {@code ready}
     * @param waitDays  days its installed GPUs wait for power or cooling
     */
    public record Phase(String name, String gpusArrive, String installed, String ready, long lateDays,
                        long waitDays, List<Hold> heldBy, List<Alternative> alternatives, Range risk) {
    }

    public record Hold(String constraint, String what, String date) {
    }

    /** @param more how many more units (or crews) the change takes */
    public record Alternative(String equipment, String change, int more, String ready) {
    }

    /** P10/P50/P90 (nearest rank; null: that share of draws never gets there). */
    public record Range(String p10, String p50, String p90, int draws, double neverShare) {
    }

    /**
     * @param closes          the first day from which firm supply stays at the budget; null when never
     * @param supplyOnDateMw  firm supply on the target's date; null when unbounded
     */
    public record Target(String name, String date, double budgetMw, String closes, long lateDays,
                         Double supplyOnDateMw, List<Step> road, Range risk) {
    }

    /** @param firmMw firm supply after the step; null when unbounded */
    public record Step(String date, String change, Double firmMw) {
    }

    /** @param modelName the catalogue's name for {@code model} (its id) */
    public record LeadTime(String phase, String equipment, String model, String modelName, int units, String route,
                           long leadTimeDays, String ordered, String arrives, long slackDays) {
    }

    public record Market(String phase, String equipment, String model, String modelName, int units, int marketUnits,
                         double share) {
    }

    /** @param slipDays low / likely / high, or null when the date is taken as certain */
    public record Option(String name, String kind, double firmMw, String earliest, List<Double> slipDays,
                         boolean servesPhases, String source) {
    }

    /** @param subject the target (or last phase) the tornado is about */
    public record Risk(long seed, int draws, String subject, List<Bar> tornado) {
    }

    /** @param swingDays days between the two dates; null when only one of them comes at all */
    public record Bar(String input, double low, double high, String lowDate, String highDate, Long swingDays) {
    }
}
