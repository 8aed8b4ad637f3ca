package io.gigawatt.planner.cli;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.scenario.ScenarioLoader;
import jakarta.inject.Inject;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The catalogue a command shows: the planner's, or the one a scenario evaluates with ({@code --scenario FILE}). */
final class CatalogueInUse {

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "show the catalogue as FILE evaluates with it: its catalogue: section's changes and models,"
                    + " each changed figure's source the scenario line")
    Path scenario;

    private final Catalogue defaults;
    private final ScenarioLoader loader;

    @Inject
    CatalogueInUse(Catalogue defaults, ScenarioLoader loader) {
        this.defaults = defaults;
        this.loader = loader;
    }

    Catalogue catalogue() throws InputException {
        return scenario == null ? defaults : loader.load(scenario).catalogue();
    }
}
