package io.gigawatt.planner.timeline;

/**
 * How fast crews install GPUs on site: {@code crews} crews, each installing {@code gpusPerCrewDay} GPUs a day
 * (given directly, or as racks a day times GPUs per rack).
 *
 * @param basis the rate in the planner's words, for reports: "2 racks of 64 GPUs per crew a day"
 */
public record Installation(int crews, double gpusPerCrewDay, String basis) {

    public Installation {
        if (crews < 1 || !(gpusPerCrewDay > 0)) {
            throw new IllegalArgumentException("installation needs at least one crew and a positive rate, got "
                    + crews + " crews at " + gpusPerCrewDay + " GPUs a day each");
        }
    }

    public double gpusPerDay() {
        return crews * gpusPerCrewDay;
    }

    /** The same rate with another number of crews. */
    public Installation withCrews(int count) {
        return new Installation(count, gpusPerCrewDay, basis);
    }
}
