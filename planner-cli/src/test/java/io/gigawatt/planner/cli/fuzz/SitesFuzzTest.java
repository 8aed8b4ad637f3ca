package io.gigawatt.planner.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;

/** Any bytes as a site file, for the example build plan: ranked, or refused with located messages. */
class SitesFuzzTest {

    @FuzzTest(maxDuration = FuzzedInput.SHORT_RUN)
    void sites(byte[] bytes) {
        FuzzedInput input = FuzzedInput.create();
        Path sites = input.write("sites.yaml", bytes);
        input.run(FuzzedInput.VERDICT_OR_REFUSAL, List.of(sites),
                "sites", FuzzedInput.example("colossus-plan.yaml").toString(), sites.toString(), "--format", "json");
    }
}
