package io.gigawatt.planner.cli.report;

import io.gigawatt.planner.cli.timeline.TimelineReport;
import java.util.List;
import java.util.Map;

/**
 * The one report model every format renders, so text, Markdown and JSON cannot disagree. Its shape is the
 * JSON contract (schema version 1): fields may be added, never renamed. Power in MW, energy in MWh,
 * shares as fractions 0-1, dates ISO-8601.
 */
public record Report(int schemaVersion, String scenario, String file, String verdict, List<Phase> phases,
                     List<Target> targets, List<Finding> findings, TimelineReport timeline,
                     SupplySeries series, Scale scale, SwingTrace swingTrace) {

    public static final int SCHEMA_VERSION = 1;

    /** A report without the supply series, the scale and a swing trace. */
    public Report(int schemaVersion, String scenario, String file, String verdict, List<Phase> phases,
                  List<Target> targets, List<Finding> findings, TimelineReport timeline) {
        this(schemaVersion, scenario, file, verdict, phases, targets, findings, timeline, null, null, null);
    }

    /** A report without a timeline (the scenario has no timeline section). */
    public Report(int schemaVersion, String scenario, String file, String verdict, List<Phase> phases,
                  List<Target> targets, List<Finding> findings) {
        this(schemaVersion, scenario, file, verdict, phases, targets, findings, null);
    }

    /** How many findings have {@code severity} ("ERROR", "WARNING", "INFO"). */
    public long countOf(String severity) {
        return findings.stream().filter(f -> f.severity().equals(severity)).count();
    }

    /** "3 errors, 2 warnings, 9 notes": the tally every format opens or closes with. */
    public String tally() {
        return plural(countOf("ERROR"), "error") + ", " + plural(countOf("WARNING"), "warning") + ", "
                + plural(countOf("INFO"), "note");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The findings about one phase or target, in report order. */
    public List<Finding> findingsAbout(String subject) {
        return findings.stream().filter(f -> subject.equals(f.phase()) || subject.equals(f.target())).toList();
    }

    /**
     * @param onSiteMw  the most on-site generation must carry on any day of the phase's build window
     * @param onSiteDay the day that happens
     */
    public record Phase(String name, String date, Map<String, Long> gpus, long gpuCount, double itMw,
                        double facilityMw, double gridMw, double gridShare, double onSiteMw, String onSiteDay,
                        Generators generators, Batteries batteries, Cooling cooling, String verdict) {
    }

    /**
     * @param mw          nameplate of all units, as air permits count it
     * @param availableMw what all units deliver at the design ambient temperature
     */
    public record Generators(String model, int units, int running, int spares, double mw, double availableMw,
                             double unitMw, double derateFactor) {
    }

    public record Batteries(String model, int units, double mw, double mwh, double swingMw, double largestTripMw,
                            String sizedBy) {
    }

    /**
     * @param marketShare      share of the rentable fleet, or null when not rented or the market is unknown
     * @param capacityTons     what the units reject together
     * @param rentedTons       the part of it rented (all of it for a rental model, else 0)
     * @param ownedTons        the part of it bought
     * @param rentalMarketTons what the whole rentable fleet rejects, or null when not rented or the market is unknown
     */
    public record Cooling(String model, double heatMw, double requiredTons, int units, Integer rentalMarketUnits,
                          Double marketShare, double capacityTons, double rentedTons, double ownedTons,
                          Double rentalMarketTons) {
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
