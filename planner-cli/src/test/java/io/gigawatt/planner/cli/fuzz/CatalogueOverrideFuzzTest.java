package io.gigawatt.planner.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;

/** Any bytes as the {@code catalogue:} section of the power-only base scenario, which may change any
 * catalogue figure. */
class CatalogueOverrideFuzzTest {

    @FuzzTest(maxDuration = FuzzedInput.SHORT_RUN)
    void catalogue(byte[] bytes) {
        FuzzedInput input = FuzzedInput.create();
        Path scenario = input.write("scenario.yaml", FuzzedInput.withCatalogueSection(bytes));
        input.run(FuzzedInput.VERDICT_OR_REFUSAL, List.of(scenario),
                "evaluate", scenario.toString(), "--format", "json");
    }
}
