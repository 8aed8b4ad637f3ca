package io.gigawatt.planner.cli;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.catalogue.PowerCap;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The catalogue a command shows: the planner's with any {@code --catalogue} files, or as a scenario evaluates with it. */
final class CatalogueInUse {

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "show the catalogue with the changes and models of FILE's catalogue: section, each changed"
                    + " figure's source the scenario line (its GPUs as rated: a power cap is not a catalogue figure)")
    Path scenario;

    @Mixin
    CatalogueFiles files;

    Catalogue catalogue() throws InputException {
        ScenarioLoader loader = files.loader();
        if (scenario == null) {
            return loader.catalogue();
        }
        Scenario loaded = loader.load(scenario);
        // the scenario's catalogue holds its capped GPUs, whose figures would show beside the catalogue's sources
        return loaded.catalogue().withGpus(loaded.equipment().powerCaps().values().stream().map(PowerCap::rated)
                .toList());
    }
}
