package io.gigawatt.planner.decisions;

import io.gigawatt.planner.input.Location;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One thing {@code planner plan} may change in a milestone, a GPU model, a future supply option, a fleet, an order
 * or the utility's offers, and the values it may take (in order, each a whole number: days of deferral, units,
 * watts, days since 1970-01-01, 0 and 1 for no and yes, or an index into {@code names}).
 *
 * @param milestone     the milestone's index in the build plan, from 0; {@link #NO_MILESTONE} for another lever
 * @param subject       the milestone's name, the GPU model's id, the supply option's or the grid offer's name, or
 *                      the equipment ({@code generators}, {@code cooling}): what summaries name
 * @param kind          what changes
 * @param values        the values allowed, ascending; for a planned count the scenario does not state, first null:
 *                      not stated, the models size it (the plan as written)
 * @param written       the value the scenario has (0 days of deferral; the planned units, or null when none are
 *                      planned and the models size them; the power cap, or the model's TDP when it has none; 1 for an option contracted, 0 for one not)
 * @param location      where the bounds are written, for messages
 * @param names         for a choice among named things (a generator model, rent or buy), the name each value stands for
 *                      (value i is {@code names.get(i)}); empty for a lever of numbers
 */
public record Lever(int milestone, String subject, Kind kind, List<Integer> values, Integer written,
                    Location location, List<String> names) {

    /** The milestone of a lever that belongs to none (a GPU model's power cap, a supply option's contract). */
    public static final int NO_MILESTONE = -1;

    /**
     * What a lever changes; {@link #key} is its key under {@code decisions.milestones.NAME}, for
     * {@link #POWER_CAP_W} under {@code decisions.gpus.MODEL}, for {@link #CONTRACT} under
     * {@code decisions.supply.OPTION}, for {@link #GENERATOR_MODEL} under {@code decisions.generators}, for
     * {@link #ACQUIRE} (rent or buy) under {@code decisions.generators} or {@code decisions.cooling}, a
     * {@link #GRID_OFFER} (taken or not, 1 or 0) one of {@code decisions.grid.offers}; an
     * {@link #ORDER} date is under {@code decisions.orders.EQUIPMENT}, its values days since 1970-01-01.
     */
    public enum Kind {
        DEFER_DAYS("deferDays"), BATTERIES("batteries"), GENERATORS("generators"), POWER_CAP_W("powerCapW"),
        CONTRACT("contract"), GENERATOR_MODEL("model"), ORDER("order"), ACQUIRE("acquire"),
        GRID_OFFER("offers");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Lever {
        // not List.copyOf: a planned count's first value may be null, "not stated"
        values = Collections.unmodifiableList(new ArrayList<>(values));
        names = List.copyOf(names);
    }

    /** A lever's value as summaries state it: a number, "yes" or "no" for a contract, a date, a model's name. */
    public String stated(int value) {
        if (!names.isEmpty()) {
            return names.get(value);
        }
        return switch (kind) {
            case CONTRACT, GRID_OFFER -> value == 1 ? "yes" : "no";
            case ORDER -> LocalDate.ofEpochDay(value).toString();
            default -> Integer.toString(value);
        };
    }

    /** The index of the allowed value nearest to the written one (the first, not stated, when none is written). */
    public int writtenIndex() {
        if (written == null) {
            return 0;
        }
        int best = 0;
        for (int i = 1; i < values.size(); i++) {
            if (Math.abs(values.get(i) - written) < Math.abs(values.get(best) - written)) {
                best = i;
            }
        }
        return best;
    }
}
