package io.gigawatt.planner.scenario;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.catalogue.PriceBasis;
import io.gigawatt.planner.economics.EconomicsInput;
import io.gigawatt.planner.input.Fields;
import io.gigawatt.planner.input.InputLimits;
import io.gigawatt.planner.input.Node.Entry;
import io.gigawatt.planner.input.Suggestions;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.timeline.SupplyOption;
import io.gigawatt.planner.timeline.TimelineInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the {@code economics:} section names must exist elsewhere in the scenario, and prices must convert. */
final class EconomicsChecks {

    private EconomicsChecks() {
    }

    /** Interconnection costs name grid tranches by date; supply prices name future supply options. */
    static void check(EconomicsInput economics, Fields section, List<GridTranche> grid, TimelineInput timeline) {
        Set<LocalDate> trancheDays = grid.stream().map(GridTranche::namingDate).collect(Collectors.toSet());
        section.optionalSection("grid").flatMap(g -> g.optionalSection("interconnection")).ifPresent(costs -> {
            for (Entry entry : costs.entries()) {
                // a key that is not a date was reported by the reader
                LocalDate day = economics.interconnection().keySet().stream()
                        .filter(d -> d.toString().equals(entry.key())).findFirst().orElse(null);
                if (day != null && !trancheDays.contains(day)) {
                    costs.problems().add(entry.keyLocation(), costs.pathOf(entry.key()), "no grid tranche on "
                            + day + ", expected one of the tranches' dates: " + grid.stream()
                            .map(t -> String.valueOf(t.namingDate())).collect(Collectors.joining(", ")));
                }
            }
        });
        // an option not contracted may keep its price: contracting it again is one word
        List<String> options = timeline == null ? List.of() : Stream.concat(
                timeline.futureSupply().stream().map(SupplyOption::name), timeline.uncontracted().stream()).toList();
        section.optionalSection("supplyPrices").ifPresent(prices -> {
            for (Entry entry : prices.entries()) {
                if (!options.contains(entry.key())) {
                    String suggestion = Suggestions.closest(entry.key(), options)
                            .map(s -> "did you mean '" + s + "'? ").orElse("");
                    prices.problems().add(entry.keyLocation(), prices.pathOf(entry.key()), "no future supply named '"
                            + InputLimits.excerpt(entry.key()) + "', " + suggestion + "expected one of "
                            + (options.isEmpty() ? "timeline.futureSupply's names (the scenario has none)"
                            : "timeline.futureSupply's names: " + String.join(", ", options)));
                }
            }
        });
    }

    /** Every catalogue price is in the scenario's currency or one it gives an exchange rate for. */
    static void checkCurrencies(EconomicsInput economics, Fields section, Fields root, Catalogue catalogue) {
        var prices = catalogue.prices();
        Set<String> missing = Stream.of(prices.gpus().values().stream().map(p -> p.basis()),
                        prices.generators().values().stream().map(p -> p.basis()),
                        prices.batteries().values().stream().map(p -> p.basis()),
                        prices.cooling().values().stream().map(p -> p.basis()))
                .flatMap(s -> s).map(PriceBasis::currency)
                .filter(c -> !c.equals(economics.currency()) && !economics.exchangeRates().containsKey(c))
                .collect(Collectors.toCollection(TreeSet::new));
        if (missing.isEmpty()) {
            return;
        }
        String rates = missing.stream().map(c -> c + ": ...").collect(Collectors.joining(", "));
        String message = "catalogue prices in " + String.join(", ", missing) + " but costs in "
                + economics.currency() + " with no rate for them, expected economics.exchangeRates: {" + rates
                + "} (what one unit is worth in " + economics.currency() + ")";
        if (section != null && section.has("currency")) {
            root.problems().add(section.locationOf("currency"), "economics.currency", message);
        } else if (root.has("catalogue")) {
            root.problems().add(root.locationOf("catalogue"), "catalogue", message);
        } else {
            root.problems().add(root.location(), "economics", message);
        }
    }
}
