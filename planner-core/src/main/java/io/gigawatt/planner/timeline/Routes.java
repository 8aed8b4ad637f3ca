package io.gigawatt.planner.timeline;

import io.gigawatt.planner.catalogue.LeadTime;

/**
 * The two ways to get units of one model, as epoch days: hired from the rental fleet (up to the market's size)
 * from {@code rentalDay}, bought without limit from {@code purchaseDay}. A route that does not exist is
 * {@link Campus#NEVER}.
 *
 * @param market rentable units, or null when the planner gave no estimate (no limit then)
 */
record Routes(long rentalDay, Integer market, long purchaseDay) {

    /**
     * @param rentalAllowed whether the model comes from a rental fleet at all
     * @param factor        a factor on both lead times (the Monte Carlo's lead-time slip)
     */
    static Routes of(LeadTime lead, long orderDay, double factor, boolean rentalAllowed, Integer market) {
        long rental = Campus.NEVER;
        if (rentalAllowed) {
            rental = lead.rental() != null ? orderDay + lead.rental().times(factor).count()
                    : lead.known() ? Campus.NEVER : orderDay;
        }
        long purchase = lead.purchase() != null ? orderDay + lead.purchase().times(factor).count()
                : lead.known() || rental != Campus.NEVER ? Campus.NEVER : orderDay;
        return new Routes(rental, market, purchase);
    }

    /** Units on hand by {@code day}; {@code liftMarket} ignores the market's size (a "what if there were more"). */
    long obtainable(long day, boolean liftMarket) {
        if (day >= purchaseDay) {
            return Campus.UNBOUNDED;
        }
        if (day >= rentalDay) {
            return market == null || liftMarket ? Campus.UNBOUNDED : market;
        }
        return 0;
    }
}
