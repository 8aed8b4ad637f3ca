package io.gigawatt.planner.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gigawatt.planner.cli.ExitCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Any bytes as a planner's rule file, checked with the default pack: compiled, or refused with located
 * problems. */
class RuleFileFuzzTest {

    @FuzzTest(maxDuration = FuzzedInput.SHORT_RUN)
    void ruleFile(byte[] bytes) {
        FuzzedInput input = FuzzedInput.create();
        Path rules = input.write("rules/planner.drl", bytes);
        input.run(Set.of(ExitCode.FEASIBLE, ExitCode.RULES_DO_NOT_COMPILE), List.of(rules),
                "rules", "check", rules.getParent().toString());
    }
}
