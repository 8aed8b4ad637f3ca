package io.gigawatt.planner.siting;

import io.gigawatt.planner.catalogue.GeneratorModel;
import io.gigawatt.planner.input.Fields;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.InputLimits;
import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.Problem;
import io.gigawatt.planner.input.Problems;
import io.gigawatt.planner.input.Range;
import io.gigawatt.planner.input.Ranges;
import io.gigawatt.planner.input.TextFiles;
import io.gigawatt.planner.input.YamlFiles;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.units.Area;
import io.gigawatt.planner.units.GasFlow;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Temperature;
import io.gigawatt.planner.units.WaterFlow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a site file (the candidate sites for one build plan) and checks it as scenarios are checked: types,
 * ranges, dates in order, names unique, and a design-day heat the plan's generators can run in. Every problem is
 * reported at once as {@code file:line:col: field: problem, expected ...}; nothing is returned unless the file is
 * sound.
 */
public final class SiteFileLoader {

    private static final Range FLOOR = Range.of(1, 50_000_000, "square feet");
    private static final Range LAND = Range.of(0, 1_000_000, "acres");
    private static final Range DISTANCE = Range.of(0, 1_000, "km");
    private static final Range GAS = Range.of(0, 10_000_000, "MMBtu a day");
    private static final Range WATER = Range.of(0, 10_000_000, "m3 a day");

    private SiteFileLoader() {
    }

    /** The site file at {@code file}, for {@code plan} (whose generators each site's heat must allow). */
    public static SiteFile load(Path file, Scenario plan) throws InputException {
        return read(YamlFiles.read(file), TextFiles.shown(file), plan);
    }

    /** Site file text, reported under {@code name}. */
    public static SiteFile load(String name, String text, Scenario plan) throws InputException {
        return read(YamlFiles.read(name, text), name, plan);
    }

    private static SiteFile read(Node document, String file, Scenario plan) throws InputException {
        if (!(document instanceof Node.MapNode)) {
            throw new InputException(new Problem(document.location(), "",
                    "found " + document.kind() + ", expected a site file: a mapping with name and sites"));
        }
        Fields root = Fields.of(document, "", new Problems());
        String name = root.text("name");
        List<CandidateSite> sites = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Fields s : root.sections("sites", true)) {
            sites.add(site(s, sites.size() + 1, names, plan));
        }
        if (sites.isEmpty() && root.has("sites")) {
            root.problems().add(root.locationOf("sites"), "sites", "is empty, expected at least one candidate site");
        }
        root.rejectUnknownKeys();
        root.problems().throwIfAny();
        return new SiteFile(name, file, sites);
    }

    private static CandidateSite site(Fields s, int number, Set<String> names, Scenario plan) {
        String name = s.text("name");
        if (!name.isEmpty() && !names.add(name)) {
            s.problems().add(s.locationOf("name"), s.pathOf("name"),
                    "'" + InputLimits.excerpt(name) + "' also names another site, expected a name of its own");
        }
        String location = s.optionalText("location").orElse("");
        Temperature ambient = Temperature.celsius(s.number("designAmbientC", Ranges.CELSIUS));
        checkGeneratorsRunAt(s, ambient, plan.equipment().generators().model());
        Building building = required(s, "building", "a mapping with floorAreaSqFt and readyBy (and existing,"
                + " powerOnSiteMw, state)", SiteFileLoader::building, null);
        Area land = Area.acres(s.number("landAcres", LAND));
        OptionalDouble substation = s.optionalNumber("substationKm", DISTANCE);
        List<GridTranche> grid = required(s, "grid", "a mapping with tranches (firmMw: 0 for a site with no grid"
                + " yet)", ScenarioLoader::readGrid, List.of());
        GasSupply gas = s.optionalSection("gas").map(SiteFileLoader::gas).orElse(GasSupply.NONE);
        WaterFlow water = required(s, "water", "a mapping with availableM3PerDay (the water the site can draw a day)",
                SiteFileLoader::water, WaterFlow.ZERO);
        AirPermit permit = s.optionalSection("airPermit").map(SiteFileLoader::permit).orElse(AirPermit.NOT_STATED);
        s.rejectUnknownKeys();
        return new CandidateSite(number, name, location, ambient, building, land,
                substation.isPresent() ? substation.getAsDouble() : null, grid, gas, water, permit);
    }

    /** A section the site must have; when it is missing, one problem says what it should hold. */
    private static <T> T required(Fields s, String key, String expected, Function<Fields, T> reader, T missing) {
        if (!s.has(key)) {
            s.problems().add(s.location(), s.pathOf(key), "missing, expected " + expected);
            return missing;
        }
        return reader.apply(s.section(key));
    }

    private static Building building(Fields b) {
        Building building = new Building(b.bool("existing", false), Area.squareFeet(b.number("floorAreaSqFt", FLOOR)),
                Power.mw(b.number("powerOnSiteMw", Ranges.MW, 0)), b.date("readyBy"),
                b.optionalText("state").orElse(""));
        b.rejectUnknownKeys();
        return building;
    }

    private static GasSupply gas(Fields g) {
        GasSupply gas = new GasSupply(GasFlow.mmbtuPerDay(g.number("pipelineMmbtuPerDay", GAS)),
                g.optionalDate("availableFrom").orElse(null), g.optionalText("note").orElse(""));
        g.rejectUnknownKeys();
        return gas;
    }

    private static WaterFlow water(Fields w) {
        WaterFlow water = WaterFlow.m3PerDay(w.number("availableM3PerDay", WATER));
        w.optionalText("note");
        w.rejectUnknownKeys();
        return water;
    }

    private static AirPermit permit(Fields p) {
        OptionalDouble units = p.optionalNumber("capUnits", Ranges.PERMIT_UNITS);
        OptionalDouble mw = p.optionalNumber("capMw", Ranges.MW);
        AirPermit permit = new AirPermit(units.isPresent() ? (int) units.getAsDouble() : null,
                mw.isPresent() ? Power.mw(mw.getAsDouble()) : null, p.bool("nonattainment", false),
                p.optionalDate("grantedBy").orElse(null), p.optionalText("note").orElse(""));
        p.rejectUnknownKeys();
        return permit;
    }

    /** A design-day heat that derates the plan's generator to nothing is a typo or a site for other generators. */
    private static void checkGeneratorsRunAt(Fields s, Temperature ambient, GeneratorModel model) {
        if (model != null && s.has("designAmbientC") && model.derateFactor(ambient) < 0.05) {
            s.problems().add(s.locationOf("designAmbientC"), s.pathOf("designAmbientC"),
                    ambient + " leaves the plan's " + model.id() + " with " + Math.round(100 * model.derateFactor(ambient))
                            + "% of its rating, expected an ambient the generator model can run in");
        }
    }
}
