package io.gigawatt.planner.units;

/**
 * An amount of money in the scenario's currency (its {@code economics.currency}; the catalogue's prices are converted
 * to it when read). Kept to full precision; reports round.
 */
public record Money(double amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("an amount of money must be finite, got " + amount);
        }
    }

    public static Money of(double amount) {
        return new Money(amount);
    }

    public Money plus(Money other) {
        return new Money(amount + other.amount);
    }

    public Money minus(Money other) {
        return new Money(amount - other.amount);
    }

    public Money times(double factor) {
        return new Money(amount * factor);
    }

    public boolean isAbove(Money other) {
        return amount > other.amount;
    }

    /** The amount to the cent, halves away from zero. */
    public double cents() {
        return Quantities.round(amount, 2);
    }

    @Override
    public int compareTo(Money other) {
        return Double.compare(amount, other.amount);
    }

    /** "$3.91 bn", "$12.4 M", "$512,000", "$950", "$0.42" for US dollars; "EUR 3.91 bn" for another currency. */
    public String format(String currency) {
        String prefix = "USD".equals(currency) ? "$" : currency + " ";
        double abs = Math.abs(amount);
        String sign = amount < 0 ? "-" : "";
        if (abs >= 1e9) {
            return sign + prefix + Quantities.format(abs / 1e9) + " bn";
        }
        if (abs >= 1e6) {
            return sign + prefix + Quantities.format(abs / 1e6) + " M";
        }
        if (abs >= 10) {
            return sign + prefix + Quantities.count(Math.round(abs));
        }
        return sign + prefix + java.math.BigDecimal.valueOf(abs).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public String toString() {
        return format("USD");
    }
}
