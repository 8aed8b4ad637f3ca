package io.gigawatt.planner.timeline;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import java.nio.file.Path;

/**
 * Small scenarios for the timeline, as YAML loaded by the real loader. The test GPU TG draws exactly 1.0 kW of IT
 * power; with overhead 0.25 and PUE 1.25 one GPU needs 1.5625 kW at the facility, so 64,000 GPUs need 100 MW
 * (80 MW of IT heat). smt-130 turbines give 14.19 MW each at 35 C; availability 1.0 and no redundancy make a
 * fleet exactly ceil(need / 14.19 MW) units. The grid gives 40 MW from the start (2025-01-01); the phase's GPUs
 * arrive on 2025-04-01.
 */
public final class TimelineScenarios {

    static final String HEADER = """
            name: Timeline test campus
            site:
              name: Test site
              designAmbientC: 35
            facility:
              pue: 1.25
              overheadShare: 0.25
            """;

    static final String CATALOGUE = """
            catalogue:
              gpus:
                TG:
                  name: Test GPU
                  tdpW: 1000
                  itKw: 1.0
                  idleW: 200
                  source: timeline tests
              generators:
                smt-130:
                  availability: 1.0
            """;

    private static final ScenarioLoader LOADER = new ScenarioLoader(CatalogueReader.loadDefault());

    private TimelineScenarios() {
    }

    /** One phase of 64,000 TG; {@code grid} is the YAML of the tranches; {@code timeline} the timeline section. */
    static String onePhase(String grid, String equipment, String timeline) {
        return HEADER + "grid:\n  tranches:\n" + grid + """
                build:
                  start: 2025-01-01
                  milestones:
                    - name: Phase 1
                      date: 2025-04-01
                      add:
                        TG: 64000
                """ + equipment + timeline + CATALOGUE;
    }

    static final String FORTY_MW = """
                - date: 2025-01-01
                  firmMw: 40
            """;

    /** Generators smt-130 (rental 60 days, purchase 545), no redundancy; megablock; rental chillers (21 / 365 days). */
    static String equipment(String generatorExtras, String coolingExtras) {
        return """
                equipment:
                  generators:
                    model: smt-130
                    redundancy: 0
                """ + generatorExtras + """
                  batteries:
                    model: megablock
                  cooling:
                    model: rental-chiller-480
                    margin: 0.1
                """ + coolingExtras;
    }

    static Scenario load(String yaml) throws InputException {
        return LOADER.load("timeline-test.yaml", yaml);
    }

    static CampusPlan plan(String yaml) throws InputException {
        return new Planner().plan(load(yaml));
    }

    public static Scenario colossus() throws InputException {
        return LOADER.load(Path.of("../examples/colossus.yaml"));
    }
}
