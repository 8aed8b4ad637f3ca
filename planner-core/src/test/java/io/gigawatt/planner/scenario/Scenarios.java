package io.gigawatt.planner.scenario;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;

/** A small, sound scenario for tests to vary one value at a time, loaded by the real loader. */
public final class Scenarios {

    /** 10,000 H100 over 100 days; grid 5 MW, then 10 MW from day 50; one 2 GW / 1M GPU target. */
    public static final String SMALL = """
            name: Small campus
            site:
              name: Test site
              designAmbientC: 35
            facility:
              pue: 1.25
              overheadShare: 0.08
            grid:
              tranches:
                - date: 2025-01-01
                  firmMw: 5
                - date: 2025-02-20
                  firmMw: 10
            build:
              start: 2025-01-01
              milestones:
                - name: Hall A
                  date: 2025-04-11
                  add:
                    H100: 10000
            equipment:
              generators:
                model: smt-130
                redundancy: 1
                confidence: 0.99
              batteries:
                model: megapack-2xl-4h
              cooling:
                model: rental-chiller-480
                margin: 0.1
                rentalMarketUnits: 100
            targets:
              - name: Gigawatt
                date: 2027-01-01
                facilityMw: 2000
                gpus: 1000000
            """;

    private Scenarios() {
    }

    public static Scenario load(String text) throws InputException {
        return new ScenarioLoader(CatalogueReader.loadDefault()).load("test.yaml", text);
    }

    public static Scenario small() throws InputException {
        return load(SMALL);
    }
}
