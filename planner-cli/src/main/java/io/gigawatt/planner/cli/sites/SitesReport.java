package io.gigawatt.planner.cli.sites;

import io.gigawatt.planner.cli.report.Report;
import java.util.List;

/**
 * The one model every format of {@code planner sites} renders; its shape is the JSON contract of the sites report
 * (schema version 1): fields may be added, never renamed. Power in MW, floor in square feet, land in acres, gas in
 * MMBtu a day, water in m3 a day, dates ISO-8601; a date that never comes is null.
 *
 * @param verdict FEASIBLE when at least one candidate carries the plan without a finding of severity ERROR
 * @param why     sentences saying why the first site ranks first, then each phase and target site by site
 * @param ranking the candidates, best first
 */
public record SitesReport(int schemaVersion, String plan, String planFile, String sites, String sitesFile,
                          String verdict, List<String> why, List<Site> ranking) {

    public static final int SCHEMA_VERSION = 1;

    /**
     * @param cost     what the plan costs at this site
     * @param lacks    what the site still lacks: the sentences of its findings of severity ERROR
     * @param findings every finding of the plan at this site, as in the evaluate report
     */
    public record Site(int rank, String name, String location, String verdict, String tally, Cost cost, Offers offers,
                       List<Demand> phases, List<Demand> targets, List<String> lacks, List<Report.Finding> findings) {
    }

    /**
     * What the plan costs at a site, each phase ready the day the site first carries it: its supply, its GPUs
     * waiting for that day, and both (the ranking's second key), to the cent, discounted to the build start as the
     * evaluate report's economics are; the supply's levelized cost per MWh.
     */
    public record Cost(String currency, double supply, double waiting, double total, Double perMwh) {
    }

    /** What the site offers, as its site file says. */
    public record Offers(boolean existingBuilding, double floorSqFt, String readyBy, String buildingState,
                         double powerOnSiteMw, double landAcres, Double substationKm, List<Tranche> grid,
                         double gasMmbtuPerDay, String gasFrom, double waterM3PerDay, Integer permitCapUnits,
                         Double permitCapMw, boolean nonattainment, String permitFrom, double designAmbientC) {
    }

    public record Tranche(String date, double firmMw, String note) {
    }

    /**
     * A phase or target at the site. Land, gas and the generator counts are the phase's on its own date (null for
     * a target); {@code earliest} is the first day the site carries it at full load.
     *
     * @param daysLate  days from its date to the earliest day (negative: early), null for never
     * @param waitsFor  what the earliest day brings, null for never
     * @param carriedBy the grid and generators that carry it that day, null for never
     * @param lacking   for never: what the site lacks
     * @param maxUnits  the most generating units the site allows, null when nothing limits them
     */
    public record Demand(String name, String date, double facilityMw, String earliest, Long daysLate, String waitsFor,
                         String carriedBy, String lacking, long racks, double floorSqFt, Double landAcres,
                         Double gasMmbtuPerDay, double waterM3PerDay, Integer generatorUnits, Integer maxUnits,
                         String maxUnitsBy, String verdict) {
    }
}
