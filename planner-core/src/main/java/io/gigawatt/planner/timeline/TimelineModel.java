package io.gigawatt.planner.timeline;

import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.catalogue.LeadTime;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.targets.Target;
import io.gigawatt.planner.units.Days;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When each phase is fully installed, powered and cooled, what holds it, and what would make it sooner; when
 * each target's firm supply closes, and the road there; and, with a risk section, the Monte Carlo around it.
 *
 * <p>A phase's GPUs arrive as the build plan says; crews install them at their rate; it is powered on a day when
 * the grid, the supply options that have arrived and the generators on hand (delivered by their lead time,
 * within the air permit, the rental market and the plan) carry its facility power with the planner's spares;
 * cooled when enough cooling units are on hand. It is ready from the first day after which all of that holds
 * for good. Readiness changes only on days something arrives, so those days are all the model checks.
 */
public final class TimelineModel {

    private TimelineModel() {
    }

    /** The timeline of a campus that has a {@code timeline:} section, with the Monte Carlo if it has a risk section. */
    public static TimelinePlan plan(CampusInputs inputs, List<PhaseNeed> needs) {
        Campus campus = new Campus(inputs, needs);
        Draw draw = campus.asWritten();
        Supply supply = campus.supply(draw);
        List<PhaseTimeline> phases = new ArrayList<>();
        for (int p = 0; p < needs.size(); p++) {
            phases.add(phase(campus, p, supply, draw));
        }
        List<TargetTimeline> targets = new ArrayList<>();
        for (Target target : inputs.targets()) {
            targets.add(target(campus, target, supply));
        }
        RiskSummary summary = null;
        ReadyDraws draws = null;
        Risk risk = inputs.timeline().risk();
        if (risk != null) {
            MonteCarlo.Result result = MonteCarlo.run(campus, risk);
            for (int p = 0; p < phases.size(); p++) {
                phases.set(p, phases.get(p).withRisk(result.phases().get(p)));
            }
            for (int t = 0; t < targets.size(); t++) {
                targets.set(t, targets.get(t).withRisk(result.targets().get(t)));
            }
            summary = result.summary();
            draws = result.draws();
        }
        TimelineInput input = inputs.timeline();
        return new TimelinePlan(input.orders(), input.installation(), phases, targets, leadTimes(inputs, needs),
                rentalShares(inputs, needs), input.futureSupply(), summary, draws);
    }

    /** Only the Monte Carlo, with {@code draws} draws of the scenario's risk section (for benchmarks). */
    public static MonteCarlo.Result monteCarlo(CampusInputs inputs, List<PhaseNeed> needs, int draws) {
        Campus campus = new Campus(inputs, needs);
        Risk risk = inputs.timeline().withDraws(draws).risk();
        return MonteCarlo.run(campus, risk);
    }

    // ---- Phases

    private static PhaseTimeline phase(Campus campus, int p, Supply supply, Draw draw) {
        PhaseNeed need = campus.phases.get(p);
        long installed = campus.installed[p];
        long ready = campus.readyDay(p, supply, draw, installed, false, false);
        List<Hold> holds = ready == Campus.NEVER ? neverHolds(campus, p, supply, draw) : holds(campus, p, supply, draw, ready);
        List<Alternative> alternatives = new ArrayList<>();
        alternatives.addAll(moreUnits(campus, p, supply, draw, ready, true));
        alternatives.addAll(moreUnits(campus, p, supply, draw, ready, false));
        moreCrews(campus, p, supply, draw, ready).ifPresent(alternatives::add);
        alternatives.sort(java.util.Comparator.comparing(Alternative::ready).thenComparingInt(Alternative::more));
        return new PhaseTimeline(need.number(), need.name(), need.date(), LocalDate.ofEpochDay(installed), date(ready),
                holds, alternatives, null);
    }

    /** What was met last, on {@code ready}: the day before, it was missing. */
    private static List<Hold> holds(Campus campus, int p, Supply supply, Draw draw, long ready) {
        List<Hold> holds = new ArrayList<>();
        LocalDate day = LocalDate.ofEpochDay(ready);
        if (ready == campus.installed[p]) {
            if (campus.installed[p] > campus.arrive[p]) {
                Installation installation = campus.input.installation();
                holds.add(new Hold("installation", "installation (" + installation.crews() + " crews, "
                        + Quantities.count(Math.round(installation.gpusPerDay())) + " GPUs a day)", day));
            } else {
                holds.add(new Hold("GPU deliveries", "its GPUs, delivered on the build plan's date", day));
            }
        }
        if (!campus.powered(p, ready - 1, supply, draw, false)) {
            holds.addAll(powerArrivals(campus, supply, ready));
        }
        if (!campus.cooled(p, ready - 1, supply, draw, false)) {
            holds.addAll(coolingArrivals(campus, supply, ready));
        }
        return holds;
    }

    /**
     * For a phase never ready: what is still missing once everything has arrived and every phase is installed (the
     * last phase last: crews install in build order).
     */
    private static List<Hold> neverHolds(Campus campus, int p, Supply supply, Draw draw) {
        long last = Math.max(supply.events[supply.events.length - 1], campus.installed[campus.installed.length - 1]);
        LocalDate day = LocalDate.ofEpochDay(last);
        List<Hold> holds = new ArrayList<>();
        if (!campus.powered(p, last, supply, draw, false)) {
            double need = campus.facilityWatts(p, draw) - supply.grid(last) - supply.phaseOptions(last);
            holds.add(new Hold("generators", "on-site generation: " + Power.watts(need) + " to carry takes "
                    + campus.fleet.unitsForNeed(need) + " x " + model(campus) + " where "
                    + Quantities.count(campus.generatorsUsable(p, last, supply)) + " may run", day));
        }
        if (!campus.cooled(p, last, supply, draw, false)) {
            long usable = Math.min(supply.cooling.obtainable(last, false), campus.plannedCooling(p));
            holds.add(new Hold("cooling", "cooling: " + campus.coolingUnits(p, draw) + " x "
                    + campus.inputs.equipment().cooling().model().id() + " needed where "
                    + Quantities.count(usable) + " can be had", day));
        }
        return holds;
    }

    private static List<Hold> powerArrivals(Campus campus, Supply supply, long day) {
        List<Hold> holds = new ArrayList<>();
        LocalDate date = LocalDate.ofEpochDay(day);
        List<GridTranche> grid = campus.inputs.grid().tranches();
        for (int i = 0; i < supply.trancheDays.length; i++) {
            if (supply.trancheDays[i] == day && (i == 0 || grid.get(i).firm().compareTo(grid.get(i - 1).firm()) > 0)) {
                String note = grid.get(i).note();
                holds.add(new Hold("grid", "the " + grid.get(i).firm() + (grid.get(i).isFlexible() ? " flexible" : "")
                        + " grid tranche" + (note.isEmpty() ? "" : " (" + note + ")"), date));
            }
        }
        List<SupplyOption> options = campus.input.futureSupply();
        for (int i = 0; i < supply.optionDays.length; i++) {
            if (supply.optionDays[i] == day && supply.optionServesPhases[i]) {
                holds.add(new Hold("supply option", options.get(i).name() + " (" + options.get(i).firm() + ")", date));
            }
        }
        Equipment.Generators generators = campus.inputs.equipment().generators();
        holds.addAll(routeArrivals("generators", generators.model().id(), generators.model().leadTime(),
                supply.generators, campus.input.orders().generators(), day));
        for (int i = 0; i < campus.permitDays.length; i++) {
            if (campus.permitDays[i] == day) {
                holds.add(new Hold("air permit", "the air permit '" + campus.input.permits().get(i).name() + "'", date));
            }
        }
        return holds;
    }

    private static List<Hold> coolingArrivals(Campus campus, Supply supply, long day) {
        Equipment.Cooling cooling = campus.inputs.equipment().cooling();
        return routeArrivals("cooling", cooling.model().id(), cooling.model().leadTime(), supply.cooling,
                campus.input.orders().cooling(), day);
    }

    private static List<Hold> routeArrivals(String constraint, String model, LeadTime lead, Routes routes,
                                            LocalDate ordered, long day) {
        List<Hold> holds = new ArrayList<>();
        LocalDate date = LocalDate.ofEpochDay(day);
        if (routes.rentalDay() == day) {
            holds.add(new Hold(constraint, "rented " + model + " (" + Days.between(ordered, date)
                    + " after hiring on " + ordered + ")", date));
        }
        if (routes.purchaseDay() == day) {
            holds.add(new Hold(constraint, (lead.known() ? "new " : "") + model + " (" + Days.between(ordered, date)
                    + " after ordering on " + ordered + ")", date));
        }
        return holds;
    }

    /**
     * Sooner dates with more generators (or cooling units) than the permit, the rental market or the plan allow:
     * for each earlier day, the fewest extra units that keep the phase ready from that day on. Earlier days need
     * more; each step of the staircase is one alternative.
     */
    private static List<Alternative> moreUnits(Campus campus, int p, Supply supply, Draw draw, long ready,
                                               boolean generators) {
        long installed = campus.installed[p];
        List<Long> days = new ArrayList<>();
        days.add(installed);
        for (int i = supply.firstEventAfter(installed); i < supply.events.length && supply.events[i] < ready; i++) {
            days.add(supply.events[i]);
        }
        if (ready != Campus.NEVER && installed >= ready) {
            return List.of();
        }
        long[] extra = new long[days.size()];
        int[] worst = new int[days.size()];
        long running = 0;
        int worstDay = -1;
        for (int i = days.size() - 1; i >= 0; i--) {
            long deficit = deficit(campus, p, supply, draw, days.get(i), generators);
            if (deficit >= running) {
                running = deficit;
                worstDay = i;
            }
            extra[i] = running;
            worst[i] = worstDay;
        }
        List<Alternative> alternatives = new ArrayList<>();
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < days.size(); i++) {
            if (extra[i] < previous && extra[i] < Campus.UNBOUNDED && extra[i] > 0) {
                alternatives.add(alternative(campus, p, supply, draw, days.get(worst[i]), days.get(i), extra[i],
                        generators));
                previous = extra[i];
            }
        }
        return alternatives;
    }

    /** Units short on {@code day} for the phase to be ready, beyond the caps; UNBOUNDED when more units would not do. */
    private static long deficit(Campus campus, int p, Supply supply, Draw draw, long day, boolean generators) {
        if (generators) {
            if (!campus.cooled(p, day, supply, draw, false)) {
                return Campus.UNBOUNDED;
            }
            double need = campus.facilityWatts(p, draw) - supply.grid(day) - supply.phaseOptions(day);
            long units = campus.fleet.unitsForNeed(need);
            if (units > supply.generators.obtainable(day, true)) {
                return Campus.UNBOUNDED;
            }
            return Math.max(0, units - campus.generatorsUsable(p, day, supply));
        }
        if (!campus.powered(p, day, supply, draw, false)) {
            return Campus.UNBOUNDED;
        }
        long units = campus.coolingUnits(p, draw);
        if (units > supply.cooling.obtainable(day, true)) {
            return Campus.UNBOUNDED;
        }
        return Math.max(0, units - Math.min(supply.cooling.obtainable(day, false), campus.plannedCooling(p)));
    }

    /** "2 more smt-130 than the air permit allows (17 instead of 15)". */
    private static Alternative alternative(Campus campus, int p, Supply supply, Draw draw, long worstDay, long readyDay,
                                           long more, boolean generators) {
        String model;
        String limit;
        long usable;
        if (generators) {
            model = model(campus);
            long market = supply.generators.obtainable(worstDay, false);
            long permit = supply.permitCap(worstDay);
            long planned = campus.plannedGenerators(p);
            usable = Math.min(market, Math.min(permit, planned));
            limit = usable == planned ? "planned" : usable == permit ? "the air permit allows"
                    : "the rental market holds";
        } else {
            model = campus.inputs.equipment().cooling().model().id();
            long market = supply.cooling.obtainable(worstDay, false);
            long planned = campus.plannedCooling(p);
            usable = Math.min(market, planned);
            limit = usable == planned ? "planned" : "the rental market holds";
        }
        String change = more + " more " + model + " than " + limit + " (" + Quantities.count(usable + more)
                + " instead of " + Quantities.count(usable) + ")";
        return new Alternative(generators ? "generators" : "cooling", change, (int) more, LocalDate.ofEpochDay(readyDay));
    }

    /** When crews hold a phase: the fewest crews that install it by its GPUs' date, and the day it is then ready. */
    private static java.util.Optional<Alternative> moreCrews(Campus campus, int p, Supply supply, Draw draw, long ready) {
        Installation installation = campus.input.installation();
        if (installation == null || campus.installed[p] <= campus.arrive[p]) {
            return java.util.Optional.empty();
        }
        int low = installation.crews();
        int high = Math.max(low + 1, low * 2);
        while (campus.installDays(installation.withCrews(high))[p] > campus.arrive[p] && high < 1_000_000) {
            low = high;
            high *= 2;
        }
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (campus.installDays(installation.withCrews(middle))[p] > campus.arrive[p]) {
                low = middle;
            } else {
                high = middle;
            }
        }
        long sooner = campus.readyDay(p, supply, draw, campus.arrive[p], false, false);
        if (sooner >= ready) {
            return java.util.Optional.empty();
        }
        int more = high - installation.crews();
        return java.util.Optional.of(new Alternative("installation", more + " more install " + (more == 1 ? "crew" : "crews")
                + " (" + high + " in all)", more, LocalDate.ofEpochDay(sooner)));
    }

    // ---- Targets

    private static TargetTimeline target(Campus campus, Target target, Supply supply) {
        long closes = campus.closeDay(target.facility().watts(), supply);
        double onDate = campus.firmWatts(target.date().toEpochDay(), supply);
        return new TargetTimeline(target.name(), target.date(), target.facility(), date(closes),
                Double.isInfinite(onDate) ? null : Power.watts(onDate), road(campus, supply, closes), null);
    }

    /** Every day the firm supply changes, from the build start to the day the target closes (or the last change). */
    private static List<RoadStep> road(Campus campus, Supply supply, long closes) {
        List<RoadStep> road = new ArrayList<>();
        List<Long> days = new ArrayList<>();
        days.add(campus.start);
        for (int i = supply.firstEventAfter(campus.start); i < supply.events.length; i++) {
            days.add(supply.events[i]);
        }
        double grid = 0;
        boolean[] arrived = new boolean[supply.optionDays.length];
        long usable = 0;
        List<SupplyOption> options = campus.input.futureSupply();
        for (long day : days) {
            List<String> changes = new ArrayList<>();
            double level = supply.grid(day);
            if (level != grid) {
                changes.add("grid to " + Power.watts(level) + gridNote(campus, supply, day));
                grid = level;
            }
            for (int i = 0; i < arrived.length; i++) {
                if (!arrived[i] && supply.optionDays[i] <= day) {
                    arrived[i] = true;
                    changes.add("+" + options.get(i).firm() + " " + options.get(i).name() + " (" + options.get(i).kind().word() + ")");
                }
            }
            long nowUsable = Math.min(campus.generatorsUsable(day, supply), FleetTable.UNBOUNDED_UNITS);
            if (nowUsable != usable) {
                changes.add(onSite(campus, nowUsable));
                usable = nowUsable;
            }
            if (!changes.isEmpty()) {
                double firm = campus.firmWatts(day, supply);
                road.add(new RoadStep(LocalDate.ofEpochDay(day), String.join("; ", changes),
                        Double.isInfinite(firm) ? null : Power.watts(firm)));
            }
            if (day >= closes) {
                break;
            }
        }
        return road;
    }

    private static String gridNote(Campus campus, Supply supply, long day) {
        for (int i = supply.trancheDays.length - 1; i >= 0; i--) {
            if (supply.trancheDays[i] == day) {
                String note = campus.inputs.grid().tranches().get(i).note();
                return note.isEmpty() ? "" : " (" + note + ")";
            }
        }
        return "";
    }

    private static String onSite(Campus campus, long usable) {
        if (usable >= FleetTable.UNBOUNDED_UNITS) {
            return "on-site generation without limit (no permit cap or market limit on " + model(campus) + ")";
        }
        int running = campus.fleet.maxRunning(usable);
        return "on-site generation to " + campus.fleet.unitOutput().times(running) + " (" + running + " of "
                + Quantities.count(usable) + " x " + model(campus) + " running, the rest spares)";
    }

    // ---- Lead times and markets

    private static List<LeadTimeCheck> leadTimes(CampusInputs inputs, List<PhaseNeed> needs) {
        List<LeadTimeCheck> checks = new ArrayList<>();
        Equipment equipment = inputs.equipment();
        Orders orders = inputs.timeline().orders();
        for (PhaseNeed need : needs) {
            int generators = need.planned().generators() != null ? need.planned().generators() : need.generatorUnits();
            int batteries = need.planned().batteries() != null ? need.planned().batteries() : need.batteryUnits();
            int cooling = need.planned().cooling() != null ? need.planned().cooling() : need.coolingUnits();
            check(checks, need, "generators", equipment.generators().model().id(),
                    equipment.generators().model().leadTime(), true, equipment.generators().rentalMarketUnits(),
                    orders.generators(), generators);
            check(checks, need, "batteries", equipment.batteries().model().id(),
                    equipment.batteries().model().leadTime(), true, null, orders.batteries(), batteries);
            check(checks, need, "cooling", equipment.cooling().model().id(), equipment.cooling().model().leadTime(),
                    equipment.cooling().model().rental(), equipment.cooling().rentalMarketUnits(), orders.cooling(),
                    cooling);
        }
        return checks;
    }

    /** The quickest route that supplies all {@code units}: the rental fleet if it holds them, else buying new. */
    private static void check(List<LeadTimeCheck> checks, PhaseNeed need, String equipment, String model,
                              LeadTime lead, boolean rentalAllowed, Integer market, LocalDate ordered, int units) {
        if (units <= 0) {
            return;
        }
        Routes routes = Routes.of(lead, ordered.toEpochDay(), 1, rentalAllowed, market);
        String route;
        Days days;
        if (!lead.known()) {
            route = "unknown";
            days = Days.ZERO;
        } else if (routes.rentalDay() != Campus.NEVER && (market == null || units <= market
                || routes.purchaseDay() == Campus.NEVER)) {
            route = "rental";
            days = lead.rental();
        } else {
            route = "purchase";
            days = lead.purchase();
        }
        checks.add(new LeadTimeCheck(need.name(), need.date(), equipment, model, units, route, days, ordered,
                days.after(ordered)));
    }

    private static List<RentalShare> rentalShares(CampusInputs inputs, List<PhaseNeed> needs) {
        List<RentalShare> shares = new ArrayList<>();
        Equipment.Generators generators = inputs.equipment().generators();
        Equipment.Cooling cooling = inputs.equipment().cooling();
        for (PhaseNeed need : needs) {
            if (generators.rentalMarketUnits() != null && generators.model().leadTime().rentable()
                    && need.generatorUnits() > 0) {
                shares.add(new RentalShare(need.name(), "generators", generators.model().id(), need.generatorUnits(),
                        generators.rentalMarketUnits()));
            }
            if (cooling.rentalMarketUnits() != null && cooling.model().rental() && need.coolingUnits() > 0) {
                shares.add(new RentalShare(need.name(), "cooling", cooling.model().id(), need.coolingUnits(),
                        cooling.rentalMarketUnits()));
            }
        }
        return shares;
    }

    private static String model(Campus campus) {
        return campus.inputs.equipment().generators().model().id();
    }

    private static LocalDate date(long epochDay) {
        return epochDay == Campus.NEVER ? null : LocalDate.ofEpochDay(epochDay);
    }
}
