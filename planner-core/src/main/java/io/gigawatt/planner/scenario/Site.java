package io.gigawatt.planner.scenario;

import io.gigawatt.planner.units.Temperature;

/** @param designAmbient the hot-day air temperature generators and chillers are sized for */
public record Site(String name, String location, boolean existingBuilding, Temperature designAmbient) {
}
