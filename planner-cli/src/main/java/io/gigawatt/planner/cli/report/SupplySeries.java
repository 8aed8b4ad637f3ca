package io.gigawatt.planner.cli.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Demand against the supply stack, day by day from the build start to the last milestone (JSON {@code "series"}):
 * what the supply chart of the HTML report draws and the supply tables of the text and Markdown reports list.
 * A long build is sampled every {@code stepDays} days, always keeping the phases' dates and the last day.
 *
 * @param stepDays         days between two points (1: every day)
 * @param minimumGridShare the policy's minimum grid share (the chart draws it whether or not a phase falls below), or
 *                         null when the policy sets none
 */
public record SupplySeries(int stepDays, Double minimumGridShare, List<Day> days) {

    public SupplySeries {
        days = List.copyOf(days);
    }

    /**
     * The campus on one day, with the supply the plan lines up for the phase being built.
     *
     * @param phase        the phase whose build window holds the day
     * @param generatorsMw what the phase's generator fleet delivers at the design ambient temperature
     * @param batteriesMw  the phase's battery power (for seconds to hours, not for the day's energy)
     * @param gridShare    the grid's firm supply as a share of facility power (at most 1); null before any GPU draws
     */
    public record Day(String date, String phase, long gpus, double itMw, double facilityMw, double gridMw,
                      double generatorsMw, double batteriesMw, Double gridShare) {
    }

    /**
     * The days a table shows, so text, Markdown and HTML list the same rows: the first and last day, each phase's
     * date, each day the grid changes and the first of each month (of each quarter for builds over two years).
     */
    public List<Day> tableRows() {
        if (days.isEmpty()) {
            return List.of();
        }
        LocalDate first = LocalDate.parse(days.get(0).date());
        LocalDate last = LocalDate.parse(days.get(days.size() - 1).date());
        int everyMonths = first.plusYears(2).isBefore(last) ? 3 : 1;
        List<Day> rows = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            LocalDate date = LocalDate.parse(day.date());
            boolean edge = i == 0 || i == days.size() - 1;
            boolean phaseEnds = i + 1 < days.size() && !days.get(i + 1).phase().equals(day.phase());
            boolean gridChanges = i > 0 && days.get(i - 1).gridMw() != day.gridMw();
            boolean monthStarts = date.getDayOfMonth() == 1 && (date.getMonthValue() - 1) % everyMonths == 0;
            if (edge || phaseEnds || gridChanges || monthStarts) {
                rows.add(day);
            }
        }
        return rows;
    }
}
