package io.gigawatt.planner.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gigawatt.planner.cli.ExitCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Any bytes as a sweep's variants table ({@code --variants}) over the power-only base scenario. */
class VariantsFuzzTest {

    @FuzzTest(maxDuration = FuzzedInput.SHORT_RUN)
    void variants(byte[] bytes) {
        FuzzedInput input = FuzzedInput.create();
        Path variants = input.write("variants.csv", bytes);
        Path rows = variants.resolveSibling("rows");
        input.run(Set.of(ExitCode.FEASIBLE, ExitCode.BAD_INPUT), List.of(variants, FuzzedInput.BASE_SCENARIO),
                "sweep", FuzzedInput.BASE_SCENARIO.toString(), "--variants", variants.toString(), "--threads", "1",
                "--no-progress", "--out", rows.toString());
    }
}
