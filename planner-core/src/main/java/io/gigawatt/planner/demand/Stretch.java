package io.gigawatt.planner.demand;

import java.time.LocalDate;

/**
 * Consecutive days of the build on which a daily series stays beyond a level ({@link BuildDays#below},
 * {@link BuildDays#above}): a rule says "for more than 180 days" as {@code Stretch( days > 180 )}, and "on the first day
 * that" as {@code Stretch( number == 1, $day : from )}.
 *
 * @param number  1 for the first stretch of the build, 2 for the next, ...
 * @param phase   the phase being built on its first day (a finding about the stretch is about it)
 * @param from    its first day
 * @param to      its last day (inclusive)
 * @param days    how many days it lasts
 * @param lowest  the series' lowest value in it
 * @param highest the series' highest value in it
 */
public record Stretch(int number, String phase, LocalDate from, LocalDate to, long days, double lowest, double highest) {
}
