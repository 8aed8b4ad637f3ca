package io.gigawatt.planner.timeline;

import java.time.LocalDate;

/**
 * How far one uncertain input moves a date on its own, from its low to its high value with every other input at
 * its likely value.
 *
 * @param lowDate   the date with the input at {@code low}; null when never
 * @param highDate  the date with the input at {@code high}; null when never
 * @param swingDays days between the two; {@link Long#MAX_VALUE} when only one of them comes at all
 */
public record TornadoBar(String input, double low, double high, LocalDate lowDate, LocalDate highDate,
                         long swingDays) {
}
