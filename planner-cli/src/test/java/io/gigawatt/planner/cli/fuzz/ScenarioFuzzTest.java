package io.gigawatt.planner.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;

/** Any bytes as a scenario file: evaluated, or refused with located messages; never an internal error. */
class ScenarioFuzzTest {

    @FuzzTest(maxDuration = FuzzedInput.SHORT_RUN)
    void scenario(byte[] bytes) {
        FuzzedInput input = FuzzedInput.create();
        Path scenario = input.write("scenario.yaml", bytes);
        input.run(FuzzedInput.VERDICT_OR_REFUSAL, List.of(scenario),
                "evaluate", scenario.toString(), "--format", "json", "--draws", "20");
    }
}
