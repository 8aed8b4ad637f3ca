package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner in a JVM of its own, as the launcher starts it, prints nothing of Drools's on standard error: with 40
 * phases Drools gives up compiling one of the storage rules' conditions to bytecode and logs that it is "NOT an error"
 * as a warning, which a planner would read as one.
 */
class QuietRunTest {

    private static final Path POWER_ONLY = Path.of("src/test/resources/fuzz/base-scenario.yaml");

    /** The power-only Colossus with its milestones replaced by 40 weekly steps of 5,000 H100. */
    private static String fortyPhases() throws Exception {
        String base = Files.readString(POWER_ONLY, StandardCharsets.UTF_8);
        String steps = IntStream.range(0, 40).mapToObj(i -> "    - name: Step " + (i + 1) + "\n      date: "
                + LocalDate.of(2024, 6, 1).plusWeeks(i) + "\n      add:\n        H100: 5000\n").collect(Collectors.joining());
        return base.substring(0, base.indexOf("  milestones:\n")) + "  milestones:\n" + steps
                + base.substring(base.indexOf("\nequipment:") + 1);
    }

    @Test
    void aScenarioOfManyPhasesPrintsNothingButItsReport(@TempDir Path dir) throws Exception {
        Path scenario = Files.writeString(dir.resolve("forty-phases.yaml"), fortyPhases(), StandardCharsets.UTF_8);
        Path stderr = dir.resolve("stderr.txt");

        Process planner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "evaluate", scenario.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();

        assertThat(planner.waitFor()).isEqualTo(ExitCode.INFEASIBLE.code());
        assertThat(Files.readString(stderr, StandardCharsets.UTF_8)).isEmpty();
    }
}
