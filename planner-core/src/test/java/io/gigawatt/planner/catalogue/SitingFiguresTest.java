package io.gigawatt.planner.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.Scenarios;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The figures siting reads from the catalogue (racks, land, gas, water): every default entry states them with a
 * source of their own, and a model a scenario adds may leave them out for the documented defaults.
 */
class SitingFiguresTest {

    private final Catalogue catalogue = CatalogueReader.loadDefault();

    @Test
    void rackDensityFollowsTheReferenceStory() {
        assertThat(catalogue.gpus().get("H100").gpusPerRack()).isEqualTo(64);
        assertThat(catalogue.gpus().get("GB200").gpusPerRack()).isEqualTo(72);
        assertThat(catalogue.gpus().get("H100").rackFloor().squareFeet()).isEqualTo(60);
        // 100,000 H100 at 64 to a rack: 1,562.5, so 1,563 racks.
        assertThat(catalogue.gpus().get("H100").racksFor(100_000)).isEqualTo(1_563);
        assertThat(catalogue.gpus().get("GB200").racksFor(72 * 10)).isEqualTo(10);
    }

    @Test
    void generatorsBatteriesAndCoolingCarryTheirSiteFigures() {
        GeneratorModel turbine = catalogue.generators().get("smt-130");
        assertThat(turbine.heatRateBtuPerKwh()).isEqualTo(9_750);
        // 16.5 MW x 0.05 acres per MW.
        assertThat(turbine.landPerUnit().acres()).isCloseTo(0.825, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(turbine.burnsPipelineGas()).isTrue();
        assertThat(catalogue.generators().get("diesel-3516").burnsPipelineGas()).isFalse();
        assertThat(catalogue.generators().get("diesel-3516").gasAt(io.gigawatt.planner.units.Power.mw(2)).mmbtuPerDay())
                .isZero();
        // 20 MWh at 248 MWh per acre.
        assertThat(catalogue.batteries().get("megablock").landPerUnit().acres())
                .isCloseTo(20.0 / 248, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(catalogue.cooling().get("rental-chiller-480").waterLitresPerKwh()).isEqualTo(0.2);
    }

    @Test
    void everyDefaultEntryStatesItsSiteFiguresWithTheirOwnSource() {
        Map<String, List<String>> figures = Map.of(
                "gpus", List.of("gpusPerRack", "rackFloorSqFt"),
                "generators", List.of("heatRateBtuPerKwh", "acresPerMw"),
                "batteries", List.of("mwhPerAcre"),
                "cooling", List.of("waterLitresPerKwh"));
        checkSources(catalogue.gpus().values().stream().map(GpuModel::sources).toList(), figures.get("gpus"));
        checkSources(catalogue.generators().values().stream().map(GeneratorModel::sources).toList(),
                figures.get("generators"));
        checkSources(catalogue.batteries().values().stream().map(BatteryModel::sources).toList(),
                figures.get("batteries"));
        checkSources(catalogue.cooling().values().stream().map(CoolingModel::sources).toList(), figures.get("cooling"));
    }

    private static void checkSources(List<Sources> sources, List<String> figures) {
        assertThat(sources).isNotEmpty().allSatisfy(s -> {
            for (String figure : figures) {
                assertThat(s.perFigure()).as("source of %s", figure).containsKey(figure);
                assertThat(s.of(figure)).as("source of %s", figure).isNotBlank().doesNotStartWith("planner default");
            }
        });
    }

    @Test
    void aModelAScenarioAddsMayLeaveOutTheSiteFiguresForTheDefaults() throws InputException {
        // As the rule tests add their test GPU: only the figures that existed before siting.
        Scenario scenario = Scenarios.load(Scenarios.SMALL + """
                catalogue:
                  gpus:
                    TG1:
                      name: Test GPU
                      tdpW: 1000
                      itKw: 1.0
                      idleW: 200
                      source: a test
                  generators:
                    gt-x:
                      name: Test turbine
                      kind: gas turbine
                      ratedMw: 20
                      ratedUpToC: 15
                      deratePerDegreeC: 0.007
                      availability: 0.95
                      source: a test
                  batteries:
                    bx:
                      name: Test battery
                      mw: 1
                      mwh: 4
                      roundTripEfficiency: 0.9
                      source: a test
                  cooling:
                    cx:
                      name: Test chiller
                      tons: 400
                      source: a test
                """);

        GpuModel gpu = scenario.catalogue().gpus().get("TG1");
        assertThat(gpu.gpusPerRack()).isEqualTo(GpuModel.DEFAULT_GPUS_PER_RACK).isEqualTo(32);
        assertThat(gpu.rackFloor().squareFeet()).isEqualTo(60);
        assertThat(gpu.sources().of("gpusPerRack")).isEqualTo("planner default 32: the entry does not state gpusPerRack");
        assertThat(scenario.catalogue().generators().get("gt-x").heatRateBtuPerKwh()).isEqualTo(10_000);
        assertThat(scenario.catalogue().generators().get("gt-x").acresPerMw()).isEqualTo(0.1);
        assertThat(scenario.catalogue().batteries().get("bx").mwhPerAcre()).isEqualTo(100);
        assertThat(scenario.catalogue().cooling().get("cx").waterLitresPerKwh()).isEqualTo(1.8);
        assertThat(scenario.catalogue().cooling().get("cx").sources().of("waterLitresPerKwh"))
                .isEqualTo("planner default 1.8: the entry does not state waterLitresPerKwh");
    }

    @Test
    void aScenarioMayChangeASiteFigureAndTheChangeNamesItsPlace() throws InputException {
        Scenario scenario = Scenarios.load(Scenarios.SMALL + """
                catalogue:
                  gpus:
                    H100:
                      gpusPerRack: 32
                  cooling:
                    rental-chiller-480:
                      waterLitresPerKwh: 1.8
                      source: evaporative towers instead
                """);

        assertThat(scenario.catalogue().gpus().get("H100").gpusPerRack()).isEqualTo(32);
        assertThat(scenario.catalogue().gpus().get("H100").sources().of("gpusPerRack")).matches("scenario override at .*:\\d+:\\d+");
        assertThat(scenario.catalogue().cooling().get("rental-chiller-480").sources().of("waterLitresPerKwh"))
                .isEqualTo("evaporative towers instead");
    }
}
