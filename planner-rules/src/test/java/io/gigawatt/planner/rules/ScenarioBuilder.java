package io.gigawatt.planner.rules;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a small scenario file as YAML text and loads it through the real {@link ScenarioLoader}, so every
 * rule test goes through the same validation and catalogue overrides a planner's file does.
 *
 * <p>The defaults are one phase, "Phase 1", of 64,000 {@value #GPU} GPUs installed between 2025-01-01 and
 * 2025-04-01. {@value #GPU} is a test GPU added through the scenario's {@code catalogue:} section with figures
 * chosen so the arithmetic is exact in binary floating point:
 * <pre>
 *   IT per GPU       = 1.0 kW x (1 + overheadShare 0.25)  = 1.25 kW      -> 64,000 GPUs: IT 80 MW
 *   facility per GPU = 1.25 kW x PUE 1.25                 = 1.5625 kW    -> 64,000 GPUs: facility 100 MW
 *   swing per GPU    = tdpW 1000 - idleW 200              = 800 W        -> 64,000 GPUs: swing 51.2 MW
 * </pre>
 * The grid gives 40 MW from the build start. Generators are smt-130 (16.5 MW rated, 0.7%/C above 15 C: at
 * the design ambient of 35 C each gives 16.5 x 0.86 = 14.19 MW) with redundancy 0 and, by a catalogue
 * override, availability 1.0, so a fleet is exactly ceil(need / 14.19 MW) units. Batteries are megablock
 * (5 MW, 20 MWh); cooling is rental-chiller-480 (480 tons x 3.51685 kW = 1.688088 MW) with a 10% margin.
 *
 * <p>No phase states planned units unless a test says so ({@link #plannedGenerators}, {@link #planned}), and the
 * scenario names no policy file unless a test gives one ({@link #policyFile}): the rules then judge against the
 * default policy.
 */
final class ScenarioBuilder {

    static final String GPU = "TG1";
    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final LocalDate PHASE_1_DATE = LocalDate.of(2025, 4, 1);

    private static final ScenarioLoader LOADER = new ScenarioLoader(CatalogueReader.loadDefault());

    /** A grid tranche; {@code flexibleTerms} the lines of its {@code flexible:} section, or null for a firm one. */
    private record Tranche(LocalDate date, double firmMw, String flexibleTerms) {

        Tranche(LocalDate date, double firmMw) {
            this(date, firmMw, null);
        }
    }

    /** Units the planner has lined up for a phase, each null when not stated (as {@code planned:} in a milestone). */
    private record PlannedUnits(Integer generators, Integer batteries, Integer cooling) {

        static final PlannedUnits NONE = new PlannedUnits(null, null, null);

        boolean stated() {
            return generators != null || batteries != null || cooling != null;
        }
    }

    private record Phase(String name, LocalDate date, Map<String, Long> adds, PlannedUnits planned) {

        Phase withPlanned(PlannedUnits units) {
            return new Phase(name, date, adds, units);
        }
    }

    private record Target(String name, LocalDate date, double facilityMw, long gpus, String gpuModel, Double pue) {
    }

    private String name = "Rule test campus";
    private double designAmbientC = 35;
    private double pue = 1.25;
    private double overheadShare = 0.25;
    private final List<Tranche> tranches = new ArrayList<>(List.of(new Tranche(START, 40)));
    private Double curtailableShare;
    private final List<Phase> phases = new ArrayList<>(
            List.of(new Phase("Phase 1", PHASE_1_DATE, new LinkedHashMap<>(Map.of(GPU, 64_000L)), PlannedUnits.NONE)));
    private String generatorModel = "smt-130";
    private int redundancy = 0;
    private double confidence = 0.99;
    private Integer permitCapUnits;
    private Double permitCapMw;
    private String batteryModel = "megablock";
    private String coolingModel = "rental-chiller-480";
    private double coolingMargin = 0.1;
    private Integer rentalMarketUnits;
    private final List<Target> targets = new ArrayList<>();
    private Path policyFile;
    /** Top-level sections written as given ({@code timeline:}, {@code economics:}). */
    private final StringBuilder sections = new StringBuilder();
    /** catalogue section -> model id -> figure -> value, written under {@code catalogue:}. */
    private final Map<String, Map<String, Map<String, Object>>> catalogue = new LinkedHashMap<>();

    private ScenarioBuilder() {
        catalogue("gpus", GPU, "name", "Test GPU with figures exact in binary");
        catalogue("gpus", GPU, "tdpW", 1000);
        catalogue("gpus", GPU, "itKw", 1.0);
        catalogue("gpus", GPU, "idleW", 200);
        catalogue("gpus", GPU, "source", "rule tests: round figures, not a real part");
        catalogue("generators", "smt-130", "availability", 1.0);
    }

    static ScenarioBuilder scenario() {
        return new ScenarioBuilder();
    }

    ScenarioBuilder designAmbientC(double celsius) {
        designAmbientC = celsius;
        return this;
    }

    ScenarioBuilder pue(double value) {
        pue = value;
        return this;
    }

    ScenarioBuilder overheadShare(double value) {
        overheadShare = value;
        return this;
    }

    /** One grid tranche of {@code firmMw} from the build start, replacing any others. */
    ScenarioBuilder gridMw(double firmMw) {
        tranches.clear();
        tranches.add(new Tranche(START, firmMw));
        return this;
    }

    /** A further grid tranche, raising (or lowering) the firm supply to {@code firmMw} from {@code date}. */
    ScenarioBuilder tranche(LocalDate date, double firmMw) {
        tranches.add(new Tranche(date, firmMw));
        return this;
    }

    /**
     * A flexible tranche of {@code firmMw}, delivered from {@code flexibleDate} and firm from {@code firmDate} (never
     * when null), curtailable until then for {@code hoursPerYear} in events of up to {@code longestEventHours} called
     * by ERCOT on 24 h notice.
     */
    ScenarioBuilder flexibleTranche(LocalDate firmDate, LocalDate flexibleDate, double firmMw, double hoursPerYear,
                                    double longestEventHours) {
        tranches.add(new Tranche(firmDate, firmMw, "        date: " + flexibleDate + "\n        hoursPerYear: "
                + number(hoursPerYear) + "\n        longestEventHours: " + number(longestEventHours)
                + "\n        noticeHours: 24\n        calledBy: ERCOT\n"));
        return this;
    }

    /** The share of its load the workload can shed in a curtailment event ({@code grid.curtailableShare}). */
    ScenarioBuilder curtailableShare(double share) {
        curtailableShare = share;
        return this;
    }

    /** The number of {@value #GPU} GPUs the first phase adds. */
    ScenarioBuilder gpus(long count) {
        phases.get(0).adds().clear();
        phases.get(0).adds().put(GPU, count);
        return this;
    }

    ScenarioBuilder firstPhaseName(String phaseName) {
        Phase first = phases.get(0);
        phases.set(0, new Phase(phaseName, first.date(), first.adds(), first.planned()));
        return this;
    }

    ScenarioBuilder phase(String phaseName, LocalDate date, String gpuModel, long count) {
        phases.add(new Phase(phaseName, date, new LinkedHashMap<>(Map.of(gpuModel, count)), PlannedUnits.NONE));
        return this;
    }

    /** The generators the planner has lined up for the first phase ({@code planned: generators:}). */
    ScenarioBuilder plannedGenerators(int units) {
        PlannedUnits p = phases.get(0).planned();
        return planned(phases.get(0).name(), units, p.batteries(), p.cooling());
    }

    /** The batteries the planner has lined up for the first phase ({@code planned: batteries:}). */
    ScenarioBuilder plannedBatteries(int units) {
        PlannedUnits p = phases.get(0).planned();
        return planned(phases.get(0).name(), p.generators(), units, p.cooling());
    }

    /** The cooling units the planner has lined up for the first phase ({@code planned: cooling:}). */
    ScenarioBuilder plannedCooling(int units) {
        PlannedUnits p = phases.get(0).planned();
        return planned(phases.get(0).name(), p.generators(), p.batteries(), units);
    }

    /** The units the planner has lined up for the named phase; null leaves one unstated. */
    ScenarioBuilder planned(String phaseName, Integer generators, Integer batteries, Integer cooling) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).name().equals(phaseName)) {
                phases.set(i, phases.get(i).withPlanned(new PlannedUnits(generators, batteries, cooling)));
                return this;
            }
        }
        throw new IllegalArgumentException("no phase named '" + phaseName + "'");
    }

    /** Names a policy file under the scenario's {@code policy:} key, as a planner would. */
    ScenarioBuilder policyFile(Path file) {
        policyFile = file.toAbsolutePath();
        return this;
    }

    ScenarioBuilder generators(String model) {
        generatorModel = model;
        return this;
    }

    ScenarioBuilder redundancy(int spares) {
        redundancy = spares;
        return this;
    }

    ScenarioBuilder confidence(double probability) {
        confidence = probability;
        return this;
    }

    ScenarioBuilder permitCapUnits(int units) {
        permitCapUnits = units;
        return this;
    }

    ScenarioBuilder permitCapMw(double mw) {
        permitCapMw = mw;
        return this;
    }

    ScenarioBuilder batteries(String model) {
        batteryModel = model;
        return this;
    }

    ScenarioBuilder cooling(String model) {
        coolingModel = model;
        return this;
    }

    ScenarioBuilder coolingMargin(double share) {
        coolingMargin = share;
        return this;
    }

    ScenarioBuilder rentalMarketUnits(int units) {
        rentalMarketUnits = units;
        return this;
    }

    ScenarioBuilder target(String targetName, double facilityMw, long gpus, String gpuModel) {
        targets.add(new Target(targetName, LocalDate.of(2027, 6, 30), facilityMw, gpus, gpuModel, null));
        return this;
    }

    ScenarioBuilder target(String targetName, double facilityMw, long gpus, String gpuModel, double targetPue) {
        targets.add(new Target(targetName, LocalDate.of(2027, 6, 30), facilityMw, gpus, gpuModel, targetPue));
        return this;
    }

    /** A top-level section as YAML text ({@code "economics:\n  discountRate: 0\n"}), written as given. */
    ScenarioBuilder section(String yaml) {
        sections.append(yaml);
        return this;
    }

    /** Changes (or adds) one catalogue figure, as a planner would in the scenario's {@code catalogue:} section. */
    ScenarioBuilder catalogue(String section, String modelId, String figure, Object value) {
        catalogue.computeIfAbsent(section, s -> new LinkedHashMap<>())
                .computeIfAbsent(modelId, m -> new LinkedHashMap<>())
                .put(figure, value);
        return this;
    }

    Scenario load() throws InputException {
        return LOADER.load("rule-test.yaml", yaml());
    }

    String yaml() {
        StringBuilder y = new StringBuilder();
        y.append("name: ").append(quoted(name)).append('\n');
        if (policyFile != null) {
            y.append("policy: ").append(quoted(policyFile.toString())).append('\n');
        }
        y.append("site:\n");
        y.append("  name: Test site\n");
        y.append("  designAmbientC: ").append(number(designAmbientC)).append('\n');
        y.append("facility:\n");
        y.append("  pue: ").append(number(pue)).append('\n');
        y.append("  overheadShare: ").append(number(overheadShare)).append('\n');
        y.append("grid:\n");
        if (curtailableShare != null) {
            y.append("  curtailableShare: ").append(number(curtailableShare)).append('\n');
        }
        y.append("  tranches:\n");
        for (Tranche t : tranches) {
            // a flexible tranche with no firm date has no date of its own
            y.append(t.date() == null ? "    - firmMw: " : "    - date: " + t.date() + "\n      firmMw: ")
                    .append(number(t.firmMw())).append('\n');
            if (t.flexibleTerms() != null) {
                y.append("      class: flexible\n      flexible:\n").append(t.flexibleTerms());
            }
        }
        y.append("build:\n");
        y.append("  start: ").append(START).append('\n');
        y.append("  milestones:\n");
        for (Phase p : phases) {
            y.append("    - name: ").append(quoted(p.name())).append('\n');
            y.append("      date: ").append(p.date()).append('\n');
            y.append("      add:\n");
            p.adds().forEach((model, count) -> y.append("        ").append(model).append(": ").append(count).append('\n'));
            if (p.planned().stated()) {
                y.append("      planned:\n");
                if (p.planned().generators() != null) {
                    y.append("        generators: ").append(p.planned().generators()).append('\n');
                }
                if (p.planned().batteries() != null) {
                    y.append("        batteries: ").append(p.planned().batteries()).append('\n');
                }
                if (p.planned().cooling() != null) {
                    y.append("        cooling: ").append(p.planned().cooling()).append('\n');
                }
            }
        }
        y.append("equipment:\n");
        y.append("  generators:\n");
        y.append("    model: ").append(generatorModel).append('\n');
        y.append("    redundancy: ").append(redundancy).append('\n');
        y.append("    confidence: ").append(number(confidence)).append('\n');
        if (permitCapUnits != null) {
            y.append("    permitCapUnits: ").append(permitCapUnits).append('\n');
        }
        if (permitCapMw != null) {
            y.append("    permitCapMw: ").append(number(permitCapMw)).append('\n');
        }
        y.append("  batteries:\n");
        y.append("    model: ").append(batteryModel).append('\n');
        y.append("  cooling:\n");
        y.append("    model: ").append(coolingModel).append('\n');
        y.append("    margin: ").append(number(coolingMargin)).append('\n');
        if (rentalMarketUnits != null) {
            y.append("    rentalMarketUnits: ").append(rentalMarketUnits).append('\n');
        }
        if (!targets.isEmpty()) {
            y.append("targets:\n");
            for (Target t : targets) {
                y.append("  - name: ").append(quoted(t.name())).append('\n');
                y.append("    date: ").append(t.date()).append('\n');
                y.append("    facilityMw: ").append(number(t.facilityMw())).append('\n');
                y.append("    gpus: ").append(t.gpus()).append('\n');
                if (t.gpuModel() != null) {
                    y.append("    gpuModel: ").append(t.gpuModel()).append('\n');
                }
                if (t.pue() != null) {
                    y.append("    pue: ").append(number(t.pue())).append('\n');
                }
            }
        }
        y.append(sections);
        y.append("catalogue:\n");
        catalogue.forEach((section, models) -> {
            y.append("  ").append(section).append(":\n");
            models.forEach((id, figures) -> {
                y.append("    ").append(id).append(":\n");
                figures.forEach((figure, value) -> y.append("      ").append(figure).append(": ")
                        .append(value instanceof Number n ? number(n.doubleValue()) : quoted(value.toString()))
                        .append('\n'));
            });
        });
        return y.toString();
    }

    /** A number as YAML reads it back exactly: no exponent, no trailing ".0" lost or added. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
