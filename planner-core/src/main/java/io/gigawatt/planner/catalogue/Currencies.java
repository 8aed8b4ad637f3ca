package io.gigawatt.planner.catalogue;

import java.util.Currency;
import java.util.Locale;

/** Currency codes as prices are written: ISO 4217, upper case. */
public final class Currencies {

    private Currencies() {
    }

    /** An ISO 4217 code Java knows, upper case as the standard writes it. */
    public static boolean isCurrency(String code) {
        if (code.length() != 3 || !code.equals(code.toUpperCase(Locale.ROOT))) {
            return false;
        }
        try {
            // one lookup; listing every currency (Currency.getAvailableCurrencies) builds them all, each time
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
