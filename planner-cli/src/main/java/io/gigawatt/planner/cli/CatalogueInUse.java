package io.gigawatt.planner.cli;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.catalogue.PowerCap;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import jakarta.inject.Inject;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The catalogue a command shows: the planner's, or the one a scenario evaluates with ({@code --scenario FILE}). */
final class CatalogueInUse {

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "show the catalogue with the changes and models of FILE's catalogue: section, each changed"
                    + " figure's source the scenario line (its GPUs as rated: a power cap is not a catalogue figure)")
    Path scenario;

    private final Catalogue defaults;
    private final ScenarioLoader loader;

    @Inject
    CatalogueInUse(Catalogue defaults, ScenarioLoader loader) {
        this.defaults = defaults;
        this.loader = loader;
    }

    Catalogue catalogue() throws InputException {
        if (scenario == null) {
            return defaults;
        }
        Scenario loaded = loader.load(scenario);
        // the scenario's catalogue holds its capped GPUs, whose figures would show beside the catalogue's sources
        return loaded.catalogue().withGpus(loaded.equipment().powerCaps().values().stream().map(PowerCap::rated)
                .toList());
    }
}
