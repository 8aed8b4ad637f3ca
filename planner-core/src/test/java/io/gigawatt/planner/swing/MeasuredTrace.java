package io.gigawatt.planner.swing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A measured GPU power trace from the test resources: the NVML readings of one H200 with the phase the
 * benchmark was in. Lines starting with '#' are the trace's own notes; the first other line is the header.
 */
record MeasuredTrace(List<Reading> readings) {

    /** One reading: seconds since the start, watts, and the phase label. */
    record Reading(double t, double watts, String phase) {
    }

    static MeasuredTrace read(String resource) {
        try (InputStream in = MeasuredTrace.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<Reading> readings = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.strip().split(",");
                readings.add(new Reading(Double.parseDouble(cells[0]), Double.parseDouble(cells[1]),
                        cells[cells.length - 1]));
            }
            return new MeasuredTrace(readings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Readings of the phases named. */
    double[] wattsIn(String... phases) {
        List<String> names = List.of(phases);
        return readings.stream().filter(r -> names.contains(r.phase())).mapToDouble(Reading::watts).toArray();
    }

    /** A rise into compute: the time the label changed into {@code phase}, and the readings that followed it. */
    record Rise(double at, List<Reading> after) {
    }

    /** Every change of label into one of {@code phases} from another label, with the readings within {@code seconds}. */
    List<Rise> risesInto(double seconds, String... phases) {
        List<String> names = List.of(phases);
        List<Rise> rises = new ArrayList<>();
        for (int i = 1; i < readings.size(); i++) {
            Reading r = readings.get(i);
            if (names.contains(r.phase()) && !r.phase().equals(readings.get(i - 1).phase())) {
                List<Reading> after = new ArrayList<>();
                for (int j = i + 1; j < readings.size() && readings.get(j).t() <= r.t() + seconds; j++) {
                    after.add(readings.get(j));
                }
                rises.add(new Rise(r.t(), after));
            }
        }
        return rises;
    }
}
