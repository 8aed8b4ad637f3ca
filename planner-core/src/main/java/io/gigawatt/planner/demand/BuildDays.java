package io.gigawatt.planner.demand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import java.util.function.ToDoubleFunction;

/**
 * The build day by day, as the report's daily series shows it ({@link DailyLoad}): one fact per evaluation, which
 * rules ask for time windows. {@code below("gridShare", 0.10)} gives the stretches of consecutive days on which the
 * grid carries less than 10% of the campus, {@code between("2025-01-01", "2025-06-30")} the same days cut to a window.
 *
 * @param days       the build's days, in date order
 * @param milestones the build's milestones (its phases), in date order, to say which phase a stretch falls in
 */
public record BuildDays(List<DailyLoad> days, List<Milestone> milestones) {

    /** The daily series a rule can name, with their values on a day (NaN when a day has none, as a share of nothing). */
    private static final Map<String, ToDoubleFunction<DailyLoad>> SERIES = series();

    private static Map<String, ToDoubleFunction<DailyLoad>> series() {
        Map<String, ToDoubleFunction<DailyLoad>> series = new LinkedHashMap<>();
        series.put("gridShare", day -> day.gridShare() == null ? Double.NaN : day.gridShare());
        series.put("gpus", DailyLoad::gpus);
        series.put("itMw", day -> day.it().mw());
        series.put("facilityMw", day -> day.facility().mw());
        series.put("gridMw", day -> day.grid().mw());
        series.put("onSiteNeedMw", day -> day.onSiteNeed().mw());
        return Collections.unmodifiableMap(series);
    }

    private static ToDoubleFunction<DailyLoad> named(String name) {
        ToDoubleFunction<DailyLoad> series = SERIES.get(name);
        if (series == null) {
            throw new IllegalArgumentException("no daily series '" + name + "'; the series are "
                    + String.join(", ", SERIES.keySet()));
        }
        return series;
    }

    public BuildDays {
        days = List.copyOf(days);
        milestones = List.copyOf(milestones);
    }

    /** The stretches of consecutive days on which {@code series} is below {@code level}, in date order. */
    public List<Stretch> below(String series, double level) {
        return stretches(named(series), value -> value < level);
    }

    /** The stretches of consecutive days on which {@code series} is above {@code level}, in date order. */
    public List<Stretch> above(String series, double level) {
        return stretches(named(series), value -> value > level);
    }

    /** The days from {@code from} to {@code to}, both included (ISO dates, as in a scenario: "2025-01-31"). */
    public BuildDays between(String from, String to) {
        LocalDate first = LocalDate.parse(from);
        LocalDate last = LocalDate.parse(to);
        return new BuildDays(days.stream().filter(d -> !d.day().isBefore(first) && !d.day().isAfter(last)).toList(),
                milestones);
    }

    /** How many days the build has (of the window, after {@link #between}). */
    public int count() {
        return days.size();
    }

    private List<Stretch> stretches(ToDoubleFunction<DailyLoad> series, DoublePredicate beyond) {
        List<Stretch> stretches = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= days.size(); i++) {
            boolean in = i < days.size() && beyond.test(series.applyAsDouble(days.get(i)))
                    && (start < 0 || days.get(i).day().equals(days.get(i - 1).day().plusDays(1)));
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                stretches.add(stretch(stretches.size() + 1, series, start, i));
                start = i < days.size() && beyond.test(series.applyAsDouble(days.get(i))) ? i : -1;
            }
        }
        return stretches;
    }

    private Stretch stretch(int number, ToDoubleFunction<DailyLoad> series, int from, int to) {
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double value = series.applyAsDouble(days.get(i));
            lowest = Math.min(lowest, value);
            highest = Math.max(highest, value);
        }
        LocalDate first = days.get(from).day();
        return new Stretch(number, phaseOn(first), first, days.get(to - 1).day(), to - from, lowest, highest);
    }

    /** The phase being built on {@code day}, as the report's daily series names it: the first not dated before it. */
    private String phaseOn(LocalDate day) {
        return milestones.stream().filter(m -> !day.isAfter(m.date())).findFirst()
                .or(() -> milestones.stream().reduce((a, b) -> b)).map(Milestone::name).orElse(null);
    }
}
