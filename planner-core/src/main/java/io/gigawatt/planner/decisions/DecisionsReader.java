package io.gigawatt.planner.decisions;

import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.catalogue.GeneratorModel;
import io.gigawatt.planner.catalogue.GpuModel;
import io.gigawatt.planner.catalogue.PowerCap;
import io.gigawatt.planner.demand.Build;
import io.gigawatt.planner.demand.Milestone;
import io.gigawatt.planner.input.Fields;
import io.gigawatt.planner.input.InputLimits;
import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.Node.Entry;
import io.gigawatt.planner.input.Node.ScalarNode;
import io.gigawatt.planner.input.Node.ScalarType;
import io.gigawatt.planner.input.Range;
import io.gigawatt.planner.input.Ranges;
import io.gigawatt.planner.input.Suggestions;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.timeline.TimelineInput;
import io.gigawatt.planner.units.Money;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads {@code decisions:}: the levers {@code planner plan} may move and their bounds, per milestone (by name), per
 * GPU model, per future supply option, per kind of equipment ordered, and the campus's generator model.
 * <pre>
 * decisions:
 *   milestones:
 *     Doubling:
 *       deferDays: {max: 660, step: 30}        # deliver its GPUs up to 660 days later
 *       batteries: {min: 0, max: 160, step: 8} # planned battery units
 *       generators: {min: 0, max: 15}          # planned generator units
 *   gpus:
 *     H100:
 *       powerCapW: {min: 300, max: 700, step: 25}  # the power cap on every H100 (equipment.gpus.H100.powerCapW)
 *   supply:
 *     Nuclear PPA through TVA:
 *       contract: [true, false]   # contract the future supply option or not (timeline.futureSupply[i].contracted)
 *   orders:
 *     generators: {from: 2024-03-01, to: 2024-08-01, stepDays: 15}  # timeline.orders.generators
 *   generators:
 *     model: [smt-130, tm2500]    # the campus's generator model (equipment.generators.model)
 *     acquire: [rent, buy]        # rented where the model can be, or bought (equipment.generators.acquire)
 *   cooling:
 *     acquire: [rent, buy]        # equipment.cooling.acquire
 *   grid:
 *     offers:                     # tranches the utility offers: each taken (added to grid.tranches) or not
 *       - {name: Early 100 MW, date: 2025-01-15, firmMw: 100, interconnection: 40000000}
 * </pre>
 */
public final class DecisionsReader {

    private static final int MOST_DAYS = 3_650;
    private static final int MOST_UNITS = 100_000;
    /** Values of one lever: more are a typo in a bound or a step, and a search no faster than a sweep. */
    private static final int MOST_VALUES = 10_000;
    private static final int NAMES_SHOWN = 10;
    /** The campus's generators: the key of their levers under {@code decisions:}, and the subject summaries name. */
    private static final String GENERATORS = "generators";
    private static final String COOLING = "cooling";
    /** The levers of a milestone; a GPU model's power cap is under {@code decisions.gpus}. */
    private static final List<Lever.Kind> MILESTONE_LEVERS = List.of(Lever.Kind.DEFER_DAYS, Lever.Kind.BATTERIES,
            Lever.Kind.GENERATORS);
    private static final Range DAYS = Range.wholeNumber(0, MOST_DAYS, "a whole number of days");
    private static final Range UNITS = Range.wholeNumber(0, MOST_UNITS, "a whole number of units");
    private static final Range AMOUNT = Range.of(0, 1e12, "an amount of money");
    private static final Range STEP = Range.wholeNumber(1, MOST_UNITS, "a whole number");

    private DecisionsReader() {
    }

    /**
     * The levers of {@code decisions} (null: the scenario has none), problems added to its fields' problems.
     *
     * @param gpus      the catalogue's GPU models, as rated (uncapped)
     * @param powerCaps the caps the scenario sets ({@code equipment.gpus}), by model id
     * @param timeline  the scenario's timeline (its future supply options), or null
     * @param generators the catalogue's generator models, by id
     * @param generatorModel the campus's generator model as written ({@code equipment.generators.model}), or null
     * @param acquired  how each fleet is got as written, rent or buy, by its key ({@code generators}, {@code cooling})
     * @param tranches  the scenario's grid tranches as written
     */
    public static Decisions read(Fields decisions, Build build, Map<String, GpuModel> gpus,
                                 Map<String, PowerCap> powerCaps, TimelineInput timeline,
                                 Map<String, GeneratorModel> generators, GeneratorModel generatorModel,
                                 Map<String, String> acquired, List<GridTranche> tranches) {
        if (decisions == null) {
            return Decisions.NONE;
        }
        Map<String, Integer> milestones = new LinkedHashMap<>();
        List<Milestone> written = build.milestones();
        for (int i = 0; i < written.size(); i++) {
            milestones.putIfAbsent(written.get(i).name(), i);
        }
        List<Lever> levers = new ArrayList<>();
        int before = decisions.problems().count();
        Fields byName = decisions.optionalSection("milestones").orElse(null);
        for (Entry entry : byName == null ? List.<Entry>of() : byName.entries()) {
            Integer index = milestones.get(entry.key());
            if (index == null) {
                byName.problems().add(entry.keyLocation(), byName.pathOf(InputLimits.excerpt(entry.key())),
                        "no milestone of this name, " + suggested(entry.key(), milestones.keySet())
                                + "expected one of: " + named(milestones.keySet()));
                continue;
            }
            Fields milestone = Fields.of(entry.value(), byName.pathOf(entry.key()), byName.problems());
            Milestone m = written.get(index);
            for (Lever.Kind kind : MILESTONE_LEVERS) {
                milestone.optionalSection(kind.key()).ifPresent(bounds -> {
                    Integer as = kind == Lever.Kind.DEFER_DAYS ? Integer.valueOf(0)
                            : kind == Lever.Kind.BATTERIES ? m.planned().batteries() : m.planned().generators();
                    Lever lever = lever(bounds, kind, kind == Lever.Kind.DEFER_DAYS ? DAYS : UNITS, index, m.name(),
                            as);
                    if (lever != null) {
                        levers.add(lever);
                    }
                });
            }
            milestone.rejectUnknownKeys();
        }
        decisions.optionalSection("gpus").ifPresent(models -> powerCapLevers(models, gpus, powerCaps, levers));
        decisions.optionalSection("supply").ifPresent(options -> contractLevers(options, timeline, levers));
        decisions.optionalSection("orders").ifPresent(orders -> orderLevers(orders, timeline, levers));
        decisions.optionalSection(GENERATORS).ifPresent(section -> {
            if (section.has(Lever.Kind.GENERATOR_MODEL.key()) || !section.has(Lever.Kind.ACQUIRE.key())) {
                choice(section, Lever.Kind.GENERATOR_MODEL, GENERATORS, generatorModel == null ? null
                        : generatorModel.id(), generators.keySet(), "generator model", "[smt-130, titan-350]")
                        .ifPresent(levers::add);
            }
            acquire(section, GENERATORS, acquired, levers);
        });
        decisions.optionalSection(COOLING).ifPresent(section -> acquire(section, COOLING, acquired, levers));
        Map<String, GridOffer> offers = new LinkedHashMap<>();
        decisions.optionalSection("grid").ifPresent(section -> gridOffers(section, tranches, offers, levers));
        if (levers.isEmpty() && decisions.problems().count() == before) {
            Fields named = byName != null ? byName : decisions;
            named.problems().add(named.location(), named.path(), "names no lever, expected a milestone's"
                    + " deferDays, batteries or generators with their bounds, e.g. milestones: {Doubling: {deferDays:"
                    + " {max: 360}}}, a GPU model's powerCapW, e.g. gpus: {H100: {powerCapW: {min: 300, max: 700}}},"
                    + " a supply option's contract, e.g. supply: {Nuclear PPA: {contract: [true, false]}}, an order"
                    + " date, e.g. orders: {generators: {from: 2024-03-01, to: 2024-06-01}}, the"
                    + " generator model, e.g. generators: {model: [smt-130, titan-350]}, rented or bought, e.g."
                    + " cooling: {acquire: [rent, buy]}, or the utility's offers, e.g. grid: {offers: [{name: Early,"
                    + " date: 2025-01-15, firmMw: 100}]}");
        }
        if (byName != null) {
            byName.rejectUnknownKeys();
        }
        decisions.rejectUnknownKeys();
        return new Decisions(levers, offers);
    }

    /**
     * The utility's offers, {@code grid: {offers: [{name, date, firmMw, interconnection}]}}: each taken or not, on a
     * date of its own (a written tranche's date or another offer's would make two levels on one day), unless
     * {@code grid.tranches} has it already, same date and level: then it is taken as written and no lever.
     */
    private static void gridOffers(Fields section, List<GridTranche> tranches, Map<String, GridOffer> offers,
                                   List<Lever> levers) {
        Set<String> names = new LinkedHashSet<>();
        Map<LocalDate, String> taken = new LinkedHashMap<>();
        tranches.forEach(t -> taken.put(t.namingDate(), "a tranche of grid.tranches"));
        for (Fields offer : section.sections(Lever.Kind.GRID_OFFER.key(), true)) {
            int before = offer.problems().count();
            String name = offer.text("name");
            LocalDate date = offer.date("date");
            double firmMw = offer.number("firmMw", Ranges.MW);
            OptionalDouble cost = offer.optionalNumber("interconnection", AMOUNT);
            offer.rejectUnknownKeys();
            if (offer.problems().count() > before) {
                continue;
            }
            GridTranche written = tranches.stream().filter(t -> t.namingDate().equals(date)).findFirst().orElse(null);
            if (written != null && Math.abs(written.firm().mw() - firmMw) < 1e-9) {
                continue; // taken as written, in a plan proposed before: it stays, a tranche like the others
            }
            if (!names.add(name)) {
                offer.problems().add(offer.locationOf("name"), offer.pathOf("name"), "'" + InputLimits.excerpt(name)
                        + "' names another offer too, expected a name of its own");
            } else if (taken.containsKey(date)) {
                offer.problems().add(offer.locationOf("date"), offer.pathOf("date"), date + " is the date of "
                        + taken.get(date) + ", expected a date of its own (a day has one firm level)");
            } else {
                taken.put(date, "offer '" + InputLimits.excerpt(name) + "'");
                offers.put(name, new GridOffer(name, date, Power.mw(firmMw),
                        cost.isPresent() ? Money.of(cost.getAsDouble()) : null));
                levers.add(new Lever(Lever.NO_MILESTONE, name, Lever.Kind.GRID_OFFER, List.of(0, 1), 0,
                        offer.location(), List.of()));
            }
        }
        section.rejectUnknownKeys();
    }

    /** The power cap levers of {@code decisions.gpus}: each within the model's floor and its TDP. */
    private static void powerCapLevers(Fields models, Map<String, GpuModel> gpus, Map<String, PowerCap> powerCaps,
                                       List<Lever> levers) {
        for (Entry entry : models.entries()) {
            GpuModel model = gpus.get(entry.key());
            if (model == null) {
                models.problems().add(entry.keyLocation(), models.pathOf(InputLimits.excerpt(entry.key())),
                        "unknown GPU model, " + suggested(entry.key(), gpus.keySet()) + "expected one of: "
                                + named(gpus.keySet()));
                continue;
            }
            Fields levered = Fields.of(entry.value(), models.pathOf(entry.key()), models.problems());
            levered.optionalSection(Lever.Kind.POWER_CAP_W.key()).ifPresent(bounds -> {
                int floor = (int) Math.ceil(PowerCap.floor(model).watts());
                int tdp = (int) Math.floor(model.tdp().watts());
                Range watts = Range.wholeNumber(floor, tdp, "whole watts between " + model.id() + "'s floor and TDP");
                PowerCap stated = powerCaps.get(model.id());
                int written = stated == null ? tdp : (int) Math.round(stated.cap().watts());
                Lever lever = lever(bounds, Lever.Kind.POWER_CAP_W, watts, Lever.NO_MILESTONE, model.id(), written);
                if (lever != null) {
                    levers.add(lever);
                }
            });
            levered.rejectUnknownKeys();
        }
        models.rejectUnknownKeys();
    }

    /**
     * The contract levers of {@code decisions.supply}: per future supply option (by name), whether it is contracted,
     * {@code contract: [true, false]} (the values allowed).
     */
    private static void contractLevers(Fields options, TimelineInput timeline, List<Lever> levers) {
        Set<String> contracted = new LinkedHashSet<>();
        Set<String> written = new LinkedHashSet<>();
        if (timeline != null) {
            timeline.futureSupply().forEach(o -> contracted.add(o.name()));
            written.addAll(contracted);
            written.addAll(timeline.uncontracted());
        }
        for (Entry entry : options.entries()) {
            if (!written.contains(entry.key())) {
                options.problems().add(entry.keyLocation(), options.pathOf(InputLimits.excerpt(entry.key())),
                        "no future supply option of this name, " + suggested(entry.key(), written) + "expected "
                                + (written.isEmpty() ? "one of timeline.futureSupply's names (the scenario has none)"
                                : "one of: " + named(written)));
                continue;
            }
            Fields option = Fields.of(entry.value(), options.pathOf(entry.key()), options.problems());
            int problemsBefore = option.problems().count();
            TreeSet<Integer> values = new TreeSet<>();
            for (Node node : option.list(Lever.Kind.CONTRACT.key(), true)) {
                if (node instanceof ScalarNode s && s.type() == ScalarType.BOOLEAN) {
                    values.add(s.isTrue() ? 1 : 0);
                } else {
                    option.problems().add(node.location(), option.pathOf(Lever.Kind.CONTRACT.key()), "found "
                            + node.kind() + ", expected true or false: the list of choices, e.g. [true, false]");
                }
            }
            if (values.isEmpty() && option.problems().count() == problemsBefore) {
                option.problems().add(option.locationOf(Lever.Kind.CONTRACT.key()),
                        option.pathOf(Lever.Kind.CONTRACT.key()), "is empty, expected the choices, e.g. [true, false]");
            }
            option.rejectUnknownKeys();
            if (!values.isEmpty()) {
                levers.add(new Lever(Lever.NO_MILESTONE, entry.key(), Lever.Kind.CONTRACT, List.copyOf(values),
                        contracted.contains(entry.key()) ? 1 : 0, option.location(), List.of()));
            }
        }
        options.rejectUnknownKeys();
    }

    /**
     * The order dates of {@code decisions.orders}: per kind of equipment, {@code {from: DATE, to: DATE, stepDays: N}},
     * the dates {@code timeline.orders} may take. Only a timeline reads order dates.
     */
    private static void orderLevers(Fields orders, TimelineInput timeline, List<Lever> levers) {
        if (timeline == null) {
            orders.problems().add(orders.location(), orders.path(), "the scenario has no timeline, expected a"
                    + " timeline: section, whose lead times run from the order dates");
            return;
        }
        Map<String, LocalDate> written = Map.of("generators", timeline.orders().generators(),
                "batteries", timeline.orders().batteries(), "cooling", timeline.orders().cooling());
        for (String equipment : List.of("generators", "batteries", "cooling")) {
            orders.optionalSection(equipment).ifPresent(window -> {
                int before = window.problems().count();
                LocalDate from = window.date("from");
                LocalDate to = window.date("to");
                int step = (int) window.number("stepDays", STEP, 1);
                window.rejectUnknownKeys();
                if (window.problems().count() > before) {
                    return;
                }
                if (to.isBefore(from)) {
                    window.problems().add(window.locationOf("to"), window.pathOf("to"), to + " is before from "
                            + from + ", expected to on or after from");
                    return;
                }
                long count = (to.toEpochDay() - from.toEpochDay()) / step + 1;
                if (count > MOST_VALUES) {
                    window.problems().add(window.locationOf("stepDays"), window.pathOf("stepDays"), "gives " + count
                            + " dates from " + from + " to " + to + ", expected at most " + MOST_VALUES
                            + " (a larger step)");
                    return;
                }
                TreeSet<Integer> days = IntStream.iterate((int) from.toEpochDay(), d -> d <= to.toEpochDay(),
                        d -> d + step).boxed().collect(Collectors.toCollection(TreeSet::new));
                int writtenDay = (int) written.get(equipment).toEpochDay();
                if (writtenDay >= from.toEpochDay() && writtenDay <= to.toEpochDay()) {
                    days.add(writtenDay); // off the steps, the date as written is still a choice: kept unless bettered
                }
                levers.add(new Lever(Lever.NO_MILESTONE, equipment, Lever.Kind.ORDER, List.copyOf(days), writtenDay,
                        window.location(), List.of()));
            });
        }
        orders.rejectUnknownKeys();
    }

    /**
     * A choice among names, {@code KEY: [a, b]}: the one written among them (first when the list leaves it out, so
     * the search starts from it), each listed one of {@code known} ({@code what} names them in messages).
     */
    private static Optional<Lever> choice(Fields section, Lever.Kind kind, String subject, String written,
                                          Set<String> known, String what, String example) {
        int before = section.problems().count();
        Set<String> names = new LinkedHashSet<>();
        if (written != null) {
            names.add(written);
        }
        String key = kind.key();
        for (Node node : section.list(key, true)) {
            int problems = section.problems().count();
            String name = section.asText(node, section.pathOf(key));
            if (section.problems().count() == problems && !known.contains(name)) {
                // rent and buy are words of a fixed list; models are names a scenario's catalogue can add to
                section.problems().add(node.location(), section.pathOf(key), kind == Lever.Kind.ACQUIRE
                        ? Suggestions.notAWord(what, name, known) : "unknown " + what + " '"
                        + InputLimits.excerpt(name) + "', " + suggested(name, known) + "expected one of: "
                        + String.join(", ", known));
            }
            names.add(name);
        }
        if (section.has(key) && names.size() < 2 && section.problems().count() == before) {
            section.problems().add(section.locationOf(key), section.pathOf(key), "offers no " + what + " but the one"
                    + " written, expected others to choose among, e.g. " + example);
        }
        if (section.problems().count() > before || written == null) {
            return Optional.empty();
        }
        List<Integer> values = IntStream.range(0, names.size()).boxed().toList();
        return Optional.of(new Lever(Lever.NO_MILESTONE, subject, kind, values, 0, section.location(),
                List.copyOf(names)));
    }

    /** Rented or bought, {@code acquire: [rent, buy]}, for a fleet ({@code generators} or {@code cooling}). */
    private static void acquire(Fields section, String fleet, Map<String, String> acquired, List<Lever> levers) {
        if (section.has(Lever.Kind.ACQUIRE.key())) {
            choice(section, Lever.Kind.ACQUIRE, fleet, acquired.get(fleet), new LinkedHashSet<>(Equipment.ACQUISITIONS),
                    "way to get " + fleet, "[rent, buy]").ifPresent(levers::add);
        }
        section.rejectUnknownKeys();
    }

    /** "did you mean 'Doubling'? " for a name near one of {@code names}, else nothing. */
    private static String suggested(String name, Set<String> names) {
        return Suggestions.closest(name, names).map(s -> "did you mean '" + s + "'? ").orElse("");
    }

    /** Names the first few: a build plan may have thousands of milestones. */
    private static String named(Set<String> names) {
        List<String> first = names.stream().limit(NAMES_SHOWN).map(InputLimits::excerpt).toList();
        return String.join(", ", first) + (names.size() > NAMES_SHOWN ? " and " + (names.size() - NAMES_SHOWN)
                + " more" : "");
    }

    /** One lever's values from its bounds; null (with the problem reported) when they make no sense. */
    private static Lever lever(Fields bounds, Lever.Kind kind, Range range, int index, String name, Integer written) {
        int before = bounds.problems().count();
        int min = (int) bounds.number("min", range, range.min());
        int max = (int) bounds.number("max", range);
        int step = (int) bounds.number("step", STEP, 1);
        bounds.rejectUnknownKeys();
        if (bounds.problems().count() > before) {
            return null;
        }
        if (max < min) {
            bounds.problems().add(bounds.locationOf("max"), bounds.pathOf("max"), max + " is below min " + min
                    + ", expected max at least min");
            return null;
        }
        long count = (max - min) / step + 1L;
        if (count > MOST_VALUES) {
            bounds.problems().add(bounds.locationOf("step"), bounds.pathOf("step"), "gives " + count + " values from "
                    + min + " to " + max + ", expected at most " + MOST_VALUES + " (a larger step)");
            return null;
        }
        List<Integer> values = new ArrayList<>();
        if (written == null) {
            values.add(null);
        }
        for (int value = min; value <= max; value += step) {
            values.add(value);
        }
        return new Lever(index, name, kind, values, written, bounds.location(), List.of());
    }
}
