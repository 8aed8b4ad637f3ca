package io.gigawatt.planner.economics;

import io.gigawatt.planner.catalogue.PriceBasis;
import io.gigawatt.planner.timeline.Spread;
import io.gigawatt.planner.units.Money;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scenario's {@code economics:} section, every figure defaulted where the scenario leaves it out
 * ({@link EconomicsReader} documents the defaults and their sources). Amounts are in {@code currency} at
 * {@code priceYear}'s prices.
 *
 * @param exchangeRates       what one unit of another currency is worth in {@code currency}, for catalogue prices
 *                            stated in it
 * @param inflation           yearly price change that brings a catalogue price from its own year to {@code priceYear}
 * @param discountRate        yearly rate at which later costs weigh less (net present cost at the build start)
 * @param horizonYears        how long after the build start costs are counted
 * @param gasPerMmbtu         the delivered price of pipeline gas, with the spread the Monte Carlo draws
 * @param dieselPerMmbtu      the delivered price of trucked fuel for engines that do not burn pipeline gas
 * @param gridEnergyPerMwh    the utility's energy charge
 * @param demandPerKwMonth    the utility's demand charge on each month's highest draw
 * @param interconnectionPerKw one-off cost of each grid tranche per kW it adds, unless {@code interconnection} names it
 * @param interconnection     one-off cost of a tranche, by the tranche's date
 * @param supplyPerMwh        price of energy from a future supply option, by the option's name
 * @param defaultSupplyPerMwh price of energy from a future supply option the scenario does not price
 * @param idleValue           how a waiting GPU's day is valued
 * @param depreciationYears   years over which a GPU's price is spread when idle GPUs are valued by depreciation
 * @param sources             where each figure came from, by its key: the scenario line, or the default's source
 */
public record EconomicsInput(String currency, int priceYear, Map<String, Double> exchangeRates, double inflation,
                             double discountRate, int horizonYears, Spread gasPerMmbtu, Money dieselPerMmbtu,
                             Money gridEnergyPerMwh, Money demandPerKwMonth, Money interconnectionPerKw,
                             Map<LocalDate, Money> interconnection, Map<String, Money> supplyPerMwh,
                             Money defaultSupplyPerMwh, IdleValue idleValue, double depreciationYears,
                             Map<String, String> sources) {

    public EconomicsInput {
        exchangeRates = Map.copyOf(exchangeRates);
        interconnection = Collections.unmodifiableMap(new LinkedHashMap<>(interconnection));
        supplyPerMwh = Collections.unmodifiableMap(new LinkedHashMap<>(supplyPerMwh));
        sources = Map.copyOf(sources);
    }

    /**
     * The factor that turns a catalogue price stated on {@code basis} into this scenario's currency and price year,
     * or NaN when the scenario gives no exchange rate for the basis's currency (the reader reports that).
     */
    public double factorFor(PriceBasis basis) {
        double rate = basis.currency().equals(currency) ? 1 : exchangeRates.getOrDefault(basis.currency(), Double.NaN);
        return rate * Math.pow(1 + inflation, priceYear - basis.year());
    }
}
