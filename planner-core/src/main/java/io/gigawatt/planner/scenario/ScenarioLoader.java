package io.gigawatt.planner.scenario;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.catalogue.CoolingModel;
import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.catalogue.GeneratorModel;
import io.gigawatt.planner.catalogue.GpuModel;
import io.gigawatt.planner.catalogue.LeadTime;
import io.gigawatt.planner.catalogue.PowerCap;
import io.gigawatt.planner.catalogue.PowerSmoothing;
import io.gigawatt.planner.decisions.Decisions;
import io.gigawatt.planner.decisions.DecisionsReader;
import io.gigawatt.planner.economics.EconomicsInput;
import io.gigawatt.planner.economics.EconomicsReader;
import io.gigawatt.planner.demand.Build;
import io.gigawatt.planner.demand.Facility;
import io.gigawatt.planner.demand.Milestone;
import io.gigawatt.planner.demand.Planned;
import io.gigawatt.planner.input.Fields;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.InputLimits;
import io.gigawatt.planner.input.Location;
import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.Node.Entry;
import io.gigawatt.planner.input.Problem;
import io.gigawatt.planner.input.Problems;
import io.gigawatt.planner.input.Range;
import io.gigawatt.planner.input.Ranges;
import io.gigawatt.planner.input.Suggestions;
import io.gigawatt.planner.input.TextFiles;
import io.gigawatt.planner.input.YamlFiles;
import io.gigawatt.planner.supply.Curtailment;
import io.gigawatt.planner.supply.Flexibility;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.swing.SwingSettings;
import io.gigawatt.planner.swing.SwingSettingsReader;
import io.gigawatt.planner.targets.Target;
import io.gigawatt.planner.timeline.TimelineInput;
import io.gigawatt.planner.timeline.TimelineReader;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import io.gigawatt.planner.units.Temperature;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads a scenario file and checks it: types, ranges, date order and catalogue names. Every problem is
 * reported at once as {@code file:line:col: field: problem}; nothing is returned unless the file is sound.
 */
public final class ScenarioLoader {

    private static final Range TARGET_MW = Range.of(1, 100_000, "a number of MW");
    private static final Range GPU_COUNT = Range.wholeNumber(1, 10_000_000, "a whole number of GPUs");
    private static final Range OVERHEAD = Range.of(0, 1, "a fraction of GPU IT power");
    /** How a fleet is got: {@code equipment.generators.acquire}, {@code equipment.cooling.acquire}. */
    private static final String ACQUIRE = "acquire";
    private static final Range REDUNDANCY = Range.wholeNumber(0, 20, "a whole number of spare units");
    private static final Range CONFIDENCE = Range.of(0.5, 0.99999, "a probability");
    private static final Range MARGIN = Range.of(0, 2, "a fraction of the heat load");
    private static final Range CAP_WATTS = Range.of(1, 5_000, "watts");
    private static final Range PLANNED_UNITS = Range.wholeNumber(0, 100_000, "a whole number of units");
    private static final Range MARKET_UNITS = Range.wholeNumber(1, 1_000_000, "a whole number of units");
    private static final Range CURTAILMENT_HOURS = Range.of(0.1, 8760, "hours a year");
    private static final Range EVENT_HOURS = Range.of(0.1, 8760, "hours");
    private static final Range NOTICE_HOURS = Range.of(0, 8760, "hours");
    private static final Range CURTAILABLE_SHARE = Range.of(0, 1, "a fraction of the campus's load");
    private static final String FIRM = "firm";
    private static final String FLEXIBLE = "flexible";

    private final Catalogue defaults;

    @Inject
    public ScenarioLoader(Catalogue defaults) {
        this.defaults = defaults;
    }

    /**
     * A loader whose catalogue has {@code files} laid over this one's, in order (a planner's {@code --catalogue}):
     * under what a scenario's own {@code catalogue:} names and writes, which is chosen for that scenario.
     */
    public ScenarioLoader withCatalogueFiles(List<Path> files) throws InputException {
        Catalogue layered = defaults;
        for (Path file : files) {
            layered = CatalogueReader.readFile(file, layered);
        }
        return new ScenarioLoader(layered);
    }

    /** The catalogue a scenario's own {@code catalogue:} starts from. */
    public Catalogue catalogue() {
        return defaults;
    }

    /** A scenario file, or standard input for {@code -} (named {@code <stdin>}, the paths in it from here). */
    public Scenario load(Path file) throws InputException {
        return read(YamlFiles.read(file), TextFiles.nameOf(file), folderOf(file));
    }

    /** The folder a scenario's relative paths start from: its own, or the working one for standard input. */
    public static Path folderOf(Path file) {
        return file.equals(TextFiles.STANDARD_INPUT) ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
    }

    /** Scenario text reported under {@code name}; a policy file it names is looked for in the working folder. */
    public Scenario load(String name, String text) throws InputException {
        return read(YamlFiles.read(name, text), name, Path.of(""));
    }

    /**
     * A scenario read already (its YAML tree, with values changed in memory as a sweep does, or completed as a
     * build plan without a site is), checked as a file is: reported under {@code file}, a policy file it names
     * looked for in {@code folder}.
     */
    public Scenario load(Node document, String file, Path folder) throws InputException {
        return read(document, file, folder);
    }

    private Scenario read(Node document, String file, Path folder) throws InputException {
        if (!(document instanceof Node.MapNode)) {
            throw new InputException(new Problem(document.location(), "",
                    "found " + document.kind() + ", expected a scenario: a mapping with name, site, facility, grid, build, equipment"));
        }
        Fields root = Fields.of(document, "", new Problems());
        Catalogue catalogue = root.optionalSection("catalogue")
                .map(section -> CatalogueReader.read(section, catalogueFiles(section, folder), "scenario override"))
                .orElse(defaults);
        String name = root.text("name");
        Path policyFile = policyFile(root, folder);
        Site site = site(root.section("site"));
        Facility facility = facility(root.section("facility"));
        Fields gridFields = root.section("grid");
        double curtailableShare = gridFields.number("curtailableShare", CURTAILABLE_SHARE,
                Curtailment.MEASURED_SHARE);
        List<GridTranche> grid = grid(gridFields);
        Fields equipmentFields = root.section("equipment");
        Catalogue rated = catalogue;
        // every model reads a capped GPU as the catalogue's: milestones, targets, demand, cooling and swing alike
        Map<String, PowerSmoothing> smoothing = new LinkedHashMap<>();
        Map<String, PowerCap> powerCaps = powerCaps(equipmentFields, catalogue, smoothing);
        catalogue = catalogue.withGpus(powerCaps.values().stream().map(PowerCap::capped).toList());
        Catalogue capped = catalogue;
        catalogue = catalogue.withGpus(smoothing.entrySet().stream()
                .map(e -> capped.gpus().get(e.getKey()).withSmoothing(e.getValue())).toList());
        Build build = build(root.section("build"), catalogue);
        Map<String, String> acquired = new LinkedHashMap<>();
        Equipment equipment = equipment(equipmentFields, catalogue, powerCaps, acquired);
        List<Target> targets = targets(root, catalogue, build);
        checkGeneratorsRunAt(site, equipment.generators(), root);
        int dated = build.milestones().size() + targets.size();
        TimelineInput timeline = root.optionalSection("timeline")
                .map(section -> TimelineReader.read(section, build.start(), dated)).orElse(null);
        SwingSettings swing = SwingSettingsReader.read(root);
        Fields economicsFields = root.optionalSection("economics").orElse(null);
        EconomicsInput economics = EconomicsReader.read(economicsFields);
        if (economicsFields != null) {
            EconomicsChecks.check(economics, economicsFields, grid, timeline);
        }
        EconomicsChecks.checkCurrencies(economics, economicsFields, root, catalogue);
        Decisions decisions = DecisionsReader.read(root.optionalSection("decisions").orElse(null), build,
                rated.gpus(), powerCaps, timeline, catalogue.generators(), equipment.generators().model(), acquired,
                grid);
        root.rejectUnknownKeys();
        root.problems().throwIfAny();
        return new Scenario(name, file, site, facility, grid, build, equipment, targets, catalogue, policyFile,
                timeline, swing, economics, decisions, curtailableShare);
    }

    /**
     * The catalogue with the files of {@code catalogue.files} laid over it in order, each relative to the scenario's
     * folder; the section's own figures go over them. A missing file is reported at its name, a broken one in itself.
     */
    private Catalogue catalogueFiles(Fields section, Path folder) {
        Catalogue layered = defaults;
        List<Node> files = section.list("files", false);
        for (int i = 0; i < files.size(); i++) {
            String field = section.pathOf("files") + "[" + i + "]";
            Path file = Path.of(TextFiles.shown(folder.resolve(section.asText(files.get(i), field)).normalize()));
            if (!Files.isRegularFile(file)) {
                section.problems().add(files.get(i).location(), field, "no catalogue file at " + file
                        + ", expected a path relative to the scenario's folder");
                continue;
            }
            try {
                layered = CatalogueReader.readFile(file, layered);
            } catch (InputException e) {
                e.problems().forEach(p -> section.problems().add(p.location(), p.field(), p.message()));
            }
        }
        return layered;
    }

    /** The policy file named under {@code policy:}, relative to the scenario's folder; it must exist. */
    private static Path policyFile(Fields root, Path folder) {
        return root.optionalText("policy").filter(text -> !text.isEmpty()).map(text -> {
            Path file = folder.resolve(text).normalize();
            if (!Files.isRegularFile(file)) {
                root.problems().add(root.locationOf("policy"), "policy",
                        "no policy file at " + file + ", expected a path relative to the scenario's folder");
            }
            return file;
        }).orElse(null);
    }

    private static Site site(Fields f) {
        Site site = new Site(f.text("name"), f.optionalText("location").orElse(""), f.bool("existingBuilding", false),
                Temperature.celsius(f.number("designAmbientC", Ranges.CELSIUS)));
        f.rejectUnknownKeys();
        return site;
    }

    private static Facility facility(Fields f) {
        Facility facility = new Facility(f.number("pue", Ranges.PUE), f.number("overheadShare", OVERHEAD, 0));
        f.rejectUnknownKeys();
        return facility;
    }

    private static List<GridTranche> grid(Fields f) {
        List<GridTranche> tranches = new ArrayList<>();
        GridTranche previous = null;
        for (Fields t : f.sections("tranches", true)) {
            // a flexible tranche may have no firm date: the utility connects it curtailable and names no day to stop
            int before = t.problems().count();
            LocalDate date = t.has("date") || !t.optionalText("class").orElse(FIRM).equals(FLEXIBLE) ? t.date("date")
                    : null;
            boolean dated = t.problems().count() == before;
            GridTranche tranche = new GridTranche(date, Power.mw(t.number("firmMw", Ranges.MW)),
                    t.optionalText("note").orElse(""), flexibility(t, date));
            t.rejectUnknownKeys();
            if (dated) { // a date reported as wrong has no order to judge
                if (previous != null) {
                    checkOrder(t, tranche, previous);
                }
                previous = tranche;
            }
            tranches.add(tranche);
        }
        if (tranches.isEmpty() && f.has("tranches")) {
            f.problems().add(f.locationOf("tranches"), f.pathOf("tranches"),
                    "is empty, expected at least one tranche (firmMw: 0 for a site with no grid yet)");
        }
        f.rejectUnknownKeys();
        return tranches;
    }

    /** Tranches in date order (their firm dates), delivered in the order written (the days they are delivered). */
    private static void checkOrder(Fields t, GridTranche tranche, GridTranche previous) {
        if (tranche.hasFirmDate() && previous.hasFirmDate() && !tranche.date().isAfter(previous.date())) {
            t.problems().add(t.locationOf("date"), t.pathOf("date"), tranche.date() + " is not after the previous "
                    + "tranche's " + previous.date() + ", expected tranches in date order");
        } else if (tranche.from() != null && previous.from() != null && !tranche.from().isAfter(previous.from())) {
            Fields written = tranche.isFlexible() ? t.section("flexible") : t;
            written.problems().add(written.locationOf("date"), written.pathOf("date"), tranche.from()
                    + " is not after the day the previous tranche is delivered, " + previous.from()
                    + ", expected tranches delivered in the order written");
        }
    }

    /**
     * A tranche's class: firm (the default) or flexible, whose {@code flexible:} terms are the utility's offer of an
     * earlier date against curtailment until the firm one (for good when {@code firmDate} is null). Null for a firm
     * tranche.
     */
    private static Flexibility flexibility(Fields t, LocalDate firmDate) {
        String kind = t.optionalText("class").orElse(FIRM);
        if (!kind.equals(FIRM) && !kind.equals(FLEXIBLE)) {
            t.problems().add(t.locationOf("class"), t.pathOf("class"), Suggestions.notAWord("class", kind,
                    List.of(FIRM, FLEXIBLE)));
            return null;
        }
        if (kind.equals(FIRM)) {
            if (t.has("flexible")) {
                t.problems().add(t.locationOf("flexible"), t.pathOf("flexible"),
                        "terms of a firm tranche, expected class: flexible above them, or no flexible section");
            }
            return null;
        }
        if (!t.has("flexible")) {
            t.problems().add(t.locationOf("class"), t.pathOf("flexible"), "missing, expected the flexible tranche's "
                    + "terms: date, hoursPerYear, longestEventHours, noticeHours and calledBy");
            return null;
        }
        Fields f = t.section("flexible");
        int before = f.problems().count();
        Flexibility terms = new Flexibility(f.date("date"), f.number("hoursPerYear", CURTAILMENT_HOURS),
                f.number("longestEventHours", EVENT_HOURS), f.number("noticeHours", NOTICE_HOURS),
                f.optionalText("calledBy").orElse(null));
        boolean read = f.problems().count() == before;
        f.rejectUnknownKeys();
        if (read && firmDate != null && !terms.date().isBefore(firmDate)) {
            f.problems().add(f.locationOf("date"), f.pathOf("date"), terms.date() + " is not before the tranche's firm "
                    + "date, " + firmDate + ", expected the utility's earlier offer for the tranche taken flexible");
        }
        if (read && terms.longestEventHours() > terms.hoursPerYear()) {
            f.problems().add(f.locationOf("longestEventHours"), f.pathOf("longestEventHours"),
                    Quantities.format(terms.longestEventHours()) + " h is longer than the year's budget, "
                            + Quantities.format(terms.hoursPerYear()) + " h, expected at most hoursPerYear");
        }
        return terms;
    }

    private static Build build(Fields f, Catalogue catalogue) {
        LocalDate start = f.date("start");
        List<Milestone> milestones = new ArrayList<>();
        LocalDate previous = start;
        String previousName = "the build start";
        Set<String> names = new HashSet<>();
        List<Fields> written = f.sections("milestones", true);
        if (written.size() > InputLimits.MILESTONES) {
            f.problems().add(f.locationOf("milestones"), f.pathOf("milestones"), Quantities.count(written.size())
                    + " milestones, expected at most " + Quantities.count(InputLimits.MILESTONES));
        }
        for (Fields m : written) {
            String name = m.text("name");
            requireOwnName(m, name, names, "another milestone");
            LocalDate date = m.date("date");
            if (!date.isAfter(previous) && !date.equals(LocalDate.EPOCH)) {
                m.problems().add(m.locationOf("date"), m.pathOf("date"),
                        date + " is not after " + previousName + " (" + previous + "), expected milestones in date order");
            }
            Map<String, Long> adds = new LinkedHashMap<>();
            Fields add = m.section("add");
            for (Entry entry : add.entries()) {
                String field = add.pathOf(entry.key());
                knownModel(add, entry.key(), entry.keyLocation(), field, catalogue.gpus(), "GPU model");
                adds.put(entry.key(), (long) add.asNumber(entry.value(), field, GPU_COUNT));
            }
            if (adds.isEmpty() && m.has("add")) {
                m.problems().add(add.location(), add.path(), "is empty, expected GPU counts by model, e.g. H100: 100000");
            }
            Planned planned = m.optionalSection("planned").map(p -> {
                Planned stated = new Planned(optionalWhole(p, "generators", PLANNED_UNITS),
                        optionalWhole(p, "batteries", PLANNED_UNITS), optionalWhole(p, "cooling", PLANNED_UNITS));
                p.rejectUnknownKeys();
                return stated;
            }).orElse(Planned.NOTHING_STATED);
            m.rejectUnknownKeys();
            milestones.add(new Milestone(name, date, adds, planned));
            previous = date;
            previousName = "milestone '" + InputLimits.excerpt(name) + "'";
        }
        if (milestones.isEmpty() && f.has("milestones")) {
            f.problems().add(f.locationOf("milestones"), f.pathOf("milestones"),
                    "is empty, expected at least one milestone");
        }
        f.rejectUnknownKeys();
        return new Build(start, milestones);
    }

    /**
     * The power caps of {@code equipment.gpus}, by GPU model: {@code H100: {powerCapW: 350}}. A cap lies between the
     * model's floor and its TDP. A model's power smoothing ({@code smoothing:}, docs/power-caps.md) goes into
     * {@code smoothing}; a model may set either or both.
     */
    private static Map<String, PowerCap> powerCaps(Fields equipment, Catalogue catalogue,
                                                   Map<String, PowerSmoothing> smoothing) {
        Map<String, PowerCap> caps = new LinkedHashMap<>();
        equipment.optionalSection("gpus").ifPresent(gpus -> {
            for (Entry entry : gpus.entries()) {
                String field = gpus.pathOf(entry.key());
                knownModel(gpus, entry.key(), entry.keyLocation(), field, catalogue.gpus(), "GPU model");
                GpuModel model = catalogue.gpus().get(entry.key());
                if (model == null) {
                    continue;
                }
                Fields g = Fields.of(entry.value(), field, gpus.problems());
                g.optionalSection("smoothing").ifPresent(f -> smoothing.put(model.id(), smoothing(f)));
                if (g.has("smoothing") && !g.has("powerCapW")) {
                    g.rejectUnknownKeys();
                    continue;
                }
                int before = g.problems().count();
                Power cap = Power.watts(g.number("powerCapW", CAP_WATTS));
                Power floor = PowerCap.floor(model);
                String expected = ", expected a cap from " + Math.round(Math.ceil(floor.watts())) + " to "
                        + Math.round(model.tdp().watts()) + " W";
                boolean read = g.problems().count() == before;
                if (read && cap.isBelow(floor)) {
                    g.problems().add(g.locationOf("powerCapW"), g.pathOf("powerCapW"), Math.round(cap.watts())
                            + " W is below " + model.id() + "'s floor, " + Math.round(Math.ceil(floor.watts()))
                            + " W (" + Math.round(PowerCap.FLOOR_SHARE * 100) + "% of its TDP)" + expected);
                } else if (read && cap.isAbove(model.tdp())) {
                    g.problems().add(g.locationOf("powerCapW"), g.pathOf("powerCapW"), Math.round(cap.watts())
                            + " W is above " + model.id() + "'s TDP, " + Math.round(model.tdp().watts()) + " W"
                            + expected);
                } else if (read) {
                    caps.put(model.id(), new PowerCap(model, cap));
                }
                g.rejectUnknownKeys();
            }
            gpus.rejectUnknownKeys();
        });
        return caps;
    }

    private static final Range FLOOR_PERCENT = Range.of(0, 100, "a percent of the GPU's power limit");
    private static final Range WATTS_PER_SECOND = Range.of(1, 1_000_000, "watts per second");
    private static final Range HYSTERESIS_MS = Range.of(0, 60_000, "milliseconds");

    /** A GPU model's power smoothing, as NVML's profile parameters: floor percent, ramps in W/s, hysteresis in ms. */
    private static PowerSmoothing smoothing(Fields f) {
        PowerSmoothing s = new PowerSmoothing(f.number("floorPercent", FLOOR_PERCENT) / 100,
                f.number("rampUpWattsPerSecond", WATTS_PER_SECOND), f.number("rampDownWattsPerSecond", WATTS_PER_SECOND),
                Duration.ofNanos(Math.round(f.number("rampDownHysteresisMs", HYSTERESIS_MS, 0) * 1e6)));
        f.rejectUnknownKeys();
        return s;
    }

    /**
     * The equipment section; {@code acquired} gets how each fleet is got as written, "rent" or "buy", by the
     * decisions' key of the fleet ("generators", "cooling").
     */
    private static Equipment equipment(Fields f, Catalogue catalogue, Map<String, PowerCap> powerCaps,
                                       Map<String, String> acquired) {
        Fields g = f.section("generators");
        Double permitCapMw = optional(g, "permitCapMw", Ranges.MW);
        GeneratorModel generatorModel = model(g, catalogue.generators(), "generator model");
        if (bought(g, "generators", acquired) && generatorModel != null) {
            generatorModel = buyable(g, generatorModel.leadTime(), generatorModel.id()) ? withoutRental(generatorModel)
                    : null;
        }
        Equipment.Generators generators = new Equipment.Generators(generatorModel,
                (int) g.number("redundancy", REDUNDANCY, 1),
                g.number("confidence", CONFIDENCE, 0.99),
                optionalWhole(g, "permitCapUnits", Ranges.PERMIT_UNITS),
                permitCapMw == null ? null : Power.mw(permitCapMw),
                optionalWhole(g, "rentalMarketUnits", MARKET_UNITS));
        g.rejectUnknownKeys();

        Fields b = f.section("batteries");
        Equipment.Batteries batteries = new Equipment.Batteries(model(b, catalogue.batteries(), "battery model"));
        b.rejectUnknownKeys();

        Fields c = f.section("cooling");
        CoolingModel coolingModel = model(c, catalogue.cooling(), "cooling model");
        if (bought(c, "cooling", acquired) && coolingModel != null) {
            coolingModel = buyable(c, coolingModel.leadTime(), coolingModel.id()) ? withoutRental(coolingModel)
                    : null;
        }
        Equipment.Cooling cooling = new Equipment.Cooling(coolingModel,
                c.number("margin", MARGIN, 0.1),
                optionalWhole(c, "rentalMarketUnits", MARKET_UNITS));
        c.rejectUnknownKeys();
        f.rejectUnknownKeys();
        return new Equipment(generators, batteries, cooling, powerCaps);
    }

    /**
     * Whether the fleet is bought ({@code acquire: buy}) rather than rented where its model can be ({@code rent},
     * the default: the model's rental route and rent decide, as the catalogue says).
     */
    private static boolean bought(Fields f, String fleet, Map<String, String> acquired) {
        String acquire = f.optionalText(ACQUIRE).orElse(Equipment.RENT);
        if (!Equipment.ACQUISITIONS.contains(acquire)) {
            f.problems().add(f.locationOf(ACQUIRE), f.pathOf(ACQUIRE), Suggestions.notAWord("way to get " + fleet,
                    acquire, Equipment.ACQUISITIONS));
            acquire = Equipment.RENT;
        }
        acquired.put(fleet, acquire);
        return acquire.equals(Equipment.BUY);
    }

    /** A model whose lead time is known for hiring only cannot be bought: it would come never, or at once. */
    private static boolean buyable(Fields f, LeadTime lead, String id) {
        if (lead.known() && lead.purchase() == null) {
            f.problems().add(f.locationOf(ACQUIRE), f.pathOf(ACQUIRE), "buy, but " + id + " has no leadTimeDays"
                    + " (the catalogue gives a rental lead time only), expected rent or the model's leadTimeDays"
                    + " under catalogue:");
            return false;
        }
        return true;
    }

    /**
     * The model bought, never hired: without its rental route, so the timeline reads the purchase's lead time, the
     * cost model its price, and the rules a fleet that draws nothing from the rental market.
     */
    private static GeneratorModel withoutRental(GeneratorModel m) {
        return new GeneratorModel(m.id(), m.name(), m.kind(), m.rated(), m.ratedUpTo(), m.deratePerDegree(),
                m.availability(), m.sources(), new LeadTime(m.leadTime().purchase(), null), m.rampPerMinute(),
                m.maxLoadStep(), m.heatRateBtuPerKwh(), m.acresPerMw());
    }

    private static CoolingModel withoutRental(CoolingModel m) {
        return new CoolingModel(m.id(), m.name(), m.capacity(), false, m.sources(),
                new LeadTime(m.leadTime().purchase(), null), m.waterLitresPerKwh());
    }

    /** Findings and reports name phases and targets; two of one name would mix their findings. */
    private static void requireOwnName(Fields f, String name, Set<String> taken, String other) {
        if (!name.isEmpty() && !taken.add(name)) {
            f.problems().add(f.locationOf("name"), f.pathOf("name"),
                    "'" + InputLimits.excerpt(name) + "' also names " + other + ", expected a name of its own");
        }
    }

    /** A design ambient that derates the chosen generator to nothing is a typo or the wrong model. */
    private static void checkGeneratorsRunAt(Site site, Equipment.Generators generators, Fields root) {
        if (generators.model() != null && generators.model().derateFactor(site.designAmbient()) < 0.05) {
            Fields siteFields = root.section("site");
            root.problems().add(siteFields.locationOf("designAmbientC"), "site.designAmbientC",
                    site.designAmbient() + " leaves " + generators.model().id() + " with "
                            + Math.round(100 * generators.model().derateFactor(site.designAmbient()))
                            + "% of its rating, expected an ambient the generator model can run in");
        }
    }

    private static List<Target> targets(Fields root, Catalogue catalogue, Build build) {
        List<Target> targets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        build.milestones().forEach(m -> names.add(m.name()));
        for (Fields t : root.sections("targets", false)) {
            String name = t.text("name");
            requireOwnName(t, name, names, "a milestone or another target");
            targets.add(new Target(name, t.date("date"), Power.mw(t.number("facilityMw", TARGET_MW)),
                    (long) t.number("gpus", GPU_COUNT),
                    t.has("gpuModel") ? model(t, "gpuModel", catalogue.gpus(), "GPU model") : null,
                    optional(t, "pue", Ranges.PUE)));
            t.rejectUnknownKeys();
        }
        return targets;
    }

    private static <T> T model(Fields f, Map<String, T> models, String what) {
        return model(f, "model", models, what);
    }

    /**
     * The catalogue model named under {@code key}; an unknown name is reported with the nearest known one, an empty
     * one with the known ones. Null when there is a problem (reported).
     */
    private static <T> T model(Fields f, String key, Map<String, T> models, String what) {
        int before = f.problems().count();
        String id = f.text(key);
        if (f.problems().count() > before) {
            return null;
        }
        knownModel(f, id, f.locationOf(key), f.pathOf(key), models, what);
        return models.get(id);
    }

    private static void knownModel(Fields f, String id, Location location, String field, Map<String, ?> models,
                                   String what) {
        if (id.isBlank()) {
            f.problems().add(location, field, "is empty, expected a " + what + ", one of: "
                    + CatalogueReader.idsOf(models));
        } else if (!models.containsKey(id)) {
            String suggestion = Suggestions.closest(id, models.keySet()).map(s -> "did you mean '" + s + "'? ").orElse("");
            f.problems().add(location, field, "unknown " + what + " '" + InputLimits.excerpt(id) + "', "
                    + suggestion + "expected one of: " + CatalogueReader.idsOf(models));
        }
    }

    /** An optional number, or null when absent (records keep "not set" as null, as the rules test for it). */
    private static Double optional(Fields f, String key, Range range) {
        OptionalDouble value = f.optionalNumber(key, range);
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static Integer optionalWhole(Fields f, String key, Range range) {
        Double value = optional(f, key, range);
        return value == null ? null : value.intValue();
    }

    /** Grid tranches written as in a scenario's {@code grid:} section, checked the same way (a site file's grid). */
    public static List<GridTranche> readGrid(Fields grid) {
        return grid(grid);
    }
}
