package io.gigawatt.planner.swing;

import io.gigawatt.planner.input.Fields;
import io.gigawatt.planner.input.Node.Entry;
import io.gigawatt.planner.input.Range;
import io.gigawatt.planner.units.Power;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The grid codes' ride-through envelopes for large loads, by name: the library shipped as {@code ride-through.yaml},
 * with the codes of a scenario's {@code gridCodes:} section added (a name the library knows is replaced whole). A
 * utility names the code its large loads connect under.
 */
public final class RideThroughLibrary {

    /** The resource holding the library. */
    public static final String DEFAULT_RESOURCE = "ride-through.yaml";

    private static final Range MW = Range.of(0.001, 10_000, "MW");
    private static final Range SECONDS = Range.of(0.01, 3_600, "seconds");
    private static final Range PER_UNIT = Range.of(0, 1, "a voltage per unit");

    private static volatile RideThroughLibrary shipped;

    private final Map<String, RideThrough> codes;

    private RideThroughLibrary(Map<String, RideThrough> codes) {
        this.codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    }

    /** The library shipped with the planner. */
    public static RideThroughLibrary shipped() {
        RideThroughLibrary known = shipped;
        if (known == null) {
            known = ShippedLibrary.load(DEFAULT_RESOURCE, "ride-through library",
                    f -> new RideThroughLibrary(Map.of()).with(f, true));
            shipped = known;
        }
        return known;
    }

    /** This library with the codes of {@code section} (a scenario's {@code gridCodes:}) added or replacing their namesakes. */
    public RideThroughLibrary with(Fields section) {
        return with(section, false);
    }

    private RideThroughLibrary with(Fields section, boolean cited) {
        Map<String, RideThrough> all = new LinkedHashMap<>(codes);
        for (Entry entry : section.entries()) {
            if (entry.key().isBlank()) {
                section.problems().add(entry.keyLocation(), section.pathOf(entry.key()),
                        "an empty grid code name, expected a name for a utility to connect under (as ERCOT-NOGRR-282)");
                continue;
            }
            Fields code = Fields.of(entry.value(), section.pathOf(entry.key()), section.problems());
            all.put(entry.key(), read(code, entry.key(), entry.key(), cited));
        }
        return new RideThroughLibrary(all);
    }

    /**
     * One code: its envelope, recovery and threshold, or a note on why the library has no envelope for it; its source
     * (the field it is written in when a scenario gives none) and date.
     */
    static RideThrough read(Fields r, String code, String defaultName, boolean cited) {
        String name = r.optionalText("name").orElse(defaultName);
        String source = cited ? r.text("source")
                : r.optionalText("source").orElseGet(() -> "the scenario's " + r.path());
        String date = r.has("date") ? UtilityLibrary.date(r) : null;
        OptionalDouble from = r.optionalNumber("appliesFromMw", MW);
        Optional<String> note = r.optionalText("note");
        Duration recovery = null;
        List<RideThrough.Dip> dips = new ArrayList<>();
        boolean envelope = r.has("envelope") || r.has("recoverySeconds");
        if (!envelope && note.isEmpty()) {
            r.problems().add(r.location(), r.path(), "has neither an envelope nor a note, expected envelope (belowPu, "
                    + "seconds) and recoverySeconds, or a note saying what is known of the code and where to look");
        }
        if (envelope) {
            recovery = UtilityLibrary.seconds(r.number("recoverySeconds", SECONDS));
            for (Fields d : r.sections("envelope", true)) {
                dips.add(new RideThrough.Dip(d.number("belowPu", PER_UNIT),
                        UtilityLibrary.seconds(d.number("seconds", SECONDS))));
                d.rejectUnknownKeys();
            }
            if (dips.isEmpty() && r.has("envelope")) {
                r.problems().add(r.locationOf("envelope"), r.pathOf("envelope"),
                        "is empty, expected at least one dip (belowPu, seconds)");
            }
        }
        r.rejectUnknownKeys();
        return new RideThrough(code, name, dips, recovery, from.isPresent() ? Power.mw(from.getAsDouble()) : null,
                source, date, note.orElse(null));
    }

    public Optional<RideThrough> named(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /** The names, in the order the library and then the scenario write them. */
    public List<String> names() {
        return List.copyOf(codes.keySet());
    }
}
