package io.gigawatt.planner.cli.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What the schema writers share: how two schemas of one place combine, and how a place is named. */
final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Schemas() {
    }

    /**
     * One schema for what two documents write at one place: the keys of both mappings, required where both require
     * them (a document that leaves a key out shows it optional); values of two kinds as either.
     */
    static ObjectNode merge(ObjectNode a, ObjectNode b) {
        if (a == null || a.equals(b)) {
            return b;
        }
        if (isClosedObject(a) && isClosedObject(b)) {
            ObjectNode merged = NODES.objectNode().put("type", "object");
            ObjectNode properties = merged.putObject("properties");
            a.get("properties").properties().forEach(e -> properties.set(e.getKey(), e.getValue()));
            b.get("properties").properties().forEach(e -> properties.set(e.getKey(),
                    merge((ObjectNode) properties.get(e.getKey()), (ObjectNode) e.getValue())));
            Set<String> required = names(a.get("required"));
            required.retainAll(names(b.get("required")));
            if (!required.isEmpty()) {
                ArrayNode list = merged.putArray("required");
                required.forEach(list::add);
            }
            return merged.put("additionalProperties", false);
        }
        if (isNumber(a) && isNumber(b)) {
            // a range that depends on a catalogue model (a power cap between its floor and TDP): the widest
            ObjectNode merged = NODES.objectNode()
                    .put("type", a.get("type").equals(b.get("type")) ? a.get("type").asString() : "number");
            merged.put("minimum", Math.min(a.get("minimum").asDouble(), b.get("minimum").asDouble()));
            merged.put("maximum", Math.max(a.get("maximum").asDouble(), b.get("maximum").asDouble()));
            String da = a.get("description").asString();
            String db = b.get("description").asString();
            return merged.put("description", da.contains(db) ? da : da + "; " + db);
        }
        if (a.has("items") && b.has("items")) {
            ObjectNode merged = a.deepCopy();
            merged.set("items", merge((ObjectNode) a.get("items"), (ObjectNode) b.get("items")));
            return merged;
        }
        ObjectNode either = NODES.objectNode();
        either.putArray("anyOf").add(a).add(b);
        return either;
    }

    private static boolean isNumber(ObjectNode schema) {
        return schema.has("minimum") && schema.has("maximum");
    }

    private static boolean isClosedObject(ObjectNode schema) {
        return schema.has("properties");
    }

    private static Set<String> names(JsonNode list) {
        Set<String> names = new LinkedHashSet<>();
        if (list != null) {
            list.forEach(n -> names.add(n.asString()));
        }
        return names;
    }

    /** A place as the loader's problems name it: {@code grid.tranches[0].firmMw}. */
    static String path(List<Object> at) {
        StringBuilder path = new StringBuilder();
        for (Object step : at) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(step);
            }
        }
        return path.toString();
    }
}
