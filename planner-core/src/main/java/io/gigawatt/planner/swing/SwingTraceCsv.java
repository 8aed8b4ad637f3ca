package io.gigawatt.planner.swing;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes simulated swing traces as CSV for plotting: one row per phase and step, with the load before and after
 * the load-side mitigations and how the grid, the generators and the batteries supplied it: mean power over the step
 * in MW (the battery positive when it discharges), the battery's state of charge 0-1, {@code t_s} the step's start.
 */
public final class SwingTraceCsv {

    public static final String HEADER = "phase,t_s,load_before_mw,load_mw,grid_mw,generators_mw,battery_mw,battery_soc";

    private SwingTraceCsv() {
    }

    /**
     * The header line, then the rows: nothing else, so any CSV reader takes the file with no options (the units are
     * in the column names; the README says what each column is, the report each phase's resolution and batteries).
     */
    public static void write(List<SwingRun> runs, Writer out) throws IOException {
        out.write(HEADER + "\n");
        StringBuilder line = new StringBuilder(128);
        for (SwingRun run : runs) {
            String phase = csvText(run.assessment().phase());
            Dispatch.Result d = run.dispatch();
            for (int k = 0; k < run.load().length; k++) {
                line.setLength(0);
                line.append(phase).append(',');
                fixed(line, k * run.stepSeconds(), 3).append(',');
                fixed(line, run.loadBefore()[k], 4).append(',');
                fixed(line, run.load()[k], 4).append(',');
                fixed(line, d.grid()[k], 4).append(',');
                fixed(line, d.generators()[k], 4).append(',');
                fixed(line, d.battery()[k], 4).append(',');
                fixed(line, d.soc()[k], 4).append('\n');
                out.append(line);
            }
        }
    }

    /** A quoted CSV field when it needs one. */
    static String csvText(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** {@code value} with {@code decimals} decimals, half up, without the cost of String.format. */
    static StringBuilder fixed(StringBuilder out, double value, int decimals) {
        long scale = decimals == 3 ? 1_000 : 10_000;
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / scale).append('.');
        String fraction = Long.toString(scaled % scale);
        for (int i = fraction.length(); i < decimals; i++) {
            out.append('0');
        }
        return out.append(fraction);
    }
}
