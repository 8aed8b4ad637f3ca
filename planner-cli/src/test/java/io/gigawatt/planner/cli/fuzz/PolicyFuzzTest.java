package io.gigawatt.planner.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;

/** Any bytes as a policy file ({@code --policy}) over the power-only base scenario. */
class PolicyFuzzTest {

    @FuzzTest(maxDuration = FuzzedInput.SHORT_RUN)
    void policy(byte[] bytes) {
        FuzzedInput input = FuzzedInput.create();
        Path policy = input.write("policy.yaml", bytes);
        input.run(FuzzedInput.VERDICT_OR_REFUSAL, List.of(policy),
                "evaluate", FuzzedInput.BASE_SCENARIO.toString(), "--policy", policy.toString(), "--format", "json");
    }
}
