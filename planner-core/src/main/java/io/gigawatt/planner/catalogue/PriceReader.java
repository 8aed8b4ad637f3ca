package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.catalogue.CatalogueReader.Figures;
import io.gigawatt.planner.input.Fields;
import io.gigawatt.planner.input.InputLimits;
import io.gigawatt.planner.input.Node.Entry;
import io.gigawatt.planner.input.Problems;
import io.gigawatt.planner.input.Range;
import io.gigawatt.planner.input.Suggestions;
import io.gigawatt.planner.units.Money;
import java.util.List;
import java.util.Set;

/**
 * Reads the prices of a catalogue entry, written beside its physical figures: {@code currency} and
 * {@code priceYear}, then the prices of its kind. An entry that gives none is not priced; one that gives some must
 * give its kind's required ones and its currency. A scenario may change any price of a known model.
 */
final class PriceReader {

    /** Reads one kind's prices: the model's entry, the model, and the prices known for it (each may be null). */
    @FunctionalInterface
    interface Kind<T, P> {
        P read(Figures figures, T model, P known);
    }

    private static final Range MONEY = Range.of(0, 1e12, "an amount of money");
    private static final Range LIFE_YEARS = Range.of(1, 100, "years");
    private static final Range PRICE_YEAR = Range.wholeNumber(1990, 2100, "a year");

    // lists, not sets: they are read in their order, and the keys read make the order of "expected one of" in messages
    private static final List<String> GPU = List.of("price", "rentPerGpuHour");
    private static final List<String> GENERATOR = List.of("pricePerKw", "installPerKw", "rentPerMonth",
            "fixedOmPerKwYear", "variableOmPerMwh", "lifeYears");
    private static final List<String> BATTERY = List.of("pricePerKwh", "fixedOmPerKwYear", "lifeYears");
    private static final List<String> COOLING = List.of("price", "install", "rentPerMonth", "fixedOmPerYear",
            "lifeYears");
    private static final List<String> BASIS = List.of("currency", "priceYear");

    private PriceReader() {
    }

    static GpuPrice gpu(Figures f, GpuModel model, GpuPrice known) {
        if (unpriced(f, GPU, known)) {
            return null;
        }
        boolean k = known != null;
        Money purchase = money(f, "price", k ? known.purchase() : null);
        Money rent = money(f, "rentPerGpuHour", k ? known.rentPerGpuHour() : null);
        return new GpuPrice(purchase, rent, basis(f, GPU, k ? known.basis() : null));
    }

    static GeneratorPrice generator(Figures f, GeneratorModel model, GeneratorPrice known) {
        if (unpriced(f, GENERATOR, known)) {
            return null;
        }
        boolean k = known != null;
        Money purchase = money(f, "pricePerKw", k ? known.purchasePerKw() : null);
        Money install = optionalMoney(f, "installPerKw", k ? known.installPerKw() : null);
        Money rent = k && !f.fields.has("rentPerMonth") ? known.rentPerMonth() : optionalMoneyOrNull(f, "rentPerMonth");
        Money fixed = money(f, "fixedOmPerKwYear", k ? known.fixedOmPerKwYear() : null);
        Money variable = money(f, "variableOmPerMwh", k ? known.variableOmPerMwh() : null);
        double life = f.number("lifeYears", LIFE_YEARS, k ? known.lifeYears() : null);
        return new GeneratorPrice(purchase, install, rent, fixed, variable, life,
                basis(f, GENERATOR, k ? known.basis() : null));
    }

    static BatteryPrice battery(Figures f, BatteryModel model, BatteryPrice known) {
        if (unpriced(f, BATTERY, known)) {
            return null;
        }
        boolean k = known != null;
        Money perKwh = money(f, "pricePerKwh", k ? known.purchasePerKwh() : null);
        Money fixed = money(f, "fixedOmPerKwYear", k ? known.fixedOmPerKwYear() : null);
        double life = f.number("lifeYears", LIFE_YEARS, k ? known.lifeYears() : null);
        return new BatteryPrice(perKwh, fixed, life, basis(f, BATTERY, k ? known.basis() : null));
    }

    static CoolingPrice cooling(Figures f, CoolingModel model, CoolingPrice known) {
        if (unpriced(f, COOLING, known)) {
            return null;
        }
        boolean k = known != null;
        Money purchase = money(f, "price", k ? known.purchase() : null);
        Money install = optionalMoney(f, "install", k ? known.install() : null);
        Money rent = k && !f.fields.has("rentPerMonth") ? known.rentPerMonth()
                : model != null && model.rental() ? money(f, "rentPerMonth", null) : optionalMoneyOrNull(f, "rentPerMonth");
        Money fixed = money(f, "fixedOmPerYear", k ? known.fixedOmPerYear() : null);
        double life = f.number("lifeYears", LIFE_YEARS, k ? known.lifeYears() : null);
        return new CoolingPrice(purchase, install, rent, fixed, life, basis(f, COOLING, k ? known.basis() : null));
    }

    /** Whether the entry says nothing of prices and none are known: the model is not priced. */
    private static boolean unpriced(Figures f, List<String> kind, Object known) {
        return known == null && kind.stream().noneMatch(f.fields::has) && BASIS.stream().noneMatch(f.fields::has);
    }

    /** Whether an entry gives nothing but prices (and their sources). */
    static boolean onlyPrices(Fields fields) {
        // the keys as written, not entries(), which would count them all as read and let a misspelt one pass
        return !fields.writtenKeys().isEmpty() && fields.writtenKeys().stream().allMatch(key ->
                BASIS.contains(key) || GPU.contains(key) || GENERATOR.contains(key) || BATTERY.contains(key)
                        || COOLING.contains(key) || key.equals("source") || key.equals("sources"));
    }

    /** An entry that changes only prices names a model the catalogue does not have. */
    static void unknownModel(Problems problems, Entry entry, Fields section, Set<String> known) {
        String suggestion = Suggestions.closest(entry.key(), known).map(s -> "did you mean '" + s + "'? ").orElse("");
        problems.add(entry.keyLocation(), section.pathOf(entry.key()), "prices for unknown model '"
                + InputLimits.excerpt(entry.key()) + "', " + suggestion + "expected one of: "
                + String.join(", ", known)
                + " (a new model gives its physical figures too)");
    }

    private static Money money(Figures f, String key, Money known) {
        return Money.of(f.number(key, MONEY, known == null ? null : known.amount()));
    }

    private static Money optionalMoney(Figures f, String key, Money known) {
        return Money.of(f.optionalNumber(key, MONEY, known == null ? null : known.amount(), 0,
                "default: none beyond the price"));
    }

    private static Money optionalMoneyOrNull(Figures f, String key) {
        return f.fields.has(key) ? money(f, key, null) : null;
    }

    /** The currency and price year (a known model's unless changed), and the sources of the kind's prices. */
    private static PriceBasis basis(Figures f, List<String> kind, PriceBasis known) {
        String currency = known != null && !f.fields.has("currency") ? known.currency() : currency(f);
        int year = (int) f.number("priceYear", PRICE_YEAR, known == null ? null : (double) known.year());
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(kind);
        keys.addAll(BASIS);
        return new PriceBasis(currency, year, f.sourcesOf(keys, known == null ? null : known.sources()));
    }

    private static String currency(Figures f) {
        Fields fields = f.fields;
        if (!fields.has("currency")) {
            fields.problems().add(fields.location(), fields.pathOf("currency"),
                    "prices without a currency, expected currency: an ISO 4217 code such as USD or EUR");
            return "USD";
        }
        String code = f.text("currency", null);
        if (!Currencies.isCurrency(code)) {
            fields.problems().add(fields.locationOf("currency"), fields.pathOf("currency"),
                    "unknown currency '" + InputLimits.excerpt(code) + "', expected an ISO 4217 code such as USD or EUR");
        }
        return code;
    }
}
