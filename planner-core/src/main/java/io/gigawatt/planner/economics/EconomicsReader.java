package io.gigawatt.planner.economics;

import io.gigawatt.planner.input.Fields;
import io.gigawatt.planner.input.InputLimits;
import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.Node.Entry;
import io.gigawatt.planner.input.Range;
import io.gigawatt.planner.input.Suggestions;
import io.gigawatt.planner.timeline.Spread;
import io.gigawatt.planner.timeline.TimelineReader;
import io.gigawatt.planner.units.Money;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads a scenario's {@code economics:} section. Every figure is optional; a figure left out takes the default
 * below, whose reasoning and public source docs/economics.md gives (and which the report names as its source).
 */
public final class EconomicsReader {

    static final String DEFAULTS = "docs/economics.md";

    private static final Range RATE = Range.of(0, 1, "a yearly rate as a fraction");
    private static final Range INFLATION = Range.of(-0.5, 1, "a yearly rate as a fraction");
    private static final Range HORIZON = Range.wholeNumber(1, 40, "a whole number of years");
    private static final Range PRICE_YEAR = Range.wholeNumber(1990, 2100, "a year");
    private static final Range EXCHANGE = Range.of(1e-6, 1e6, "units of the scenario's currency per unit");
    private static final Range FUEL = Range.of(0, 1_000, "an amount of money per MMBtu");
    private static final Range ENERGY_PRICE = Range.of(0, 10_000, "an amount of money per MWh");
    private static final Range DEMAND = Range.of(0, 1_000, "an amount of money per kW-month");
    private static final Range PER_KW = Range.of(0, 100_000, "an amount of money per kW");
    private static final Range AMOUNT = Range.of(0, 1e12, "an amount of money");
    private static final Range DEPRECIATION = Range.of(0.5, 30, "years");

    /** The defaults, each with the reason the report gives as its source. */
    static final String CURRENCY = "USD";
    static final int PRICE_YEAR_DEFAULT = 2024;
    static final double DISCOUNT_RATE = 0.08;
    static final int HORIZON_YEARS = 5;
    static final Spread GAS = new Spread(2.7, 4.0, 5.5);
    static final double DIESEL = 25;
    static final double GRID_ENERGY = 66;
    static final double GRID_DEMAND = 12.4;
    static final double INTERCONNECTION_PER_KW = 250;
    static final double SUPPLY_PER_MWH = 100;
    static final double DEPRECIATION_YEARS = 5;

    private EconomicsReader() {
    }

    /** The defaults alone: a scenario without an {@code economics:} section. */
    public static EconomicsInput defaults() {
        return read(null);
    }

    /** Reads the section (null: absent, every figure its default). */
    public static EconomicsInput read(Fields f) {
        Map<String, String> sources = new HashMap<>();
        Figure figure = new Figure(f, sources);
        String currency = figure.currency();
        int priceYear = (int) figure.number("priceYear", PRICE_YEAR, PRICE_YEAR_DEFAULT,
                "the catalogue's price year");
        Map<String, Double> rates = exchangeRates(f, sources);
        double inflation = figure.number("inflation", INFLATION, 0,
                "catalogue prices taken as they were in their own year (no inflation)");
        double discount = figure.number("discountRate", RATE, DISCOUNT_RATE,
                "8% a year, a usual cost of capital for energy infrastructure");
        int horizon = (int) figure.number("horizonYears", HORIZON, HORIZON_YEARS,
                "5 years from the build start, about a GPU's useful life");
        Spread gas = figure.spread("gasPerMmbtu", FUEL, GAS,
                "Henry Hub 2.2 / 3.5 / 5 per MMBtu (EIA, 2024-26) plus 0.5 to deliver it");
        Money diesel = Money.of(figure.number("dieselPerMmbtu", FUEL, DIESEL,
                "diesel at about 3.5 a gallon, 0.138 MMBtu a gallon"));
        Fields grid = f == null ? null : f.optionalSection("grid").orElse(null);
        Figure gridFigure = new Figure(grid, sources, "grid.");
        Money energy = Money.of(gridFigure.number("energyPerMwh", ENERGY_PRICE, GRID_ENERGY,
                "a TVA-area industrial energy charge of about 6.6 cents a kWh, fuel included"));
        Money demand = Money.of(gridFigure.number("demandPerKwMonth", DEMAND, GRID_DEMAND,
                "a TVA-area industrial demand charge of about 12.40 a kW-month"));
        Money perKw = Money.of(gridFigure.number("interconnectionPerKw", PER_KW, INTERCONNECTION_PER_KW,
                "network upgrades for a large load, about 250 a kW (RMI, 100-1,000)"));
        Map<LocalDate, Money> interconnection = interconnection(grid, sources);
        if (grid != null) {
            grid.rejectUnknownKeys();
        }
        Money supplyDefault = Money.of(figure.number("supplyPerMwh", ENERGY_PRICE, SUPPLY_PER_MWH,
                "firm supply at about 100 per MWh, between a gas PPA (70) and a nuclear restart (110-115)"));
        Map<String, Money> supply = supplyPrices(f, sources);
        Fields idle = f == null ? null : f.optionalSection("idleGpus").orElse(null);
        IdleValue value = idleValue(idle, sources);
        double depreciation = new Figure(idle, sources, "idleGpus.").number("depreciationYears", DEPRECIATION,
                DEPRECIATION_YEARS, "5 years, the usual depreciation life of AI servers");
        if (idle != null) {
            idle.rejectUnknownKeys();
        }
        if (f != null) {
            f.rejectUnknownKeys();
        }
        return new EconomicsInput(currency, priceYear, rates, inflation, discount, horizon, gas, diesel, energy,
                demand, perKw, interconnection, supply, supplyDefault, value, depreciation, sources);
    }

    /** {@code exchangeRates: {USD: 0.92}}: what one unit of each currency is worth in the scenario's. */
    private static Map<String, Double> exchangeRates(Fields f, Map<String, String> sources) {
        return byKey(f, "exchangeRates", EXCHANGE, sources, (section, entry) -> {
            if (io.gigawatt.planner.catalogue.Currencies.isCurrency(entry.key())) {
                return Optional.of(entry.key());
            }
            section.problems().add(entry.keyLocation(), section.pathOf(entry.key()), "unknown currency '"
                    + InputLimits.excerpt(entry.key()) + "', expected an ISO 4217 code such as USD or EUR");
            return Optional.empty();
        });
    }

    /** {@code interconnection: {2024-05-03: 0}}: a tranche's one-off cost by its date. */
    private static Map<LocalDate, Money> interconnection(Fields grid, Map<String, String> sources) {
        return money(byKey(grid, "interconnection", AMOUNT, sources, (section, entry) -> {
            try {
                return Optional.of(LocalDate.parse(entry.key()));
            } catch (DateTimeParseException e) {
                section.problems().add(entry.keyLocation(), section.pathOf(entry.key()), "'" + InputLimits.excerpt(
                        entry.key()) + "' is not a date, expected a grid tranche's date as YYYY-MM-DD");
                return Optional.empty();
            }
        }));
    }

    /** {@code supplyPrices: {Nuclear PPA through TVA: 95}}: a future supply option's price per MWh by its name. */
    private static Map<String, Money> supplyPrices(Fields f, Map<String, String> sources) {
        return money(byKey(f, "supplyPrices", ENERGY_PRICE, sources, (section, entry) -> Optional.of(entry.key())));
    }

    /**
     * The figures of the mapping {@code name} in {@code parent} (absent: none), in the order written, each within
     * {@code range} and noted where it was written; {@code keyOf} reads an entry's key, or reports why it cannot.
     */
    private static <K> Map<K, Double> byKey(Fields parent, String name, Range range, Map<String, String> sources,
                                            BiFunction<Fields, Entry, Optional<K>> keyOf) {
        Map<K, Double> figures = new LinkedHashMap<>();
        if (parent == null) {
            return figures;
        }
        parent.optionalSection(name).ifPresent(section -> {
            for (Entry entry : section.entries()) {
                keyOf.apply(section, entry).ifPresent(key -> {
                    String field = section.pathOf(entry.key());
                    figures.put(key, section.asNumber(entry.value(), field, range));
                    sources.put(keyOf(field), written(entry.value().location()));
                });
            }
        });
        return figures;
    }

    private static <K> Map<K, Money> money(Map<K, Double> amounts) {
        Map<K, Money> money = new LinkedHashMap<>();
        amounts.forEach((key, amount) -> money.put(key, Money.of(amount)));
        return money;
    }

    private static IdleValue idleValue(Fields idle, Map<String, String> sources) {
        if (idle == null || !idle.has("value")) {
            sources.put("idleGpus.value", "default: forgone rental, what the market pays for a GPU-hour ("
                    + DEFAULTS + ")");
            return IdleValue.RENTAL;
        }
        String written = idle.text("value");
        sources.put("idleGpus.value", written(idle.locationOf("value")));
        try {
            return IdleValue.valueOf(written.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            idle.problems().add(idle.locationOf("value"), idle.pathOf("value"), Suggestions.notAWord(
                    "way to value idle GPUs", written, Arrays.stream(IdleValue.values()).map(IdleValue::word).toList()));
            return IdleValue.RENTAL;
        }
    }

    /** "scenario line 12": where a figure was written (the report names the scenario's file once). */
    private static String written(io.gigawatt.planner.input.Location location) {
        return "scenario line " + location.line();
    }

    /** A figure's key within the section: "supplyPrices.Nuclear PPA", not "economics.supplyPrices.Nuclear PPA". */
    private static String keyOf(String path) {
        return path.startsWith("economics.") ? path.substring("economics.".length()) : path;
    }

    /** Reads optional figures of one mapping (absent: every figure defaulted), noting each one's source. */
    private static final class Figure {
        private final Fields fields;
        private final Map<String, String> sources;
        private final String prefix;

        Figure(Fields fields, Map<String, String> sources) {
            this(fields, sources, "");
        }

        Figure(Fields fields, Map<String, String> sources, String prefix) {
            this.fields = fields;
            this.sources = sources;
            this.prefix = prefix;
        }

        double number(String key, Range range, double defaultValue, String reason) {
            if (fields == null || !fields.has(key)) {
                sources.put(prefix + key, "default: " + reason + " (" + DEFAULTS + ")");
                return defaultValue;
            }
            sources.put(prefix + key, written(fields.locationOf(key)));
            return fields.number(key, range);
        }

        /** A spread {@code {low, likely, high}}, or one number for a price taken as certain. */
        Spread spread(String key, Range range, Spread defaultValue, String reason) {
            if (fields == null || !fields.has(key)) {
                sources.put(prefix + key, "default: " + reason + " (" + DEFAULTS + ")");
                return defaultValue;
            }
            sources.put(prefix + key, written(fields.locationOf(key)));
            Node node = fields.node(key).orElseThrow();
            if (node instanceof Node.MapNode) {
                return TimelineReader.spread(fields.section(key), range);
            }
            return Spread.fixed(fields.number(key, range));
        }

        String currency() {
            if (fields == null || !fields.has("currency")) {
                sources.put("currency", "default: the catalogue's currency");
                return CURRENCY;
            }
            sources.put("currency", written(fields.locationOf("currency")));
            String code = fields.text("currency");
            if (!io.gigawatt.planner.catalogue.Currencies.isCurrency(code)) {
                fields.problems().add(fields.locationOf("currency"), fields.pathOf("currency"), "unknown currency '"
                        + InputLimits.excerpt(code) + "', expected an ISO 4217 code such as USD or EUR");
                return CURRENCY;
            }
            return code;
        }
    }
}
