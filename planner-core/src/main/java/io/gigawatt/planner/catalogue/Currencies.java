package io.gigawatt.planner.catalogue;

import java.util.Currency;
import java.util.Locale;

/** Currency codes as prices are written: ISO 4217, upper case. */
public final class Currencies {

    private Currencies() {
    }

    /** An ISO 4217 code Java knows, upper case as the standard writes it. */
    public static boolean isCurrency(String code) {
        return code.length() == 3 && code.equals(code.toUpperCase(Locale.ROOT))
                && Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }
}
