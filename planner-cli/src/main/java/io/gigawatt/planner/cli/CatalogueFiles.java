package io.gigawatt.planner.cli;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.scenario.ScenarioLoader;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --catalogue FILE}, repeatable, on every command that reads a scenario: a company's models and prices, kept in
 * one place. The layers, each over the one before: the planner's catalogue, these files in order, the files a
 * scenario's {@code catalogue.files} names in order, and the figures its {@code catalogue:} writes itself.
 */
final class CatalogueFiles {

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "lay the catalogue file FILE (YAML, keyed as a scenario's catalogue: section) over the"
                    + " planner's catalogue; repeatable, each file over the ones before; a scenario's own catalogue:"
                    + " files and figures go over them")
    List<Path> files = new ArrayList<>();

    private final ScenarioLoader loader;

    @Inject
    CatalogueFiles(ScenarioLoader loader) {
        this.loader = loader;
    }

    /** The planner's loader, with the files laid over its catalogue when there are any. */
    ScenarioLoader loader() throws InputException {
        return files.isEmpty() ? loader : loader.withCatalogueFiles(files);
    }
}
