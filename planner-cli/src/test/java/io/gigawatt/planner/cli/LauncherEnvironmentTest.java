package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.gigawatt.planner.rules.RulePackCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher sets in the environment configures the planner Main builds. */
class LauncherEnvironmentTest {

    private static final Key<Optional<RulePackCache>> RULE_CACHE = Key.get(new TypeLiteral<>() { });

    @TempDir
    Path folder;

    @Test
    void theRuleCacheVariableNamesWhereTheDefaultPackAndAPlannersRulesAreKeptCompiled() throws IOException {
        var injector = Main.injector(Map.of(Main.RULE_CACHE, folder.toString()));

        assertThat(CliRun.with(injector, "evaluate", "../examples/colossus.yaml").exitCode()).isEqualTo(3);
        assertThat(packs()).as("the default pack").isEqualTo(1);
        assertThat(CliRun.with(injector, "evaluate", "../examples/colossus.yaml",
                "--rules", "src/test/resources/own-rules/override").exitCode()).isEqualTo(3);
        assertThat(packs()).as("and the pack with the planner's rules").isEqualTo(2);
    }

    @Test
    void unsetBlankOrOffTheVariableCachesNothing() {
        for (Map<String, String> environment : List.of(Map.<String, String>of(),
                Map.of(Main.RULE_CACHE, " "), Map.of(Main.RULE_CACHE, "off"))) {
            assertThat(Main.injector(environment).getInstance(RULE_CACHE)).as(environment.toString()).isEmpty();
        }
    }

    private long packs() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pack")).count();
        }
    }
}
