package io.gigawatt.planner.swing;

import io.gigawatt.planner.units.Power;

/**
 * What a jurisdiction's law asks of a large load beyond the grid codes (Texas SB 6 for ERCOT): the size it starts at,
 * the notice on which the grid operator may call for demand reductions, and the share of the load on-site backup
 * generation may serve before it must be disclosed.
 *
 * @param name                  the law in words
 * @param appliesFrom           the least load (a phase's facility power) the law applies to
 * @param demandReductionNotice hours of notice on which the grid operator may call for demand reductions, or null
 * @param backupDisclosureShare the share of on-site demand backup generation may serve, at or above which it must be
 *                              disclosed to the interconnecting utility; null when the law asks no disclosure
 * @param source                where the law's text is
 * @param date                  that source's date, or null when it gives none
 */
public record LargeLoadLaw(String name, Power appliesFrom, Double demandReductionNotice, Double backupDisclosureShare,
                           String source, String date) {

    /** Whether the law applies to a phase whose facility draws {@code load}. */
    public boolean appliesTo(Power load) {
        return load.watts() >= appliesFrom.watts();
    }

    /** Whether backup generation that can serve {@code backup} of a {@code load} must be disclosed. */
    public boolean disclosureDue(Power backup, Power load) {
        return backupDisclosureShare != null && appliesTo(load) && backup.watts() >= backupDisclosureShare * load.watts();
    }
}
