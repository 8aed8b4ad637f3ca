package io.gigawatt.planner.siting;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Colossus plan and its candidate sites from examples/, as they are or with one edit, loaded for real. */
final class SitingFixtures {

    static final Path PLAN = Path.of("../examples/colossus-plan.yaml");
    static final Path SITES = Path.of("../examples/colossus-sites.yaml");

    static final String FACTORY = "Former Electrolux factory";
    static final String STATELINE = "Stateline industrial park";
    static final String WEST_TEXAS = "West Texas ranch";

    private SitingFixtures() {
    }

    static PlanLoader planLoader() {
        return new PlanLoader(new ScenarioLoader(CatalogueReader.loadDefault()));
    }

    static Scenario plan() throws InputException {
        return planLoader().load(PLAN);
    }

    static SiteFile sites() throws InputException {
        return SiteFileLoader.load(SITES, plan());
    }

    /** The example site file with {@code from} replaced by {@code to}, which must be found exactly once. */
    static SiteFile sitesWith(String from, String to) throws InputException {
        String text = text(SITES);
        if (text.indexOf(from) < 0 || text.indexOf(from) != text.lastIndexOf(from)) {
            throw new IllegalArgumentException("'" + from + "' is not in the site file exactly once");
        }
        return SiteFileLoader.load("sites.yaml", text.replace(from, to), plan());
    }

    static CandidateSite site(SiteFile sites, String name) {
        return sites.sites().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    static SitePlan at(String name) throws InputException {
        return SitingModel.standard().plan(plan(), site(sites(), name));
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
