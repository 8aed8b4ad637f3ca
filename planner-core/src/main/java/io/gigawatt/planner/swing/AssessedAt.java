package io.gigawatt.planner.swing;

import io.gigawatt.planner.units.Power;

/**
 * The phase whose simulation a phase's swing figures come from, when it shares one (its IT load is within the
 * scenario's {@code shareSwingWithinPercent} of that phase's, and nothing else the swing depends on differs).
 *
 * @param phase  the phase simulated: the largest of the phases sharing it
 * @param itLoad that phase's IT load
 * @param above  how much more IT load that phase has, as a share of this one's (0.008: 0.8% more)
 */
public record AssessedAt(String phase, Power itLoad, double above) {
}
