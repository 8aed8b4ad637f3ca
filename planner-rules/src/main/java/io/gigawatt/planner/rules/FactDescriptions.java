package io.gigawatt.planner.rules;

import java.lang.reflect.RecordComponent;
import java.util.List;

/** Names a fact for a message: its type and what identifies it ({@code PhasePlan "Colossus 1"}), never a whole dump. */
final class FactDescriptions {

    private static final List<String> IDENTIFYING = List.of("name", "id");
    private static final int LONGEST = 60;

    private FactDescriptions() {
    }

    static String describe(Object fact) {
        if (fact == null) {
            return "null";
        }
        String type = fact.getClass().getSimpleName();
        String identity = identity(fact, 2);
        if (identity != null) {
            return type + " \"" + identity + "\"";
        }
        if (fact.getClass().isRecord() || fact instanceof Number || fact instanceof CharSequence) {
            String text = String.valueOf(fact);
            return fact.getClass().isRecord() ? type : type + " " + shorten(text);
        }
        return type;
    }

    /** Its name or id, or those of its first record component that has one. */
    private static String identity(Object fact, int depth) {
        if (depth == 0 || fact == null || !fact.getClass().isRecord()) {
            return null;
        }
        RecordComponent[] components = fact.getClass().getRecordComponents();
        for (String wanted : IDENTIFYING) {
            for (RecordComponent component : components) {
                if (component.getName().equals(wanted) && component.getType() == String.class) {
                    Object value = value(component, fact);
                    if (value != null) {
                        return shorten(value.toString());
                    }
                }
            }
        }
        for (RecordComponent component : components) {
            String inner = identity(value(component, fact), depth - 1);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String shorten(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 3) + "...";
    }
}
