package io.gigawatt.planner.rules;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.siting.SiteFile;
import io.gigawatt.planner.siting.SiteFileLoader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a site file with one candidate site as YAML text, loaded through the real {@link SiteFileLoader}, for the
 * siting rule tests. With {@link ScenarioBuilder}'s default plan (Phase 1: 64,000 test GPUs by 2025-04-01, 100 MW at
 * the facility, 80 MW of IT) the default site asks:
 * <pre>
 *   racks      64,000 GPUs / 32 per rack (the default for a model added without the figure) = 2,000 racks
 *   floor      2,000 racks x 60 sq ft (the default)                         = 120,000 sq ft
 *   generators 100 MW - 40 MW of grid = 60 MW: 5 x smt-130 (14.19 MW each at 35 C), 82.5 MW rated; 4 at rating
 *   land       5 x 16.5 MW x 0.125 acres per MW (override)                = 10.3125 acres
 *              11 x megablock (51.2 MW swing / 5 MW) x 20 MWh / 20 MWh per acre (override) = 11 acres
 *   gas        5 running x 14.19 MW x 9,750 Btu/kWh x 24 h                 = 16,602.3 MMBtu a day
 *   water      80 MW x 24 h x 0.2 L/kWh (rental-chiller-480)               = 384 m3 a day
 * </pre>
 * and offers: an existing building of 200,000 sq ft ready on the build start (2025-01-01), 100 acres, 40 MW of grid
 * from the build start, 100,000 MMBtu of gas and 10,000 m3 of water a day, no air permit stated, 35 C.
 */
final class SiteBuilder {

    static final String NAME = "Test site";

    private record Tranche(LocalDate date, double firmMw) {
    }

    private double designAmbientC = 35;
    private boolean existing = true;
    private double floorAreaSqFt = 200_000;
    private LocalDate readyBy = ScenarioBuilder.START;
    private double landAcres = 100;
    private final List<Tranche> tranches = new ArrayList<>(List.of(new Tranche(ScenarioBuilder.START, 40)));
    private Double pipelineMmbtuPerDay = 100_000.0;
    private double waterM3PerDay = 10_000;
    private Integer permitCapUnits;
    private Double permitCapMw;
    private boolean nonattainment;

    private SiteBuilder() {
    }

    static SiteBuilder site() {
        return new SiteBuilder();
    }

    /** The plan the siting tests use: {@link ScenarioBuilder}'s, with land figures exact in binary. */
    static ScenarioBuilder plan() {
        return ScenarioBuilder.scenario()
                .catalogue("generators", "smt-130", "acresPerMw", 0.125)
                .catalogue("batteries", "megablock", "mwhPerAcre", 20);
    }

    SiteBuilder designAmbientC(double celsius) {
        designAmbientC = celsius;
        return this;
    }

    SiteBuilder newBuilding() {
        existing = false;
        return this;
    }

    SiteBuilder floorAreaSqFt(double squareFeet) {
        floorAreaSqFt = squareFeet;
        return this;
    }

    SiteBuilder readyBy(LocalDate date) {
        readyBy = date;
        return this;
    }

    SiteBuilder landAcres(double acres) {
        landAcres = acres;
        return this;
    }

    /** One grid tranche of {@code firmMw} from the build start, replacing any others. */
    SiteBuilder gridMw(double firmMw) {
        tranches.clear();
        tranches.add(new Tranche(ScenarioBuilder.START, firmMw));
        return this;
    }

    SiteBuilder tranche(LocalDate date, double firmMw) {
        tranches.add(new Tranche(date, firmMw));
        return this;
    }

    SiteBuilder gasMmbtuPerDay(double mmbtu) {
        pipelineMmbtuPerDay = mmbtu;
        return this;
    }

    SiteBuilder noGas() {
        pipelineMmbtuPerDay = null;
        return this;
    }

    SiteBuilder waterM3PerDay(double m3) {
        waterM3PerDay = m3;
        return this;
    }

    SiteBuilder permitCapUnits(int units) {
        permitCapUnits = units;
        return this;
    }

    SiteBuilder permitCapMw(double mw) {
        permitCapMw = mw;
        return this;
    }

    SiteBuilder nonattainment() {
        nonattainment = true;
        return this;
    }

    SiteFile load(Scenario plan) throws InputException {
        return SiteFileLoader.load("site-test.yaml", yaml(), plan);
    }

    String yaml() {
        StringBuilder y = new StringBuilder("name: Rule test sites\nsites:\n");
        y.append("  - name: ").append(NAME).append('\n');
        y.append("    designAmbientC: ").append(number(designAmbientC)).append('\n');
        y.append("    building:\n");
        y.append("      existing: ").append(existing).append('\n');
        y.append("      floorAreaSqFt: ").append(number(floorAreaSqFt)).append('\n');
        y.append("      readyBy: ").append(readyBy).append('\n');
        y.append("    landAcres: ").append(number(landAcres)).append('\n');
        y.append("    grid:\n      tranches:\n");
        for (Tranche t : tranches) {
            y.append("        - date: ").append(t.date()).append('\n');
            y.append("          firmMw: ").append(number(t.firmMw())).append('\n');
        }
        if (pipelineMmbtuPerDay != null) {
            y.append("    gas:\n      pipelineMmbtuPerDay: ").append(number(pipelineMmbtuPerDay)).append('\n');
        }
        y.append("    water:\n      availableM3PerDay: ").append(number(waterM3PerDay)).append('\n');
        if (permitCapUnits != null || permitCapMw != null || nonattainment) {
            y.append("    airPermit:\n");
            if (permitCapUnits != null) {
                y.append("      capUnits: ").append(permitCapUnits).append('\n');
            }
            if (permitCapMw != null) {
                y.append("      capMw: ").append(number(permitCapMw)).append('\n');
            }
            y.append("      nonattainment: ").append(nonattainment).append('\n');
        }
        return y.toString();
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
