package io.gigawatt.planner.cli.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gigawatt.planner.cli.timeline.TimelineReport;
import io.gigawatt.planner.rules.DefaultPack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The one report model every format renders, so text, Markdown and JSON cannot disagree. Its shape is the
 * JSON contract (schema version 1): fields may be added, never renamed. Power in MW, energy in MWh,
 * shares as fractions 0-1, dates ISO-8601.
 */
public record Report(int schemaVersion, String scenario, String file, String verdict, List<Phase> phases,
                     List<Target> targets, List<Finding> findings, TimelineReport timeline,
                     SupplySeries series, Scale scale, SwingTrace swingTrace, EconomicsReport economics) {

    public static final int SCHEMA_VERSION = 1;

    /** A report without the supply series, the scale, a swing trace and the economics. */
    public Report(int schemaVersion, String scenario, String file, String verdict, List<Phase> phases,
                  List<Target> targets, List<Finding> findings, TimelineReport timeline) {
        this(schemaVersion, scenario, file, verdict, phases, targets, findings, timeline, null, null, null, null);
    }

    /** A report without a timeline (the scenario has no timeline section). */
    public Report(int schemaVersion, String scenario, String file, String verdict, List<Phase> phases,
                  List<Target> targets, List<Finding> findings) {
        this(schemaVersion, scenario, file, verdict, phases, targets, findings, null);
    }

    /** How many findings have {@code severity} ("ERROR", "WARNING", "INFO"). */
    public long countOf(String severity) {
        return countOf(findings, severity);
    }

    private static long countOf(List<Finding> findings, String severity) {
        return findings.stream().filter(f -> f.severity().equals(severity)).count();
    }

    /** "3 errors, 2 warnings, 9 notes": the tally every format opens or closes with. */
    public String tally() {
        return tally(findings);
    }

    /** The tally of any findings (a site's, in the sites report). */
    public static String tally(List<Finding> findings) {
        return plural(countOf(findings, "ERROR"), "error") + ", " + plural(countOf(findings, "WARNING"), "warning")
                + ", " + plural(countOf(findings, "INFO"), "note");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Severities, the most severe first. */
    private static final List<String> SEVERITIES = List.of("ERROR", "WARNING", "INFO");

    /**
     * The indices of the findings, errors first, then warnings, then notes; within a severity in report order (by
     * phase): how a family's findings read, so a reader meets what blocks before what informs.
     */
    public List<Integer> bySeverity() {
        return IntStream.range(0, findings.size()).boxed()
                .sorted(Comparator.comparingInt(i -> SEVERITIES.indexOf(findings.get(i).severity())))
                .toList();
    }

    /**
     * The findings by rule family (the default pack's order, a planner's own families after in order of appearance),
     * each family's {@link #bySeverity() by severity}: how a page lists them.
     */
    public List<Finding> byFamily() {
        List<String> families = new ArrayList<>(DefaultPack.FAMILIES);
        findings.forEach(f -> {
            if (!families.contains(f.family())) {
                families.add(f.family());
            }
        });
        return bySeverity().stream().map(findings::get)
                .sorted(Comparator.comparingInt(f -> families.indexOf(f.family()))).toList();
    }

    /** The findings about each phase and target, in report order, found in one pass over the findings. */
    public Map<String, List<Finding>> findingsBySubject() {
        Map<String, List<Finding>> about = new HashMap<>();
        for (Finding f : findings) {
            Stream.of(f.phase(), f.target()).filter(Objects::nonNull).distinct()
                    .forEach(subject -> about.computeIfAbsent(subject, s -> new ArrayList<>()).add(f));
        }
        return about;
    }

    /**
     * @param onSiteMw  the most on-site generation must carry on any day of the phase's build window
     * @param onSiteDay the day that happens
     */
    public record Phase(String name, String date, Map<String, Long> gpus, long gpuCount, double itMw,
                        double facilityMw, double gridMw, double gridShare, double onSiteMw, String onSiteDay,
                        Generators generators, Batteries batteries, Cooling cooling, String verdict, Swing swing,
                        Flexible flexible) {
    }

    /**
     * What the grid's flexible tranches do to a phase.
     *
     * @param ready       ready with the flexible tranches counted, or null (no timeline, or never ready)
     * @param readyIfFirm ready with every tranche taken firm on its firm date, or null
     * @param daysSooner  days the flexible tranches bring it forward
     * @param curtailment how it rides the events of the tranche it leans on, or null when none is curtailable then
     * @param lostValue   the lost GPU-hours of a year valued as idle GPUs are, in {@code currency}; null when unpriced
     */
    public record Flexible(String ready, String readyIfFirm, long daysSooner, Curtailment curtailment,
                           Double lostValue, String currency) {
    }

    /**
     * One event of a flexible tranche and the year's: what it cuts and what rides it, each event of the longest
     * length, as many as the year's budget allows.
     *
     * @param firmDate     the day the tranche is firm, or null when the utility named none
     * @param shortfallMw  what each event cuts from the phase's grid
     * @param gpuMw        what the workload sheds (power caps, jobs paused at checkpoints)
     * @param droppedMw    what nothing covers
     * @param gpusStopped  GPUs the workload's part and the dropped load stop in each event
     * @param lostShare    the lost GPU-hours as a share of the phase's GPU-hours in a year
     * @param arithmetic   the lost GPU-hours worked out in words
     */
    public record Curtailment(double trancheMw, String flexibleDate, String firmDate, double hoursPerYear,
                              double longestEventHours, double noticeHours, String calledBy, double eventsPerYear,
                              double shortfallMw, double generatorsMw, double batteriesMw, double gpuMw,
                              double droppedMw, double curtailableShare, long gpusStopped, double lostGpuHours,
                              double lostShare, String arithmetic) {
    }

    /**
     * @param mw          nameplate of all units, as air permits count it
     * @param availableMw what all units deliver at the design ambient temperature
     */
    /** @param modelName the catalogue's name for {@code model} (its id), as every format names the equipment */
    public record Generators(String model, String modelName, int units, int running, int spares, double mw,
                             double availableMw, double unitMw, double derateFactor) {
    }

    public record Batteries(String model, String modelName, int units, double mw, double mwh, double swingMw,
                            double largestTripMw, String sizedBy) {
    }

    /**
     * The simulated power swing of a phase (null when the scenario has no workload). "Before": the load as the jobs
     * make it; "after": the grid draw with every mitigation the scenario switches on.
     *
     * @param maxRampMwPerSecond      steepest step-to-step change before mitigation
     * @param bandShareBefore         share of the swing's energy in the utility's band, before
     * @param loadPeakToTroughMw      peak to trough with the load-side mitigations (floor, PSU storage, ramp limit)
     * @param gridShare               share of every change the grid carries (generators carry the rest)
     * @param gridMaxRampMwPerSecond  steepest change of the grid draw over the utility's ramp window, after
     * @param gridRangeMw             largest range of the grid draw within the utility's range window, after
     * @param bandShareAfter          the grid draw's energy in the band, over the swing energy it would see unmitigated
     * @param generatorFollowRatio    what the generators were asked to follow over what they can (above 1: they cannot)
     * @param powerFloorMwh           energy the power floor burns over the window (0 without one)
     * @param powerFloorShare         that energy as a share of the campus's energy without the floor
     * @param assessedAt              the phase whose simulation these figures come from; absent when the phase's own
     */
    public record Swing(int stepMs, double windowMinutes, double peakToTroughMw, double maxRampMwPerSecond,
                        double bandShareBefore, double loadPeakToTroughMw, double gridShare,
                        double gridMaxRampMwPerSecond, double gridRangeMw, double bandShareAfter,
                        double generatorFollowRatio, Utility utility, SwingBatteries batteries, Double powerFloor,
                        double powerFloorMwh, double powerFloorShare, List<LimitMargin> margins,
                        @JsonInclude(JsonInclude.Include.NON_NULL) AssessedAt assessedAt) {
    }

    /**
     * The phase whose swing simulation a phase shares (its IT load within the scenario's tolerance above this one's).
     *
     * @param above how much more IT load that phase has, as a share of this one's
     */
    public record AssessedAt(String phase, double itMw, double above) {
    }

    /**
     * One utility limit measured on the grid draw after mitigation.
     *
     * @param limit    the limit in words
     * @param source   where it comes from
     * @param date     its source's date, or null
     * @param unit     the unit of {@code value} and {@code measured}: "MW/s", "MW" or "share"
     * @param value    the limit
     * @param measured the grid draw's figure, or null when the trace's step cannot see the limit's band
     * @param margin   the share of the limit left (negative: broken), or null when not judged
     * @param binding  whether this is the limit with the least margin
     */
    public record LimitMargin(String limit, String source, String date, String unit, double value, Double measured,
                              Double margin, boolean binding) {
    }

    /** The utility's limits on the grid draw; each null when the utility sets none. */
    public record Utility(String preset, Double rampMwPerSecond, double rampWindowSeconds, Double rangeMw,
                          double rangeWindowSeconds, double bandLowHz, double bandHighHz, Double bandMaxShare,
                          String limits) {
    }

    /**
     * The batteries the swing model sized by search.
     *
     * @param units          units needed (the larger of the two duties), or null when no count holds the limits
     * @param unitsForLimits fewest units that keep every limit, or null
     * @param unitsForTrip   fewest that also ride through the largest generator's trip, or null
     * @param plannedUnits   units the planner lined up, or null
     * @param inUse          units the figures after mitigation were simulated with
     */
    public record SwingBatteries(String model, boolean enabled, Integer units, Double mw, Double mwh,
                                 Integer unitsForLimits, Integer unitsForTrip, Integer plannedUnits, int inUse) {
    }

    /**
     * @param marketShare      share of the rentable fleet, or null when not rented or the market is unknown
     * @param capacityTons     what the units reject together
     * @param rentedTons       the part of it rented (all of it for a rental model, else 0)
     * @param ownedTons        the part of it bought
     * @param rentalMarketTons what the whole rentable fleet rejects, or null when not rented or the market is unknown
     */
    public record Cooling(String model, String modelName, double heatMw, double requiredTons, int units,
                          Integer rentalMarketUnits, Double marketShare, double capacityTons, double rentedTons,
                          double ownedTons, Double rentalMarketTons) {
    }

    public record Target(String name, String date, double facilityMw, long gpus, boolean reachable,
                         double impliedKwPerGpu, String countedIn, double catalogueKwPerGpu, double neededMw,
                         long gpusWithinBudget) {
    }

    /**
     * @param phase          the phase the finding is about, or null
     * @param target         the target the finding is about, or null
     * @param numbers        the figures that triggered it, named with their unit ({@code gridMw}, {@code gridShare})
     * @param recommendation what would clear it, or null
     */
    public record Finding(String rule, String family, String severity, String message, String phase,
                          String target, Map<String, Double> numbers, String recommendation) {
    }
}
