package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every format names equipment by its catalogue name with its id beside it, for a reader and for a search. */
class EquipmentNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"text", "md", "html"})
    void everyFormatNamesTheEquipmentWithItsCatalogueNameAndId(String format) {
        String report = CliRun.of("evaluate", "../examples/colossus.yaml", "--format", format).out();

        assertThat(report).contains("12 x Solar Titan 130 (SMT-130) mobile gas turbine (smt-130)",
                "37 x Tesla Megapack 2 XL, 4-hour (megapack-2xl-4h)",
                "89 x Rental air-cooled chiller, ~480 tons (rental-chiller-480)");
    }

    @Test
    void jsonKeepsTheIdAndAddsTheName() throws Exception {
        JsonNode phase = new ObjectMapper().readTree(CliRun.of("evaluate", "../examples/colossus.yaml", "--format",
                "json").out()).path("phases").path(0);

        assertThat(phase.path("generators").path("model").asText()).isEqualTo("smt-130");
        assertThat(phase.path("generators").path("modelName").asText())
                .isEqualTo("Solar Titan 130 (SMT-130) mobile gas turbine");
        assertThat(phase.path("cooling").path("modelName").asText()).isEqualTo("Rental air-cooled chiller, ~480 tons");
    }
}
