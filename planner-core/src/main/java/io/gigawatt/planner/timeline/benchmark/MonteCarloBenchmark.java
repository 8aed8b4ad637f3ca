package io.gigawatt.planner.timeline.benchmark;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.timeline.DateRange;
import io.gigawatt.planner.timeline.MonteCarlo;
import io.gigawatt.planner.timeline.PhaseNeed;
import io.gigawatt.planner.timeline.TimelineModel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the Monte Carlo of a scenario's timeline: a few warm-up runs, then the median of several timed runs.
 * The budget is 10,000 draws of the Colossus example within 10 s on the project's 2-core machine. Run it from
 * the shaded jar:
 *
 * <pre>java -cp planner-cli/target/planner.jar io.gigawatt.planner.timeline.benchmark.MonteCarloBenchmark examples/colossus.yaml 10000</pre>
 */
public final class MonteCarloBenchmark {

    private MonteCarloBenchmark() {
    }

    public static void main(String[] args) throws InputException {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/colossus.yaml");
        int draws = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Scenario scenario = new ScenarioLoader(CatalogueReader.loadDefault()).load(file);
        if (scenario.timeline() == null) {
            throw new IllegalArgumentException(file + " has no timeline: section to draw from");
        }
        Scenario once = scenario.withTimeline(scenario.timeline().withDraws(1));
        CampusPlan plan = new Planner().plan(once);
        List<PhaseNeed> needs = Planner.needs(scenario, plan.phases());

        long startAll = System.nanoTime();
        MonteCarlo.Result result = null;
        for (int i = 0; i < 2; i++) {
            result = TimelineModel.monteCarlo(scenario, needs, draws);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = TimelineModel.monteCarlo(scenario, needs, draws);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: %,d draws, median %.0f ms over %d runs (min %.0f, max %.0f); %.1f s in all%n",
                file, draws, sorted[runs / 2], runs, sorted[0], sorted[runs - 1], (System.nanoTime() - startAll) / 1e9);
        for (int p = 0; p < needs.size(); p++) {
            System.out.println("  " + needs.get(p).name() + ": " + describe(result.phases().get(p)));
        }
        for (int t = 0; t < scenario.targets().size(); t++) {
            System.out.println("  " + scenario.targets().get(t).name() + ": " + describe(result.targets().get(t)));
        }
    }

    private static String describe(DateRange range) {
        return "P10 " + or(range.p10()) + ", P50 " + or(range.p50()) + ", P90 " + or(range.p90());
    }

    private static String or(Object date) {
        return date == null ? "never" : date.toString();
    }
}
