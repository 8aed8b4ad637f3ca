package io.gigawatt.planner.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.units.Power;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private final Catalogue catalogue = CatalogueReader.loadDefault();

    @Test
    void holdsTheAcceleratorsPlannersBuyToday() {
        assertThat(catalogue.gpus()).containsOnlyKeys("H100", "H200", "B200", "B300", "GB200", "GB300", "MI300A",
                "MI300X", "MI325X", "MI355X", "Trainium2", "Trainium3", "TPU-v7");
        GpuModel h100 = catalogue.gpus().get("H100");
        assertThat(h100.tdp().watts()).isEqualTo(700);
        assertThat(h100.itPerGpu().kw()).isEqualTo(1.275);
        assertThat(h100.swing().watts()).isEqualTo(578);
    }

    @Test
    void everyAcceleratorSaysWhatItsItFigureTakesIn() {
        assertThat(catalogue.gpus().values()).allSatisfy(m -> assertThat(m.itIncludes()).as(m.id())
                .isNotEqualTo(ItScope.UNSTATED));
        assertThat(catalogue.gpus().get("B300").itIncludes()).isEqualTo(ItScope.SERVER);
        assertThat(catalogue.gpus().get("GB300").itIncludes()).isEqualTo(ItScope.RACK);
        assertThat(catalogue.gpus().get("MI300A").itIncludes()).isEqualTo(ItScope.POD);
        assertThat(catalogue.gpus().get("Trainium2").itIncludes()).isEqualTo(ItScope.CHIP);
        assertThat(catalogue.gpus().get("TPU-v7").itIncludes()).isEqualTo(ItScope.POD);
    }

    @Test
    void eachVendorsServersTakeTheFactorOfItsOwnSystemFigure() {
        // NVIDIA: DGX B300 at 14.5 kW for 8 GPUs; AMD: an XE9680 within 9.6 kW for 8 MI300X, 1.6 x the GPU
        assertThat(catalogue.gpus().get("B300").itPerGpu().kw()).isEqualTo(14.5 / 8);
        assertThat(catalogue.gpus().get("MI300X").itPerGpu().kw()).isEqualTo(9.6 / 8);
        for (String amd : List.of("MI300X", "MI325X", "MI355X")) {
            GpuModel m = catalogue.gpus().get(amd);
            assertThat(m.itPerGpu().watts() / m.tdp().watts()).as(amd).isCloseTo(1.6,
                    org.assertj.core.api.Assertions.within(1e-9));
        }
        // El Capitan's 29.58 MW over its 44,544 MI300A; an Ironwood pod's 10 MW over its 9,216 chips
        assertThat(catalogue.gpus().get("MI300A").itPerGpu().kw()).isEqualTo(0.664);
        assertThat(catalogue.gpus().get("TPU-v7").itPerGpu().kw()).isEqualTo(1.085);
    }

    @Test
    void theAcceleratorsPageListsEveryAcceleratorInItsTable() throws java.io.IOException {
        List<String> rows = java.nio.file.Files.readAllLines(java.nio.file.Path.of("../docs/accelerators.md")).stream()
                .filter(line -> line.startsWith("| ")).map(line -> line.split("\\|")[1]).toList();

        assertThat(catalogue.gpus().keySet()).allSatisfy(id -> assertThat(rows).as(id)
                .anyMatch(cell -> List.of(cell.trim().split(", ")).contains(id)));
    }

    @Test
    void aModelAScenarioChangesIsAnotherModelThoughItKeepsItsId() {
        GpuModel h100 = catalogue.gpus().get("H100");
        GpuModel capped = new GpuModel(h100.id(), h100.name(), Power.watts(600), h100.itPerGpu(), h100.idle(),
                h100.sources(), h100.profile(), h100.gpusPerRack(), h100.rackFloor(), h100.itIncludes());

        // models key remembered results (a sweep's swings): a changed figure must not find the default's
        assertThat(capped).isNotEqualTo(h100);
        assertThat(Map.of(h100, "default")).doesNotContainKey(capped);
        assertThat(Map.of(h100, "default")).containsKey(CatalogueReader.loadDefault().gpus().get("H100"));
    }

    @Test
    void holdsTheGeneratorsBatteriesAndCoolingOfTheReferenceStory() {
        assertThat(catalogue.generators()).containsKeys("mobile-genset-2.5", "smt-130", "titan-350", "tm2500",
                "lm6000", "recip-34sg", "diesel-3516");
        assertThat(catalogue.batteries()).containsKeys("megapack-2xl-4h", "megapack-2xl-2h", "megablock");
        assertThat(catalogue.cooling()).containsKeys("rental-chiller-480");
        assertThat(catalogue.generators().get("smt-130").rated().mw()).isEqualTo(16.5);
    }

    @Test
    void everyEntryNamesItsSource() {
        List<Sources> sources = Stream.of(
                catalogue.gpus().values().stream().map(GpuModel::sources),
                catalogue.generators().values().stream().map(GeneratorModel::sources),
                catalogue.batteries().values().stream().map(BatteryModel::sources),
                catalogue.cooling().values().stream().map(CoolingModel::sources)).flatMap(s -> s).toList();

        assertThat(sources).hasSizeGreaterThan(15).allSatisfy(s -> assertThat(s.entry()).isNotBlank());
    }

    @Test
    void aFigureFromElsewhereNamesItsOwnSource() {
        Sources h100 = catalogue.gpus().get("H100").sources();
        assertThat(h100.of("tdpW")).startsWith("https://");
        assertThat(h100.of("idleW")).contains("h200-training-power-trace");
    }

    @Test
    void gasTurbinesLoseOutputInTheHeat() {
        GeneratorModel turbine = catalogue.generators().get("smt-130");
        // 0.7% per degree above 15 C: 20 degrees above at 35 C leaves 86%.
        assertThat(turbine.derateFactor(io.gigawatt.planner.units.Temperature.celsius(35))).isCloseTo(0.86,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(turbine.derateFactor(io.gigawatt.planner.units.Temperature.celsius(10))).isEqualTo(1);
        GeneratorModel engine = catalogue.generators().get("recip-34sg");
        assertThat(engine.derateFactor(io.gigawatt.planner.units.Temperature.celsius(35))).isEqualTo(1);
    }
}
