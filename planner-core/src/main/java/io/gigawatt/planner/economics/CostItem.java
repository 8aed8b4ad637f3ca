package io.gigawatt.planner.economics;

import java.util.Locale;

/** One line of a plan's cost, and the supply it belongs to (a report's chart stacks by supply). */
public enum CostItem {
    GRID_ENERGY("grid energy", Supply.GRID),
    GRID_DEMAND("grid demand charges", Supply.GRID),
    INTERCONNECTION("grid interconnection", Supply.GRID),
    CONTRACTED_SUPPLY("contracted future supply", Supply.FUTURE_SUPPLY),
    FUEL("generator fuel", Supply.GENERATORS),
    GENERATOR_RENT("generator rental", Supply.GENERATORS),
    GENERATOR_PURCHASE("generator purchase and installation", Supply.GENERATORS),
    GENERATOR_UPKEEP("generator upkeep", Supply.GENERATORS),
    BATTERY_PURCHASE("battery purchase and replacement", Supply.BATTERIES),
    BATTERY_UPKEEP("battery upkeep", Supply.BATTERIES),
    COOLING_RENT("cooling rental", Supply.COOLING),
    COOLING_PURCHASE("cooling purchase and installation", Supply.COOLING),
    COOLING_UPKEEP("cooling upkeep", Supply.COOLING),
    RESIDUAL_VALUE("value left in owned equipment at the horizon's end", Supply.RESIDUAL);

    /** What a cost belongs to. */
    public enum Supply {
        GRID, FUTURE_SUPPLY, GENERATORS, BATTERIES, COOLING, RESIDUAL;

        /** "grid", "future supply", ...: words for reports and JSON keys alike. */
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    private final String words;
    private final Supply supply;

    CostItem(String words, Supply supply) {
        this.words = words;
        this.supply = supply;
    }

    public String words() {
        return words;
    }

    public Supply supply() {
        return supply;
    }

    /** "grid_energy": the key JSON and sweep columns use. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
