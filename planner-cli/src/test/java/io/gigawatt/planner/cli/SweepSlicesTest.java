package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planner sweep --shard K/N} and {@code planner sweep merge}: slices for a batch scheduler's jobs. */
class SweepSlicesTest {

    private static final String COLOSSUS = "../examples/colossus.yaml";
    /** 26 x 3 variants, INVALID with a PUE of 0.5 (a row with its problem); 78 do not split evenly in 5. */
    private static final List<String> SWEEP = List.of("sweep", COLOSSUS, "--vary",
            "equipment.generators.permitCapUnits=15..40", "--vary", "facility.pue=0.5,1.2,1.3", "--draws", "5");

    private static String sweep(Path table, String... more) throws IOException {
        List<String> args = new ArrayList<>(SWEEP);
        args.addAll(List.of("--out", table.toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Files.readString(table, StandardCharsets.UTF_8);
    }

    @Test
    void theSlicesMergedAreTheWholeSweepsTable(@TempDir Path dir) throws IOException {
        String whole = sweep(dir.resolve("whole.csv"));
        assertThat(whole.lines()).hasSize(79).anyMatch(line -> line.contains(",INVALID,"));

        for (int n : List.of(1, 5)) {
            List<String> args = new ArrayList<>(List.of("sweep", "merge", "--out", dir.resolve("merged.csv").toString()));
            int rows = 0;
            // merged in any order: the last slice first
            for (int k = n; k >= 1; k--) {
                Path slice = dir.resolve("slice-" + k + "-of-" + n + ".csv");
                rows += (int) sweep(slice, "--shard", k + "/" + n).lines().count() - 1;
                args.add(slice.toString());
            }
            assertThat(rows).isEqualTo(78);
            CliRun merge = CliRun.of(args.toArray(String[]::new));
            assertThat(merge.exitCode()).as(merge.err()).isZero();
            assertThat(Files.readString(dir.resolve("merged.csv"), StandardCharsets.UTF_8)).isEqualTo(whole);
            assertThat(merge.out()).isEqualTo("78 variants from " + n + (n == 1 ? " table" : " tables") + "; table written to "
                    + dir.resolve("merged.csv") + "\n");
        }
    }

    @Test
    void aSliceIsTheSameConsecutiveVariantsOnEveryRun(@TempDir Path dir) throws IOException {
        String second = sweep(dir.resolve("a.csv"), "--shard", "2/3", "--threads", "1");
        assertThat(sweep(dir.resolve("b.csv"), "--shard", "2/3", "--threads", "3")).isEqualTo(second);
        List<String> lines = second.lines().toList();
        assertThat(lines).hasSize(27);
        assertThat(lines.get(1)).startsWith("27,");
        assertThat(lines.get(26)).startsWith("52,");
    }

    @Test
    void aSliceThatIsNotOneIsRefused() throws IOException {
        StringBuilder said = new StringBuilder();
        for (String shard : List.of("0/3", "4/3", "1/0", "3", "a/b", "-1/3")) {
            List<String> args = new ArrayList<>(SWEEP);
            args.addAll(List.of("--shard", shard));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
            assertThat(run.out()).isEmpty();
            said.append("--shard ").append(shard).append('\n').append(run.err());
        }
        assertThat(said.toString()).isEqualTo(Files.readString(Path.of("src/test/resources/sweep-slices/bad-shard.expected"),
                StandardCharsets.UTF_8));
    }

    @Test
    void slicesThatAreNotOneSweepsAreNotMerged(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        Path third = dir.resolve("third.csv");
        sweep(first, "--shard", "1/3");
        sweep(second, "--shard", "2/3");
        sweep(third, "--shard", "3/3");
        Path other = dir.resolve("other.csv");
        CliRun otherSweep = CliRun.of("sweep", COLOSSUS, "--vary", "facility.pue=1.2,1.3", "--draws", "0", "--out",
                other.toString());
        assertThat(otherSweep.exitCode()).as(otherSweep.err()).isZero();
        Path merged = dir.resolve("merged.csv");
        Files.writeString(merged, "kept\n");

        StringBuilder said = new StringBuilder();
        for (List<Path> slices : List.of(List.of(first, third), List.of(first, second, second, third),
                List.of(first, other), List.of(first, merged))) {
            List<String> args = new ArrayList<>(List.of("sweep", "merge", "--out", merged.toString()));
            slices.forEach(slice -> args.add(slice.toString()));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
            said.append(run.err().replace(dir + "/", ""));
        }
        assertThat(Files.readString(merged)).isEqualTo("kept\n");
        assertThat(said.toString()).isEqualTo(Files.readString(
                Path.of("src/test/resources/sweep-slices/not-one-sweep.expected"), StandardCharsets.UTF_8));
    }
}
