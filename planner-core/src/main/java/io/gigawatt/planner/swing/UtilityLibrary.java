package io.gigawatt.planner.swing;

import io.gigawatt.planner.input.Fields;
import io.gigawatt.planner.input.InputLimits;
import io.gigawatt.planner.input.Node.ScalarNode;
import io.gigawatt.planner.input.Node.Entry;
import io.gigawatt.planner.input.Range;
import io.gigawatt.planner.input.Suggestions;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The utilities' limits on large loads, by name: the library shipped as {@code utility-limits.yaml}, with the entries
 * of a scenario's {@code utilities:} section added (a name the library knows is replaced whole). A scenario picks one
 * with {@code utility: {preset: ERCOT-2026}}.
 */
public final class UtilityLibrary {

    /** The resource holding the library. */
    public static final String DEFAULT_RESOURCE = "utility-limits.yaml";

    private static final Range MW_PER_SECOND = Range.of(0.0001, 10_000, "MW per second");
    private static final Range MW_PER_MINUTE = Range.of(0.001, 100_000, "MW per minute");
    private static final Range RANGE_MW = Range.of(0.001, 10_000, "MW");
    private static final Range WINDOW_SECONDS = Range.of(0.01, 3_600, "seconds");
    private static final Range HZ = Range.of(0.001, 1_000, "Hz");
    private static final Range NOTICE_HOURS = Range.of(0, 8_760, "hours");
    private static final Range LOAD_SHARE = Range.of(0, 1, "a fraction of the load");
    private static final Range ENERGY_SHARE = Range.of(0, 1, "a fraction of the swing's energy");
    private static final List<String> MEASURES = List.of("rampMwPerSecond", "rampMwPerMinute", "rangeMw",
            "bandMaxShare");

    private static final Pattern DATE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?");

    private static volatile UtilityLibrary shipped;

    private final Map<String, Utility> utilities;
    private final RideThroughLibrary codes;

    private UtilityLibrary(Map<String, Utility> utilities, RideThroughLibrary codes) {
        this.utilities = Collections.unmodifiableMap(new LinkedHashMap<>(utilities));
        this.codes = codes;
    }

    /**
     * One utility's limits.
     *
     * @param name        its name in words
     * @param limits      what it limits, each with its source
     * @param rideThrough the voltage ride-through envelope it writes itself, or null
     * @param gridCode    the grid code of the ride-through library its large loads connect under, or null
     * @param largeLoads  what the jurisdiction's law asks of large loads, or null
     */
    public record Utility(String name, List<UtilityLimit> limits, RideThrough rideThrough, String gridCode,
                          LargeLoadLaw largeLoads) {
    }

    /** The library shipped with the planner. */
    public static UtilityLibrary shipped() {
        UtilityLibrary known = shipped;
        if (known == null) {
            known = ShippedLibrary.load(DEFAULT_RESOURCE, "utility library",
                    f -> new UtilityLibrary(Map.of(), RideThroughLibrary.shipped()).with(f, true));
            shipped = known;
        }
        return known;
    }

    /**
     * This library with the entries of {@code section} (a scenario's {@code utilities:}) added or replacing those of
     * the same name. A scenario's limit may leave out its source and date: its source is then the field it is written in.
     */
    public UtilityLibrary with(Fields section) {
        return with(section, false);
    }

    private UtilityLibrary with(Fields section, boolean cited) {
        Map<String, Utility> all = new LinkedHashMap<>(utilities);
        for (Entry entry : section.entries()) {
            Fields u = Fields.of(entry.value(), section.pathOf(entry.key()), section.problems());
            if (entry.key().isBlank()) {
                section.problems().add(entry.keyLocation(), section.pathOf(entry.key()),
                        "an empty utility name, expected a name to choose its limits by (as ERCOT-2026)");
                continue;
            }
            String name = u.optionalText("name").orElse(entry.key());
            Optional<String> source = cited ? Optional.of(u.text("source")) : u.optionalText("source");
            Optional<String> date = cited ? Optional.of(date(u)) : u.has("date") ? Optional.of(date(u)) : Optional.empty();
            OptionalDouble from = u.optionalNumber("appliesFromMw", RANGE_MW);
            List<UtilityLimit> limits = new ArrayList<>();
            for (Fields l : u.sections("limits", true)) {
                limit(l, source, date, from, cited).ifPresent(limits::add);
                l.rejectUnknownKeys();
            }
            if (limits.isEmpty() && u.has("limits")) {
                u.problems().add(u.locationOf("limits"), u.pathOf("limits"), "is empty, expected at least one limit "
                        + "(rampMwPerMinute, rampMwPerSecond, rangeMw or bandMaxShare)");
            }
            RideThrough rideThrough = null;
            String gridCode = null;
            if (u.node("rideThrough").orElse(null) instanceof ScalarNode) {
                gridCode = gridCode(u, "rideThrough", codes);
            } else if (u.has("rideThrough")) {
                rideThrough = RideThroughLibrary.read(u.section("rideThrough"), u.pathOf("rideThrough"),
                        "the grid code of " + name, cited);
            }
            LargeLoadLaw largeLoads = u.optionalSection("largeLoads").map(l -> largeLoads(l, cited)).orElse(null);
            u.rejectUnknownKeys();
            all.put(entry.key(), new Utility(name, limits, rideThrough, gridCode, largeLoads));
        }
        return new UtilityLibrary(all, codes);
    }

    /** This library with its utilities' grid codes looked up in {@code codes} (the shipped ones and a scenario's). */
    public UtilityLibrary withCodes(RideThroughLibrary codes) {
        return new UtilityLibrary(utilities, codes);
    }

    public RideThroughLibrary codes() {
        return codes;
    }

    /** The name of a grid code {@code f} writes under {@code key}, checked against {@code codes}; null when unknown. */
    static String gridCode(Fields f, String key, RideThroughLibrary codes) {
        String code = f.text(key);
        if (codes.named(code).isPresent()) {
            return code;
        }
        if (!code.isEmpty()) {
            String suggestion = Suggestions.closest(code, codes.names()).map(s -> "did you mean '" + s + "'? ")
                    .orElse("");
            f.problems().add(f.locationOf(key), f.pathOf(key), "unknown grid code '" + InputLimits.excerpt(code)
                    + "', " + suggestion + "expected one of the ride-through library's or the scenario's gridCodes: "
                    + String.join(", ", codes.names()));
        }
        return null;
    }

    /**
     * One limit: exactly one measure, its window and band, its source and date and the least load it applies to (or
     * the utility's).
     */
    private static Optional<UtilityLimit> limit(Fields l, Optional<String> source, Optional<String> date,
                                                OptionalDouble utilityFrom, boolean cited) {
        List<String> written = MEASURES.stream().filter(l::has).toList();
        if (written.size() != 1) {
            l.problems().add(written.isEmpty() ? l.location() : l.locationOf(written.get(1)), l.path(),
                    (written.isEmpty() ? "names no limit" : "names " + String.join(" and ", written))
                            + ", expected exactly one of: " + String.join(", ", MEASURES));
            return Optional.empty();
        }
        String measure = written.get(0);
        UtilityLimit.Kind kind = measure.startsWith("ramp") ? UtilityLimit.Kind.RAMP
                : measure.equals("rangeMw") ? UtilityLimit.Kind.RANGE : UtilityLimit.Kind.BAND_SHARE;
        double value = switch (measure) {
            case "rampMwPerSecond" -> l.number(measure, MW_PER_SECOND);
            case "rampMwPerMinute" -> l.number(measure, MW_PER_MINUTE) / 60;
            case "rangeMw" -> l.number(measure, RANGE_MW);
            default -> l.number(measure, ENERGY_SHARE);
        };
        // a ramp needs its window; a range without one is measured over any span; a band share has none
        Duration window = null;
        if (kind == UtilityLimit.Kind.RAMP || (kind == UtilityLimit.Kind.RANGE && l.has("windowSeconds"))) {
            window = seconds(l.number("windowSeconds", WINDOW_SECONDS));
        }
        Double low = null;
        Double high = null;
        boolean filtered = l.has("bandLowHz") || l.has("bandHighHz");
        if (kind == UtilityLimit.Kind.RANGE && window == null && !filtered) {
            l.problems().add(l.locationOf(measure), l.pathOf(measure), "has neither windowSeconds nor a band filter, "
                    + "expected the window it is measured within, or bandLowHz and bandHighHz (then over any span)");
        }
        if (kind == UtilityLimit.Kind.BAND_SHARE || filtered) {
            low = l.number("bandLowHz", HZ);
            high = l.number("bandHighHz", HZ);
            if (high <= low && l.has("bandLowHz") && l.has("bandHighHz")) {
                l.problems().add(l.locationOf("bandHighHz"), l.pathOf("bandHighHz"), "the band "
                        + Quantities.format(low) + "-" + Quantities.format(high)
                        + " Hz is empty, expected bandLowHz below bandHighHz");
            }
        }
        String cite = l.optionalText("source").or(() -> source)
                .orElseGet(() -> "the scenario's " + l.pathOf(measure));
        String dated = l.has("date") ? date(l) : date.orElse(null);
        OptionalDouble from = l.optionalNumber("appliesFromMw", RANGE_MW);
        OptionalDouble applies = from.isPresent() ? from : utilityFrom;
        return Optional.of(new UtilityLimit(kind, value, window, low, high, cite, dated,
                applies.isPresent() ? Power.mw(applies.getAsDouble()) : null));
    }

    /** A law on large loads: its name, threshold, notice and disclosure share, its source and date. */
    private static LargeLoadLaw largeLoads(Fields l, boolean cited) {
        String name = l.text("name");
        String source = cited ? l.text("source")
                : l.optionalText("source").orElseGet(() -> "the scenario's " + l.path());
        String date = l.has("date") ? date(l) : null;
        Power from = Power.mw(l.number("appliesFromMw", RANGE_MW));
        OptionalDouble notice = l.optionalNumber("demandReductionNoticeHours", NOTICE_HOURS);
        OptionalDouble share = l.optionalNumber("backupDisclosureShare", LOAD_SHARE);
        l.rejectUnknownKeys();
        return new LargeLoadLaw(name, from, notice.isPresent() ? notice.getAsDouble() : null,
                share.isPresent() ? share.getAsDouble() : null, source, date);
    }

    static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** A source's date: a day, or a month when the source gives no day. */
    static String date(Fields f) {
        String text = f.text("date");
        if (!text.isEmpty() && !DATE.matcher(text).matches()) {
            f.problems().add(f.locationOf("date"), f.pathOf("date"), "'" + text
                    + "' is not a date, expected the source's date as 2026-06-19, or 2026-06 when it gives no day");
        }
        return text;
    }

    public Optional<Utility> named(String name) {
        return Optional.ofNullable(utilities.get(name));
    }

    /** The limits of the utility called {@code name}, with the default critical band. */
    public Optional<UtilityLimits> limits(String name) {
        return named(name).map(u -> new UtilityLimits(name, u.limits(), UtilityLimits.DEFAULT_BAND_LOW_HZ,
                UtilityLimits.DEFAULT_BAND_HIGH_HZ, u.rideThrough() != null ? u.rideThrough()
                        : u.gridCode() == null ? null : codes.named(u.gridCode()).orElse(null), u.largeLoads()));
    }

    /** The names, in the order the library and then the scenario write them. */
    public List<String> names() {
        return List.copyOf(utilities.keySet());
    }
}
