package io.gigawatt.planner.timeline;

import io.gigawatt.planner.input.Fields;
import io.gigawatt.planner.input.InputLimits;
import io.gigawatt.planner.input.Range;
import io.gigawatt.planner.input.Ranges;
import io.gigawatt.planner.input.Suggestions;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a scenario's {@code timeline:} section, reporting every problem as {@code file:line:col: field: problem,
 * expected ...} through the same {@link Fields} as the rest of the scenario.
 */
public final class TimelineReader {

    private static final Range CREWS = Range.wholeNumber(1, 10_000, "a whole number of crews");
    private static final Range GPUS_PER_CREW_DAY = Range.of(1, 100_000, "GPUs a crew installs in a day");
    private static final Range RACKS_PER_CREW_DAY = Range.of(0.01, 1_000, "racks a crew installs in a day");
    private static final Range OPTION_MW = Range.of(0.001, 20_000, "a number of MW");
    private static final Range SEED = Range.wholeNumber(0, 9_007_199_254_740_991.0, "a whole number");
    private static final Range DRAWS = Range.wholeNumber(1, InputLimits.DRAWS, "a whole number of draws");
    private static final Range SLIP_DAYS = Range.of(-3_650, 3_650, "days");
    private static final Range FACTOR = Range.of(0.1, 10, "a factor");

    private TimelineReader() {
    }

    /**
     * The section's input; problems go to the fields' collector, and the result is meaningless if there are any.
     * {@code dated} is the number of milestones and targets the Monte Carlo dates in each draw.
     */
    public static TimelineInput read(Fields f, LocalDate buildStart, int dated) {
        Orders orders = f.optionalSection("orders").map(o -> {
            Orders read = new Orders(o.optionalDate("generators").orElse(buildStart),
                    o.optionalDate("batteries").orElse(buildStart), o.optionalDate("cooling").orElse(buildStart));
            o.rejectUnknownKeys();
            return read;
        }).orElse(new Orders(buildStart, buildStart, buildStart));
        Installation installation = f.optionalSection("installation").map(TimelineReader::installation).orElse(null);
        List<Permit> permits = permits(f);
        List<SupplyOption> futureSupply = new ArrayList<>();
        List<String> uncontracted = new ArrayList<>();
        futureSupply(f, futureSupply, uncontracted);
        Risk risk = f.optionalSection("risk").map(r -> risk(r, dated)).orElse(null);
        f.rejectUnknownKeys();
        return new TimelineInput(orders, installation, permits, futureSupply, risk, uncontracted);
    }

    private static Installation installation(Fields f) {
        int crews = (int) f.number("crews", CREWS);
        boolean perCrew = f.has("gpusPerCrewDay");
        boolean racks = f.has("racksPerCrewDay");
        double rate = 1;
        String basis = "";
        if (perCrew && racks) {
            f.problems().add(f.locationOf("racksPerCrewDay"), f.pathOf("racksPerCrewDay"),
                    "given beside gpusPerCrewDay, expected one rate: gpusPerCrewDay, or racksPerCrewDay with gpusPerRack");
        } else if (perCrew) {
            rate = f.number("gpusPerCrewDay", GPUS_PER_CREW_DAY);
            basis = Quantities.format(rate) + " GPUs per crew a day";
        } else if (racks) {
            double racksPerDay = f.number("racksPerCrewDay", RACKS_PER_CREW_DAY);
            double perRack = f.number("gpusPerRack", Ranges.GPUS_PER_RACK);
            rate = racksPerDay * perRack;
            basis = Quantities.format(racksPerDay) + (racksPerDay == 1 ? " rack" : " racks") + " of "
                    + Quantities.format(perRack) + " GPUs per crew a day";
        } else {
            f.problems().add(f.location(), f.pathOf("gpusPerCrewDay"),
                    "missing, expected the crews' rate: gpusPerCrewDay, or racksPerCrewDay with gpusPerRack");
        }
        f.has("gpusPerRack"); // a known key whichever rate is given
        f.rejectUnknownKeys();
        return new Installation(Math.max(crews, 1), Math.max(rate, 1e-9), basis);
    }

    private static List<Permit> permits(Fields f) {
        List<Permit> permits = new ArrayList<>();
        LocalDate previous = null;
        for (Fields p : f.sections("permits", false)) {
            String name = p.text("name");
            LocalDate date = p.date("date");
            OptionalDouble units = p.optionalNumber("generatorUnits", Ranges.PERMIT_UNITS);
            OptionalDouble mw = p.optionalNumber("generatorMw", Ranges.MW);
            if (units.isEmpty() && mw.isEmpty()) {
                p.problems().add(p.location(), p.pathOf("generatorUnits"),
                        "missing, expected the permit's cap: generatorUnits, generatorMw or both");
            }
            if (previous != null && !date.isAfter(previous)) {
                p.problems().add(p.locationOf("date"), p.pathOf("date"),
                        date + " is not after the previous permit's " + previous + ", expected permits in date order");
            }
            previous = date;
            p.rejectUnknownKeys();
            permits.add(new Permit(name, date, units.isPresent() ? (int) units.getAsDouble() : null,
                    mw.isPresent() ? Power.mw(mw.getAsDouble()) : null));
        }
        return permits;
    }

    /** The options contracted go to {@code options}; the names of those not ({@code contracted: false}) to {@code uncontracted}. */
    private static void futureSupply(Fields f, List<SupplyOption> options, List<String> uncontracted) {
        Set<String> names = new HashSet<>();
        for (Fields o : f.sections("futureSupply", false)) {
            String name = o.text("name");
            if (!name.isEmpty() && !names.add(name)) {
                o.problems().add(o.locationOf("name"), o.pathOf("name"),
                        "'" + InputLimits.excerpt(name)
                                + "' also names another supply option, expected a name of its own");
            }
            SupplyKind kind = kind(o);
            Power firm = Power.mw(o.number("firmMw", OPTION_MW));
            LocalDate earliest = o.date("earliest");
            Spread slip = o.optionalSection("slipDays").map(s -> spread(s, SLIP_DAYS)).orElse(null);
            String source = o.optionalText("source").orElse("");
            boolean servesPhases = o.bool("servesPhases", true);
            boolean contracted = o.bool("contracted", true);
            o.rejectUnknownKeys();
            if (contracted) {
                options.add(new SupplyOption(name, kind, firm, earliest, slip, source, servesPhases));
            } else {
                uncontracted.add(name);
            }
        }
    }

    private static SupplyKind kind(Fields o) {
        String word = o.text("kind");
        if (word.isEmpty()) {
            return SupplyKind.GRID;
        }
        for (SupplyKind kind : SupplyKind.values()) {
            if (kind.word().equals(word.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        List<String> words = Arrays.stream(SupplyKind.values()).map(SupplyKind::word).toList();
        o.problems().add(o.locationOf("kind"), o.pathOf("kind"), Suggestions.notAWord("kind of supply", word, words));
        return SupplyKind.GRID;
    }

    private static Risk risk(Fields f, int dated) {
        long seed = (long) f.number("seed", SEED, 0);
        int draws = (int) f.number("draws", DRAWS, Risk.DEFAULT_DRAWS);
        InputLimits.drawsProblem(draws, dated)
                .ifPresent(problem -> f.problems().add(f.locationOf("draws"), f.pathOf("draws"), problem));
        Spread grid = f.optionalSection("gridSlipDays").map(s -> spread(s, SLIP_DAYS)).orElse(null);
        Spread lead = f.optionalSection("leadTimeFactor").map(s -> spread(s, FACTOR)).orElse(null);
        Spread pue = f.optionalSection("pue").map(s -> spread(s, Ranges.PUE)).orElse(null);
        Spread gpu = f.optionalSection("gpuPowerFactor").map(s -> spread(s, FACTOR)).orElse(null);
        f.rejectUnknownKeys();
        return new Risk(seed, draws, grid, lead, pue, gpu);
    }

    /** {@code {low: 0, likely: 30, high: 180}}: each within {@code range}, in that order. */
    public static Spread spread(Fields s, Range range) {
        int before = s.problems().count();
        double low = s.number("low", range);
        double likely = s.number("likely", range);
        double high = s.number("high", range);
        s.rejectUnknownKeys();
        if (s.problems().count() > before) {
            return Spread.fixed(low); // a value missing or wrong: its order would be judged on a stand-in
        }
        if (likely < low) {
            s.problems().add(s.locationOf("likely"), s.pathOf("likely"), Quantities.format(likely)
                    + " is below low " + Quantities.format(low) + ", expected low <= likely <= high");
        } else if (high < likely) {
            s.problems().add(s.locationOf("high"), s.pathOf("high"), Quantities.format(high)
                    + " is below likely " + Quantities.format(likely) + ", expected low <= likely <= high");
        } else {
            return new Spread(low, likely, high);
        }
        return Spread.fixed(low);
    }
}
