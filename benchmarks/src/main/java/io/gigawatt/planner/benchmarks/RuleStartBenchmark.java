package io.gigawatt.planner.benchmarks;

import io.gigawatt.planner.rules.DefaultPack;
import io.gigawatt.planner.rules.RuleBuild;
import io.gigawatt.planner.rules.RulePackCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The default pack made ready in a fresh JVM (single shot, one per fork): compiled from its DRL text, or read from the
 * cache of compiled packs ({@link RulePackCache}) that the launcher keeps. The difference is most of a cold start.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
public class RuleStartBenchmark {

    @Param({"compile", "cache"})
    public String from;

    private RulePackCache cache;

    @Setup
    public void setUp() throws Exception {
        if (from.equals("cache")) {
            Path folder = Path.of(System.getProperty("java.io.tmpdir"), "gigawatt-planner-benchmark-rule-cache");
            Files.createDirectories(folder);
            cache = new RulePackCache(folder);
            // filled by a JVM of its own, so that this one starts as cold as a planner's run (the key covers the code,
            // so an entry from another build of the planner is never read)
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process fill = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    RuleStartBenchmark.class.getName(), folder.toString()).inheritIO().start();
            if (fill.waitFor() != 0) {
                throw new IllegalStateException("could not fill the rule cache in " + folder);
            }
        }
    }

    /** Fills the cache in {@code args[0]} with the default pack. */
    public static void main(String[] args) {
        RuleBuild.compile(DefaultPack.sources(), List.of(), new RulePackCache(Path.of(args[0])));
    }

    @Benchmark
    public RuleBuild defaultPack() {
        return RuleBuild.compile(DefaultPack.sources(), List.of(), cache);
    }
}
