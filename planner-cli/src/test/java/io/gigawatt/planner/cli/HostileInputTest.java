package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input a careless or malicious user gives (devices, huge files, megabyte values, a system file as a policy,
 * absurd draw counts, YAML's not-a-number): each is refused with exit 2 and a short message that says the limit, and
 * what the user wrote is repeated as an excerpt at most. The huge inputs are made here, not kept in the repository.
 */
class HostileInputTest {

    private static final String COLOSSUS = "../examples/colossus.yaml";
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    /** A short refusal: exit 2, a message of a few lines, no stack trace, nothing on standard output. */
    private static CliRun refused(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).hasSizeLessThan(1_000).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
        return run;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String colossus() throws IOException {
        return Files.readString(Path.of(COLOSSUS), StandardCharsets.UTF_8);
    }

    @Test
    void aDeviceThatNeverEndsIsNotRead() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");

        assertThat(refused("evaluate", "/dev/zero").err()).isEqualTo(
                "/dev/zero:1:1: not a regular file (a device, a pipe or a socket), expected a YAML file" + NL);
    }

    @Test
    void aFolderIsNotAScenario() {
        assertThat(refused("evaluate", dir.toString()).err()).isEqualTo(
                dir + ":1:1: a folder, expected a YAML file" + NL);
    }

    @Test
    void aFilePastTheLimitIsRefusedWithTheLimit() throws IOException {
        Path huge = write("huge.yaml", "name: " + "x".repeat(50_000_000) + "\n");

        assertThat(refused("evaluate", huge.toString()).err()).isEqualTo(
                huge + ":1:1: larger than 8 MB, expected a YAML file of at most 8 MB" + NL);
    }

    @Test
    void aMegabyteLineIsRefusedWithAnExcerptOfIt() throws IOException {
        Path scenario = write("long.yaml", colossus().replace("name: Colossus, Memphis",
                "name: " + "Colossus ".repeat(450_000)));

        String err = refused("evaluate", scenario.toString()).err();

        assertThat(err).startsWith(scenario + ":5:100001: a line of 4,050,006 characters, expected lines of at most"
                + " 100,000 (and values of at most 10,000)" + NL);
        assertThat(err.lines()).hasSize(3);
        assertThat(err.lines().skip(1).findFirst().orElseThrow()).startsWith("    ...").endsWith("...").hasSize(110);
    }

    @Test
    void aValuePastTheLimitIsRefusedWhereItIsWritten() throws IOException {
        Path scenario = write("name.yaml", colossus().replace("name: Colossus, Memphis",
                "name: " + "Colossus ".repeat(2_000)));

        assertThat(refused("evaluate", scenario.toString()).err()).startsWith(
                scenario + ":5:7: name: a value of 17,999 characters, expected at most 10,000" + NL);
    }

    @Test
    void aValueAtTheLimitIsEvaluated() throws IOException {
        String name = "Colossus " + "x".repeat(9_991);
        Path scenario = write("name.yaml", colossus().replace("name: Colossus, Memphis", "name: " + name));

        CliRun run = CliRun.of("evaluate", scenario.toString(), "--draws", "10");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INFEASIBLE.code());
        assertThat(run.out()).contains(name);
    }

    /** Lines of a system's user table: a policy named by mistake (or malice) must not be printed whole. */
    private Path passwd() throws IOException {
        return write("passwd", "root:x:0:0:root:/root:/bin/bash\n"
                + "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n".repeat(200)
                + "secret:x:1000:1000:the last line:/home/secret:/bin/bash\n");
    }

    @Test
    void aSystemFileNamedAsThePolicyIsNotPrinted() throws IOException {
        Path passwd = passwd();
        Path scenario = write("scenario.yaml", colossus() + "policy: passwd\n");

        for (CliRun run : new CliRun[] {refused("evaluate", scenario.toString()),
                refused("evaluate", COLOSSUS, "--policy", passwd.toString())}) {
            assertThat(run.err()).isEqualTo(passwd + ":1:1: found the text 'root:x:0:0:root:/root:/bin/bash"
                    + " daemon:x:1:1:daemon:/usr/sbi...', expected a mapping of keys to values" + NL
                    + "    root:x:0:0:root:/root:/bin/bash" + NL
                    + "    ^" + NL);
        }
    }

    @Test
    void aBillionDrawsAreRefusedWithTheLimit() {
        String expected = "planner: --draws 1000000000: 1,000,000,000 draws are too many, expected at most 1,000,000"
                + NL;

        assertThat(refused("evaluate", COLOSSUS, "--draws", "1000000000").err()).isEqualTo(expected);
        assertThat(refused("sweep", COLOSSUS, "--vary", "facility.pue=1.3", "--draws", "1000000000").err())
                .isEqualTo(expected);
    }

    @Test
    void drawsAreRefusedWhenTheirDatesWouldNotFitForAScenarioOfThousandsOfMilestones() throws IOException {
        StringBuilder milestones = new StringBuilder("  milestones:\n");
        for (int i = 0; i < 2_000; i++) {
            milestones.append("    - name: Hall ").append(i + 1).append("\n      date: ")
                    .append(LocalDate.of(2024, 9, 2).plusDays(i)).append("\n      add:\n        H100: 100\n");
        }
        String text = colossus();
        // without the example's decisions, which name the milestones these replace
        Path scenario = write("halls.yaml", text.substring(0, text.indexOf("  milestones:\n")) + milestones
                + text.substring(text.indexOf("equipment:\n"), text.indexOf("decisions:\n")));
        String expected = "planner: --draws 100000: 100,000 draws of 2,001 phases and targets are 200,100,000 dates to"
                + " keep, expected at most 24,987 draws for this many (at most 50,000,000 dates)" + NL;

        assertThat(refused("evaluate", scenario.toString(), "--draws", "100000").err()).isEqualTo(expected);
        assertThat(refused("sweep", scenario.toString(), "--vary", "facility.pue=1.3", "--draws", "100000").err())
                .isEqualTo(expected);
    }

    @Test
    void notANumberOrInfinityIsNoValueASweepCanTry() throws IOException {
        assertThat(refused("sweep", COLOSSUS, "--vary", "facility.pue=1.3,.nan").err()).isEqualTo("planner: --vary"
                + " facility.pue: '.nan' is not a finite number, expected a number such as 1.3 or 2e3, a date or a"
                + " name" + NL);
        assertThat(refused("sweep", COLOSSUS, "--vary", "facility.pue=.nan..1").err()).isEqualTo("planner: --vary"
                + " facility.pue: '.nan..1': expected FROM..TO[:count=N|:step=S] with two numbers"
                + " (15..40:count=26, 1.1..1.5:step=0.1) or two dates (2025-05-15..2025-11-15:step=30)" + NL);
        assertThat(refused("sweep", COLOSSUS, "--vary", "facility.pue=1..1e30").err()).isEqualTo("planner: --vary"
                + " facility.pue: '1e30' is too large or too fine a number, expected at most 18 digits before the point"
                + " and 18 after it" + NL);

        Path variants = write("variants.csv", "facility.pue\n1.3\n-.inf\n");
        assertThat(refused("sweep", COLOSSUS, "--variants", variants.toString()).err()).isEqualTo(variants
                + ":3:1: facility.pue: '-.inf' is not a finite number, expected a number such as 1.3 or 2e3, a date or"
                + " a name" + NL + "    -.inf" + NL + "    ^" + NL);
    }
}
