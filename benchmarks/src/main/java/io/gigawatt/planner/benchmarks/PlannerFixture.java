package io.gigawatt.planner.benchmarks;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.timeline.TimelineInput;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the planner's benchmarks share: the scenario file (run from the repository's top folder) and its draws. */
final class PlannerFixture {

    static final ScenarioLoader LOADER = new ScenarioLoader(CatalogueReader.loadDefault());

    private PlannerFixture() {
    }

    /** The scenario file, checked: benchmarks run from the repository's top folder (or name the file with -p). */
    static Path file(String scenario) {
        Path file = Path.of(scenario);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no scenario at " + file.toAbsolutePath()
                    + ": run the benchmarks from the repository's top folder, or give -p scenario=FILE");
        }
        return file;
    }

    /** The scenario with {@code draws} Monte Carlo draws: -1 the scenario's own, 0 none (as sweep --draws 0). */
    static Scenario withDraws(Scenario scenario, int draws) {
        if (draws < 0 || scenario.timeline() == null) {
            return scenario;
        }
        TimelineInput t = scenario.timeline();
        return scenario.withTimeline(draws == 0
                ? t.withoutRisk()
                : t.withDraws(draws));
    }

    static Scenario load(String scenario) throws InputException {
        return LOADER.load(file(scenario));
    }
}
