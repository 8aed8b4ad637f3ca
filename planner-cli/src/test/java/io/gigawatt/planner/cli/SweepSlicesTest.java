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

    /** The table a sweep writes into {@code folder}: colossus-sweep.csv, or colossus-sweep-K-of-N.csv for a slice. */
    private static String sweep(Path folder, String... more) throws IOException {
        List<String> args = new ArrayList<>(SWEEP);
        args.addAll(List.of("--out", folder.toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path table = Path.of(run.out().lines().findFirst().orElseThrow().replaceFirst(".*; table written to ", ""));
        assertThat(table.getParent()).isEqualTo(folder);
        return Files.readString(table, StandardCharsets.UTF_8);
    }

    @Test
    void theSlicesMergedAreTheWholeSweepsTable(@TempDir Path dir) throws IOException {
        String whole = sweep(dir.resolve("whole"));
        assertThat(whole.lines()).hasSize(79).anyMatch(line -> line.contains(",INVALID,"));

        for (int n : List.of(2, 5)) {
            Path slices = dir.resolve("slices-of-" + n);
            Path merged = dir.resolve("merged-" + n);
            List<String> args = new ArrayList<>(List.of("sweep", "merge", "--out", merged.toString()));
            int rows = 0;
            // merged in any order: the last slice first
            for (int k = n; k >= 1; k--) {
                rows += (int) sweep(slices, "--shard", k + "/" + n).lines().count() - 1;
                args.add(slices.resolve("colossus-sweep-" + k + "-of-" + n + ".csv").toString());
            }
            assertThat(rows).isEqualTo(78);
            CliRun merge = CliRun.of(args.toArray(String[]::new));
            assertThat(merge.exitCode()).as(merge.err()).isZero();
            // the file the whole sweep writes, by the same name
            assertThat(Files.readString(merged.resolve("colossus-sweep.csv"), StandardCharsets.UTF_8)).isEqualTo(whole);
            assertThat(merge.out()).isEqualTo("78 variants from " + n + " tables; table written to "
                    + merged.resolve("colossus-sweep.csv") + "\n");

            // the folder of slices given instead, and the table printed
            CliRun folder = CliRun.of("sweep", "merge", slices.toString());
            assertThat(folder.exitCode()).as(folder.err()).isZero();
            assertThat(folder.out()).isEqualTo(whole);
        }
    }

    @Test
    void slicesOfAMillionVariantSweepAreMergedThoughLargerThanAScenarioFile(@TempDir Path dir) throws IOException {
        // a slice of 200,000 variants is about 52 MB: these two, of a sweep's real row renumbered, pass the 8 MB of
        // an input file
        List<String> lines = sweep(dir.resolve("small")).lines().toList();
        String row = lines.get(1).substring(lines.get(1).indexOf(','));
        int rows = 8 * 1024 * 1024 / row.length() + 1_000;
        Path slices = Files.createDirectories(dir.resolve("slices"));
        for (int k = 1; k <= 2; k++) {
            StringBuilder slice = new StringBuilder(lines.get(0)).append('\n');
            for (int variant = (k - 1) * rows + 1; variant <= k * rows; variant++) {
                slice.append(variant).append(row).append('\n');
            }
            Files.writeString(slices.resolve("colossus-sweep-" + k + "-of-2.csv"), slice, StandardCharsets.UTF_8);
        }
        assertThat(Files.size(slices.resolve("colossus-sweep-1-of-2.csv"))).isGreaterThan(8L * 1024 * 1024);

        CliRun merge = CliRun.of("sweep", "merge", slices.toString(), "--out", dir.resolve("merged").toString());

        assertThat(merge.exitCode()).as(merge.err()).isZero();
        List<String> merged = Files.readAllLines(dir.resolve("merged/colossus-sweep.csv"), StandardCharsets.UTF_8);
        assertThat(merged).hasSize(2 * rows + 1);
        assertThat(merged.get(2 * rows)).isEqualTo(2 * rows + row);
    }

    @Test
    void aSliceIsTheSameConsecutiveVariantsOnEveryRun(@TempDir Path dir) throws IOException {
        String second = sweep(dir.resolve("a"), "--shard", "2/3", "--threads", "1");
        assertThat(sweep(dir.resolve("b"), "--shard", "2/3", "--threads", "3")).isEqualTo(second);
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
        Path slices = dir.resolve("slices");
        for (int k = 1; k <= 3; k++) {
            sweep(slices, "--shard", k + "/3");
        }
        Path first = slices.resolve("colossus-sweep-1-of-3.csv");
        Path second = slices.resolve("colossus-sweep-2-of-3.csv");
        Path third = slices.resolve("colossus-sweep-3-of-3.csv");
        CliRun otherSweep = CliRun.of("sweep", COLOSSUS, "--vary", "facility.pue=1.2,1.3", "--draws", "0", "--out",
                dir.resolve("other").toString());
        assertThat(otherSweep.exitCode()).as(otherSweep.err()).isZero();
        Path other = dir.resolve("other/colossus-sweep.csv");
        Path merged = Files.createDirectories(dir.resolve("merged")).resolve("colossus-sweep.csv");
        Files.writeString(merged, "kept\n");
        Path renamed = Files.createDirectories(dir.resolve("renamed")).resolve("texas-sweep-2-of-3.csv");
        Files.copy(second, renamed);
        Path empty = Files.createDirectories(dir.resolve("empty"));

        StringBuilder said = new StringBuilder();
        for (List<Path> given : List.of(List.of(first, third), List.of(first, second, second, third),
                List.of(first, other), List.of(first, merged), List.of(first, renamed, third), List.of(empty))) {
            said.append(merge(merged.getParent(), given).replace(dir + "/", ""));
        }
        said.append(merge(dir.resolve("merged.csv"), List.of(first, second, third)).replace(dir + "/", ""));
        assertThat(Files.readString(merged)).isEqualTo("kept\n");
        assertThat(dir.resolve("merged.csv")).doesNotExist();
        assertThat(said.toString()).isEqualTo(Files.readString(
                Path.of("src/test/resources/sweep-slices/not-one-sweep.expected"), StandardCharsets.UTF_8));
    }

    /** What a merge refused says. */
    private static String merge(Path out, List<Path> slices) {
        List<String> args = new ArrayList<>(List.of("sweep", "merge", "--out", out.toString()));
        slices.forEach(slice -> args.add(slice.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.out()).isEmpty();
        return run.err();
    }
}
