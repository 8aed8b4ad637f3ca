package io.gigawatt.planner.timeline;

import io.gigawatt.planner.demand.Planned;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;

/**
 * What one phase needs, as the planner sized it: the timeline asks when all of it can be on site.
 *
 * @param gpus            GPUs installed once the phase is complete (all phases so far)
 * @param gpuIt           those GPUs' IT power before networking, storage and CPU halls
 * @param generatorUnits  the generator fleet the phase needs on its worst day (the market share counts it)
 * @param batteryUnits    the battery units it needs
 * @param coolingUnits    the cooling units it needs
 * @param planned         what the planner lined up for it; a stated count caps what the timeline may use
 */
public record PhaseNeed(int number, String name, LocalDate date, double gpus, Power gpuIt, int generatorUnits,
                        int batteryUnits, int coolingUnits, Planned planned) {
}
