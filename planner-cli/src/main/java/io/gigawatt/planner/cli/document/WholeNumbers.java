package io.gigawatt.planner.cli.document;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Whole figures written as integers in JSON: a count of units or days is {@code 26}, not {@code 26.0}, so a reader
 * that types columns by their values (pandas, a JSON Schema's "integer") sees a count as one. Other figures as before.
 */
public final class WholeNumbers extends StdSerializer<Double> {

    /** Below 2^53 every whole double is exact, and its integer is the same number. */
    private static final double EXACT = 9_007_199_254_740_992.0;

    private WholeNumbers() {
        super(Double.class);
    }

    /** The module that writes every {@code Double} and {@code double} this way. */
    public static Module module() {
        return new SimpleModule("whole-numbers").addSerializer(Double.class, new WholeNumbers())
                .addSerializer(double.class, new WholeNumbers());
    }

    @Override
    public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < EXACT) {
            out.writeNumber(value.longValue());
        } else {
            out.writeNumber(value);
        }
    }
}
