package io.gigawatt.planner.economics;

import io.gigawatt.planner.catalogue.GpuPrice;
import io.gigawatt.planner.catalogue.Prices;
import io.gigawatt.planner.units.Money;
import java.util.Map;

/** What a GPU's idle time is worth, as the scenario values idle GPUs: its rental, its depreciation, or both. */
public final class IdleGpuHour {

    private IdleGpuHour() {
    }

    /** A day of one idle GPU of {@code price}, in the scenario's money. */
    static double perDay(GpuPrice price, EconomicsInput e) {
        double factor = e.factorFor(price.basis());
        double rental = price.rentPerGpuHour().amount() * 24 * factor;
        double depreciation = price.purchase().amount() * factor / (e.depreciationYears() * Ledger.DAYS_PER_YEAR);
        return switch (e.idleValue()) {
            case RENTAL -> rental;
            case DEPRECIATION -> depreciation;
            case BOTH -> rental + depreciation;
        };
    }

    /**
     * An idle GPU-hour of a phase's mix of {@code gpus} (by model id), on average over its GPUs; null when a model has
     * no price in the catalogue.
     */
    public static Money of(Map<String, Long> gpus, Prices prices, EconomicsInput e) {
        double perDay = 0;
        long count = 0;
        for (Map.Entry<String, Long> g : gpus.entrySet()) {
            GpuPrice price = prices.gpus().get(g.getKey());
            if (price == null) {
                return null;
            }
            perDay += g.getValue() * perDay(price, e);
            count += g.getValue();
        }
        return count == 0 ? null : Money.of(perDay / count / 24);
    }
}
