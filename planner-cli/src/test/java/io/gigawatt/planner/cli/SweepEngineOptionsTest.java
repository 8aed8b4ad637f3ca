package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plain planner, whose class path holds no distributed engine, asked for one. */
class SweepEngineOptionsTest {

    private static final String[] SWEEP = {"sweep", "../examples/colossus.yaml", "--vary", "facility.pue=1.2,1.3"};

    private static CliRun sweep(String... more) {
        String[] args = java.util.Arrays.copyOf(SWEEP, SWEEP.length + more.length);
        System.arraycopy(more, 0, args, SWEEP.length, more.length);
        return CliRun.of(args);
    }

    @Test
    void sparkIsNotOnThePlainPlannersClassPath() {
        CliRun spark = sweep("--engine", "spark");
        assertThat(spark.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(spark.err()).isEqualTo("planner: --engine spark: the Spark engine is not on this planner's class"
                + " path, expected ./planner-on-spark sweep ... (the planner with the planner-spark module's jars), or"
                + " ./planner sweep, which starts it\n");
        assertThat(spark.out()).isEmpty();

        assertThat(sweep("--engine", "flink").err()).isEqualTo("planner: --engine flink: no such engine, expected spark\n");
    }

    @Test
    void anEngineReadsAFileNotStandardInput() {
        CliRun fromStdin = CliRun.of("sweep", "-", "--vary", "facility.pue=1.2,1.3", "--engine", "spark");
        assertThat(fromStdin.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(fromStdin.err()).isEqualTo("planner: --engine spark reads the scenario on every worker, expected a"
                + " file rather than standard input (-)\n");
    }

    @Test
    void aMasterNeedsAnEngine() {
        assertThat(sweep("--master", "spark://127.0.0.1:7077").err()).isEqualTo("planner: --master needs --engine (the"
                + " engine whose master it is), as in --engine spark --master spark://127.0.0.1:7077\n");
    }
}
