package io.gigawatt.planner.cli.report;

import java.util.List;
import java.util.Map;

/**
 * What the plan costs, as every format shows it (JSON field {@code economics}). Amounts in {@code currency} at
 * {@code priceYear}'s prices, to the cent; "present" amounts are discounted to the build start at
 * {@code discountRate}; dates ISO-8601.
 *
 * @param total              the supply's cost over the horizon, not discounted
 * @param present            the same, discounted (net present cost)
 * @param waitingTotal       what installed GPUs cost while they wait for power or cooling, not discounted
 * @param waitingPresent     the same, discounted
 * @param forgoneTotal       what GPU power caps forgo of the compute in service, valued as waiting GPU-hours are, not
 *                           discounted (0 without caps; docs/power-caps.md)
 * @param forgonePresent     the same, discounted
 * @param presentWithWaiting supply, waiting and the compute caps forgo, discounted: what the plan costs its owner
 * @param perMwh             levelized supply cost per MWh the campus draws, or null
 * @param perGpuHour         levelized supply cost per GPU-hour in service, or null
 * @param gridPerMwh         the grid's own cost per MWh at a steady draw (energy and demand charge): a yardstick
 * @param risk               the Monte Carlo's spread of {@code presentWithWaiting}, or null without one
 * @param sources            where each economics figure came from (the scenario's line or the default's reason)
 * @param prices             the catalogue prices in use, each with its source
 * @param unpriced           models in use without prices, whose costs are left out
 */
public record EconomicsReport(String currency, int priceYear, double discountRate, String from, String to,
                              double total, double present, double waitingTotal, double waitingPresent,
                              double forgoneTotal, double forgonePresent, double presentWithWaiting, double deliveredMwh, Double perMwh, Double perGpuHour,
                              double gridPerMwh, List<Item> items, List<Phase> phases, List<Remedy> remedies,
                              List<Rental> rentals, Risk risk, List<Month> months, Map<String, String> sources,
                              List<Price> prices, List<String> unpriced) {

    /** One line of cost: {@code key} as JSON and sweep columns name it, {@code words} as reports write it. */
    public record Item(String key, String words, String supply, double total) {
    }

    /**
     * @param from      the day the phase comes into service, or null when it never does within the horizon
     * @param to        the day the next phase does (or the horizon ends)
     * @param perDay    the supply's cost of an average day in service, or null
     * @param items     its costs by item key
     * @param waiting   what its own GPUs cost while they wait, or null when they do not
     */
    public record Phase(String name, String from, String to, long days, double total, double present, Double perDay,
                        Double perMwh, Double perGpuHour, Map<String, Double> items, Waiting waiting) {
    }

    public record Waiting(long gpus, String from, String to, long days, double perDay, double total, double present) {
    }

    /**
     * A change that makes a phase ready sooner, priced.
     *
     * @param cost          the plan's supply cost with it, less without (present)
     * @param saving        the waiting it ends (present)
     * @param net           saving less cost: positive when the remedy pays for itself
     */
    public record Remedy(String phase, String change, String equipment, int more, String ready, double cost,
                         double saving, double net, boolean paysForItself) {
    }

    /** A rented fleet against buying it. */
    public record Rental(String equipment, String model, int mostUnits, double unitMonths, double monthsPerUnit,
                         Double breakEvenMonths, double rentPerMonth, double buyPerUnit) {
    }

    public record Risk(double p10, double p50, double p90, int draws, String gasPerMmbtu) {
    }

    /** One month's costs by supply ({@code grid}, {@code future supply}, ...) and its waiting GPUs, not discounted. */
    public record Month(String month, Map<String, Double> bySupply, double waiting) {
    }

    /** One catalogue price in use: {@code figure} as the catalogue names it, in the entry's own currency and year. */
    public record Price(String equipment, String model, String figure, double value, String currency, int year,
                        String source) {
    }
}
